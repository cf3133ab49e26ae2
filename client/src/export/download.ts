/** Offers `data` as a file download (no server round trip). */
export function download(data: Blob | string, filename: string, type = 'application/octet-stream'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Give the browser a moment to start reading the blob before it goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "inquiry-graph-2024-05-01" style stem for exported files. */
export function exportName(extension: string, now: Date = new Date()): string {
  return `inquiry-graph-${now.toISOString().slice(0, 10)}.${extension}`;
}
