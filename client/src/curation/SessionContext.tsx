import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Account, AuthClient } from '../api';

export type SessionState = { status: 'signed-out' } | { status: 'signed-in'; account: Account };

export interface Session {
  state: SessionState;
  /** The signed-in account, or null. */
  account: Account | null;
  /** Rejects with an ApiError in words (wrong password, too many attempts). */
  signIn(name: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** The server no longer knows the session (it expired): show the page signed out. */
  lost(): void;
}

const SessionContext = createContext<Session | null>(null);

/** Who is signed in: `initial` as restored before the page started (AuthClient.restore), then sign-in and out. */
export function SessionProvider({ auth, initial, children }: { auth: AuthClient; initial: Account | null; children: ReactNode }) {
  const [state, setState] = useState<SessionState>(initial ? { status: 'signed-in', account: initial } : { status: 'signed-out' });
  const signIn = useCallback(
    async (name: string, password: string) => {
      const account = await auth.signIn(name, password);
      setState({ status: 'signed-in', account });
    },
    [auth],
  );
  const signOut = useCallback(async () => {
    try {
      await auth.signOut();
    } finally {
      setState({ status: 'signed-out' });
    }
  }, [auth]);
  const lost = useCallback(() => setState({ status: 'signed-out' }), []);
  const value = useMemo<Session>(() => ({ state, account: state.status === 'signed-in' ? state.account : null, signIn, signOut, lost }), [state, signIn, signOut, lost]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a SessionProvider');
  return session;
}
