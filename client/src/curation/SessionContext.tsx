import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Account, AuthClient } from '../api';

export type SessionState = { status: 'checking' } | { status: 'signed-out' } | { status: 'signed-in'; account: Account };

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

/** Who is signed in, checked with the server once when the page opens. */
export function SessionProvider({ auth, children }: { auth: AuthClient; children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'checking' });
  useEffect(() => {
    let live = true;
    auth.session().then(
      (account) => live && setState(account ? { status: 'signed-in', account } : { status: 'signed-out' }),
      () => live && setState({ status: 'signed-out' }),
    );
    return () => {
      live = false;
    };
  }, [auth]);
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
