import { createContext, useContext, type ReactNode } from 'react';
import type { DatasetInfo, KindRegistry } from './kinds';

/** What the data set says about itself: its title and period, and its kinds. */
export interface DatasetProfile {
  info: DatasetInfo;
  kinds: KindRegistry;
}

const ProfileContext = createContext<DatasetProfile | null>(null);

export function ProfileProvider({ profile, children }: { profile: DatasetProfile; children: ReactNode }) {
  return <ProfileContext.Provider value={profile}>{children}</ProfileContext.Provider>;
}

/** The data set's profile; only inside the explorer, which loads it with the graph. */
export function useProfile(): DatasetProfile {
  const profile = useContext(ProfileContext);
  if (!profile) throw new Error('useProfile outside ProfileProvider');
  return profile;
}
