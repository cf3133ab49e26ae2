import { useState, type FormEvent } from 'react';
import { Field } from './Field';
import { useSession } from './SessionContext';

/** Name and password; says plainly when they are wrong or when there were too many attempts. */
export function SignInForm() {
  const { signIn } = useSession();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    signIn(name.trim(), password).then(
      () => setPassword(''),
      (failure: unknown) => {
        setError(failure instanceof Error ? failure.message : String(failure));
        setBusy(false);
      },
    );
  };
  return (
    <form className="sign-in-form" aria-label="Sign in" onSubmit={onSubmit}>
      <Field label="Name">
        {(control) => <input {...control} type="text" autoComplete="username" required value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label="Password">
        {(control) => <input {...control} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />}
      </Field>
      {error && (
        <p className="change-feedback failed" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy || !name.trim() || !password}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
