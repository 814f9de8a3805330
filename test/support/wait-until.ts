/**
 * Poll `condition` until it holds, for states nothing announces (a process in /proc, a file, a
 * status another client reads back). Throws after `timeoutMs`: a bound, not a timing assertion.
 */
export async function waitUntil(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
