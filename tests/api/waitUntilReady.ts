/**
 * Polls GET /ready until it answers 200. On Neo4j the server plans every statement first,
 * which takes seconds on an idle machine and minutes on a saturated one.
 */
export async function waitUntilReady(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${url}/ready`).catch(() => null);
    if (response?.status === 200) return;
    if (Date.now() > until) throw new Error(`/ready did not answer 200 within ${timeoutMs / 1000} s (last: ${response?.status ?? 'no answer'})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
