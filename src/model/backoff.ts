/** How long to wait before the next try of a model request. */

const INITIAL_DELAY_MS = 200;
const BACKOFF_FACTOR = 2;
/** No single wait (computed or server-requested) exceeds this. */
export const MAX_RETRY_DELAY_MS = 60_000;

/** Upstream's backoff: 200 ms × 2^(attempt-1) with ±10 % jitter, capped. `attempt` starts at 1. */
export function backoff(attempt: number, random: () => number = Math.random): number {
  const base = INITIAL_DELAY_MS * BACKOFF_FACTOR ** Math.max(0, attempt - 1);
  const jitter = 0.9 + random() * 0.2;
  return Math.min(Math.floor(base * jitter), MAX_RETRY_DELAY_MS);
}

/** `retry-after-ms`, or `Retry-After` as seconds or an HTTP date; undefined when absent or unusable. */
export function parseRetryAfterMs(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms)) && Number(ms) >= 0) {
    return Math.min(Math.round(Number(ms)), MAX_RETRY_DELAY_MS);
  }
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? Math.min(Math.round(seconds * 1000), MAX_RETRY_DELAY_MS) : undefined;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.min(Math.max(0, date - now), MAX_RETRY_DELAY_MS);
}

/** A Duration the way Rust's `{:?}` prints it, near enough: `203ms`, `1.6s`. */
export function formatDelay(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  return `${Number((ms / 1000).toFixed(3))}s`;
}
