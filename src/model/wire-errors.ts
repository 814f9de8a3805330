/** How a model request fails before or while its stream runs, and how those failures read. */
import { STATUS_CODES } from 'node:http';

/** A non-2xx answer before the stream started. */
export class HttpStatusError extends Error {
  override readonly name = 'HttpStatusError';
  constructor(
    readonly status: number,
    readonly body: string,
    readonly retryAfterMs: number | undefined,
  ) {
    super(`unexpected status ${statusLine(status)}: ${body}`);
  }
}

/** The request never got an answer (connection refused, reset, DNS…). */
export class RequestError extends Error {
  override readonly name = 'RequestError';
}

/** The stream broke after it started; the whole request is retried up to stream_max_retries. */
export class StreamError extends Error {
  override readonly name = 'StreamError';
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** `500 Internal Server Error`, as reqwest's StatusCode prints it. */
export function statusLine(status: number): string {
  const reason = STATUS_CODES[status];
  return reason ? `${status} ${reason}` : `${status}`;
}

/** The reference's `RetryLimit` error text. */
export function retryLimitMessage(status: number): string {
  return `exceeded retry limit, last status: ${statusLine(status)}`;
}

/** 429, 5xx (and 401 once refreshed, handled by the caller) are worth another try. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** An error's message plus its cause chain (undici hides the useful part in `cause`). */
export function describeError(err: unknown): string {
  // Duck-typed: errors from Node's built-in fetch may come from another realm.
  const messageOf = (e: unknown) =>
    typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string'
      ? (e as { message: string }).message
      : undefined;
  const first = messageOf(err);
  if (first === undefined) return String(err);
  const parts = [first];
  let cause: unknown = (err as { cause?: unknown }).cause;
  for (let depth = 0; cause !== undefined && depth < 3; depth++) {
    const message = messageOf(cause);
    if (message === undefined) break;
    if (message && !parts.includes(message)) parts.push(message);
    cause = (cause as { cause?: unknown }).cause;
  }
  return parts.join(': ');
}
