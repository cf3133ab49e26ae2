interface Props {
  title: string;
  error: Error;
  onRetry: () => void;
  compact?: boolean;
}

/** Says what failed and offers to try again; never a blank area. */
export function ErrorPanel({ title, error, onRetry, compact = false }: Props) {
  return (
    <div className={compact ? 'error-panel compact' : 'error-panel'} role="alert">
      <strong>{title}</strong>
      <p>{error.message}</p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
