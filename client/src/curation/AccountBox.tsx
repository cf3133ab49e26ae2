import { useState } from 'react';
import { SignInForm } from './SignInForm';
import { useSession } from './SessionContext';

/** In the header: who you are and Sign out, or Sign in. */
export function AccountBox() {
  const { state, signOut } = useSession();
  const [error, setError] = useState<string | null>(null);
  if (state.status === 'signed-out') {
    return (
      <details className="account-box account-menu">
        <summary>Sign in</summary>
        <SignInForm />
      </details>
    );
  }
  const { name, role } = state.account;
  return (
    <div className="account-box" data-testid="account">
      <span>
        Signed in as <strong>{name}</strong> <span className="badge muted-badge">{role.toLowerCase()}</span>
      </span>
      <button type="button" onClick={() => signOut().catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)))}>
        Sign out
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
