/**
 * The retry skeleton both wires share: request-level retries (429/5xx/network, 401 → one auth
 * refresh), stream-level retries (cut, idle, early close) and prompt abort. The wire clients only
 * open the HTTP request and turn its body into ResponseEvents.
 */
import { STATUS_CODES } from 'node:http';
import type { Logger } from '../logging/logger';
import { ModelError, type ResponseEvent } from './model-types';

/** Waits `ms`; rejects when `signal` aborts. Injectable so tests do not wait. */
export type SleepFn = (ms: number, signal: AbortSignal) => Promise<void>;

const INITIAL_DELAY_MS = 200;
const BACKOFF_FACTOR = 2;
/** No single wait (computed or server-requested) exceeds this. */
export const MAX_RETRY_DELAY_MS = 60_000;

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

/** `500 Internal Server Error`, as reqwest's StatusCode prints it. */
export function statusLine(status: number): string {
  const reason = STATUS_CODES[status];
  return reason ? `${status} ${reason}` : `${status}`;
}

/** The reference's `RetryLimit` error text. */
export function retryLimitMessage(status: number): string {
  return `exceeded retry limit, last status: ${statusLine(status)}`;
}

/** A Duration the way Rust's `{:?}` prints it, near enough: `203ms`, `1.6s`. */
export function formatDelay(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  return `${Number((ms / 1000).toFixed(3))}s`;
}

/** The error thrown when the caller's signal aborts a stream. */
export function abortError(): Error {
  const err = new Error('This operation was aborted');
  err.name = 'AbortError';
  return err;
}

export function isAbortError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'AbortError';
}

export const defaultSleep: SleepFn = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) {
      reject(abortError());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });

/**
 * Fires `onIdle` when no activity was seen for `ms`. Paused while the consumer holds an event,
 * so a slow consumer (an approval prompt between two items) never counts as a dead server.
 * Activity only stamps a time (O(1) per chunk); the timer re-schedules itself lazily.
 */
export class IdleWatchdog {
  private deadline = 0;
  private timer: NodeJS.Timeout | undefined;
  private paused = true;
  private stopped = false;

  constructor(
    private readonly ms: number,
    private readonly onIdle: () => void,
  ) {}

  /** Start or resume watching from now. */
  resume(): void {
    if (this.stopped) return;
    this.paused = false;
    this.kick();
  }

  /** Stop counting until resume(). */
  pause(): void {
    this.paused = true;
  }

  /** Something arrived: the deadline moves. */
  kick(): void {
    this.deadline = Date.now() + this.ms;
    if (!this.timer && !this.paused) this.schedule(this.ms);
  }

  stop(): void {
    this.stopped = true;
    this.paused = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(delay: number): void {
    this.timer = setTimeout(() => this.fire(), delay);
  }

  private fire(): void {
    this.timer = undefined;
    if (this.paused || this.stopped) return;
    const left = this.deadline - Date.now();
    if (left > 0) this.schedule(left);
    else this.onIdle();
  }
}

/** What a wire client plugs into the retry loop. */
export interface WireAttempt {
  /** Send the request; resolves once a 2xx answer's headers arrived. Throws HttpStatusError, RequestError or ModelError. */
  open(signal: AbortSignal): Promise<Response>;
  /**
   * Turn the body into events. Calls `activity()` for every chunk received. Throws StreamError when
   * the stream ends before its terminal event. Returning ends the stream successfully.
   */
  read(response: Response, signal: AbortSignal, activity: () => void): AsyncIterable<ResponseEvent>;
}

export interface RetryPolicy {
  /** Extra tries of the request after 429/5xx/network failures (provider `request_max_retries`). */
  requestMaxRetries: number;
  /** Extra runs of the whole request after the stream broke (provider `stream_max_retries`). */
  streamMaxRetries: number;
  /** Silence longer than this (waiting for headers or chunks) breaks the stream. */
  idleTimeoutMs: number;
  /** Backoff wait; rejects on abort. */
  sleep: SleepFn;
  logger: Logger;
  /** Jitter source (default Math.random). */
  random?: () => number;
  /** After a 401: get fresh credentials; true when the request should be sent again. */
  refreshAuth?: () => Promise<boolean>;
  /** The message when 429/5xx answers outlast request_max_retries. */
  retryLimitMessage(status: number): string;
}

/** Run one model stream with every retry rule applied. */
export async function* runWithRetries(
  wire: WireAttempt,
  policy: RetryPolicy,
  signal: AbortSignal,
): AsyncGenerator<ResponseEvent, void, undefined> {
  let streamRetries = 0;
  for (;;) {
    if (signal.aborted) throw abortError();
    try {
      yield* runAttempt(wire, policy, signal);
      return;
    } catch (err) {
      if (signal.aborted) throw abortError();
      if (!(err instanceof StreamError)) throw err;
      const message = `stream disconnected before completion: ${err.message}`;
      if (streamRetries >= policy.streamMaxRetries) throw new ModelError(message);
      streamRetries += 1;
      const delay = err.retryAfterMs ?? backoff(streamRetries, policy.random);
      const max = policy.streamMaxRetries;
      policy.logger.warn(`stream disconnected - retrying turn (${streamRetries}/${max} in ${formatDelay(delay)})`, {
        error: err.message,
      });
      yield {
        type: 'retrying',
        message: `stream error: ${message}; retrying ${streamRetries}/${max} in ${formatDelay(delay)}…`,
        attempt: streamRetries,
        max,
      };
      await policy.sleep(delay, signal);
    }
  }
}

/** One full request: request-level retries, then the stream under an idle watchdog. */
async function* runAttempt(
  wire: WireAttempt,
  policy: RetryPolicy,
  signal: AbortSignal,
): AsyncGenerator<ResponseEvent, void, undefined> {
  const controller = new AbortController();
  let idle = false;
  const watchdog = new IdleWatchdog(policy.idleTimeoutMs, () => {
    idle = true;
    controller.abort();
  });
  const onAbort = () => controller.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await openWithRetries(wire, policy, signal, controller.signal, watchdog, () => idle);
    watchdog.resume();
    try {
      for await (const event of wire.read(response, controller.signal, () => watchdog.kick())) {
        watchdog.pause();
        yield event;
        watchdog.resume();
      }
    } catch (err) {
      if (signal.aborted) throw abortError();
      if (idle) throw new StreamError('idle timeout waiting for SSE');
      if (err instanceof StreamError || err instanceof ModelError) throw err;
      throw new StreamError(describeError(err));
    }
    // A read that ends quietly because the idle timer aborted it is still an idle timeout.
    if (signal.aborted) throw abortError();
    if (idle) throw new StreamError('idle timeout waiting for SSE');
  } finally {
    watchdog.stop();
    signal.removeEventListener('abort', onAbort);
    // Closes the connection when the consumer stopped early or the stream finished.
    controller.abort();
  }
}

async function openWithRetries(
  wire: WireAttempt,
  policy: RetryPolicy,
  signal: AbortSignal,
  requestSignal: AbortSignal,
  watchdog: IdleWatchdog,
  isIdle: () => boolean,
): Promise<Response> {
  let attempt = 0;
  let refreshed = false;
  for (;;) {
    attempt += 1;
    if (signal.aborted) throw abortError();
    // A server that never sends headers is as dead as one that stops mid-stream.
    watchdog.resume();
    let delay: number;
    try {
      return await wire.open(requestSignal);
    } catch (err) {
      watchdog.pause();
      if (signal.aborted) throw abortError();
      if (isIdle()) throw new StreamError('idle timeout waiting for SSE');
      if (err instanceof ModelError) throw err;
      if (err instanceof HttpStatusError) {
        if (err.status === 401 && !refreshed && policy.refreshAuth) {
          refreshed = true;
          if (await tryRefresh(policy)) {
            attempt -= 1;
            continue;
          }
        }
        if (!isRetryableStatus(err.status)) throw new ModelError(err.message);
        if (attempt > policy.requestMaxRetries) throw new ModelError(policy.retryLimitMessage(err.status));
        delay = err.retryAfterMs ?? backoff(attempt, policy.random);
        policy.logger.warn(`model request failed with ${statusLine(err.status)}; retrying in ${formatDelay(delay)}`, {
          attempt,
          max: policy.requestMaxRetries,
        });
      } else {
        const message = err instanceof RequestError ? err.message : describeError(err);
        if (attempt > policy.requestMaxRetries) throw new ModelError(message);
        delay = backoff(attempt, policy.random);
        policy.logger.warn(`model request failed: ${message}; retrying in ${formatDelay(delay)}`, {
          attempt,
          max: policy.requestMaxRetries,
        });
      }
    }
    await policy.sleep(delay, signal);
  }
}

async function tryRefresh(policy: RetryPolicy): Promise<boolean> {
  try {
    return (await policy.refreshAuth?.()) ?? false;
  } catch (err) {
    policy.logger.warn('token refresh after 401 failed', { error: describeError(err) });
    return false;
  }
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
