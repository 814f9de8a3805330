/**
 * The retry skeleton both wires share: request-level retries (429/5xx/network, 401 → one auth
 * refresh), stream-level retries (cut, idle, early close) and prompt abort. The wire clients only
 * open the HTTP request and turn its body into ResponseEvents.
 */
import { abortError, type SleepFn } from '../common/abort';
import type { Logger } from '../logging/logger';
import { backoff, formatDelay } from './backoff';
import { IdleWatchdog } from './idle-watchdog';
import { ModelError, type ResponseEvent } from './model-types';
import { HttpStatusError, RequestError, StreamError, describeError, isRetryableStatus, statusLine } from './wire-errors';

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

/** How runWithRetries retries one model request and its stream. */
export interface RetryPolicy {
  /** Extra tries of the request after 429/5xx/network failures (provider `request_max_retries`). */
  requestMaxRetries: number;
  /** Extra runs of the whole request after the stream broke (provider `stream_max_retries`). */
  streamMaxRetries: number;
  /** Silence longer than this (waiting for headers or chunks) breaks the stream. */
  idleTimeoutMs: number;
  /** Backoff wait; rejects on abort. */
  sleep: SleepFn;
  /** Where retry and failure notices are logged. */
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
