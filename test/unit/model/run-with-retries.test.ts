import { ModelError, type ResponseEvent } from '../../../src/model/model-types';
import { defaultSleep } from '../../../src/common/abort';
import { MAX_RETRY_DELAY_MS, backoff, formatDelay, parseRetryAfterMs } from '../../../src/model/backoff';
import { runWithRetries, type RetryPolicy, type WireAttempt } from '../../../src/model/run-with-retries';
import { HttpStatusError, RequestError, StreamError, retryLimitMessage, statusLine } from '../../../src/model/wire-errors';
import { MemoryLoggerFactory } from '../../support/test-logger';

/** One scripted outcome of open(): an error, or a stream of events with an ending. */
type Outcome =
  | { fail: Error }
  | { events: ResponseEvent[]; end?: 'ok' | StreamError | 'hang' }
  | { hangOpen: true };

const text = (delta: string): ResponseEvent => ({ type: 'output_text_delta', delta });
const completed: ResponseEvent = { type: 'completed', response_id: 'r' };

function abortable(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    const fail = () => {
      const e = new Error('aborted');
      e.name = 'AbortError';
      reject(e);
    };
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
}

class ScriptedWire implements WireAttempt {
  opens = 0;
  readSignals: AbortSignal[] = [];
  constructor(private readonly outcomes: Outcome[]) {}

  async open(signal: AbortSignal): Promise<Response> {
    const outcome = this.outcomes[this.opens++];
    if (!outcome) throw new Error('no more scripted outcomes');
    if ('fail' in outcome) throw outcome.fail;
    if ('hangOpen' in outcome) return abortable(signal);
    return new Response(String(this.opens - 1));
  }

  async *read(response: Response, signal: AbortSignal, activity: () => void): AsyncGenerator<ResponseEvent> {
    this.readSignals.push(signal);
    const outcome = this.outcomes[Number(await response.text())] as { events: ResponseEvent[]; end?: 'ok' | StreamError | 'hang' };
    for (const event of outcome.events) {
      if (signal.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
      activity();
      yield event;
    }
    if (outcome.end instanceof StreamError) throw outcome.end;
    if (outcome.end === 'hang') await abortable(signal);
  }
}

function policy(overrides: Partial<RetryPolicy> = {}): RetryPolicy & { sleeps: number[] } {
  const sleeps: number[] = [];
  return {
    requestMaxRetries: 0,
    streamMaxRetries: 0,
    idleTimeoutMs: 60_000,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    logger: new MemoryLoggerFactory().get('model'),
    retryLimitMessage,
    ...overrides,
    sleeps,
  };
}

async function collect(stream: AsyncIterable<ResponseEvent>): Promise<ResponseEvent[]> {
  const out: ResponseEvent[] = [];
  for await (const e of stream) out.push(e);
  return out;
}

const signal = () => new AbortController().signal;
const status = (code: number, body = '', retryAfterMs?: number) => new HttpStatusError(code, body, retryAfterMs);

describe('backoff and helpers', () => {
  test('backoff doubles from 200 ms with ±10 % jitter and a cap', () => {
    expect(backoff(1, () => 0.5)).toBe(200);
    expect(backoff(2, () => 0.5)).toBe(400);
    expect(backoff(3, () => 0.5)).toBe(800);
    expect(backoff(1, () => 0)).toBe(180);
    expect(backoff(1, () => 0.999999)).toBe(219);
    expect(backoff(30, () => 0.5)).toBe(MAX_RETRY_DELAY_MS);
  });

  test('Retry-After as seconds, as an HTTP date, retry-after-ms, or garbage', () => {
    expect(parseRetryAfterMs(new Headers({ 'retry-after': '2' }))).toBe(2000);
    expect(parseRetryAfterMs(new Headers({ 'retry-after': '0.5' }))).toBe(500);
    expect(parseRetryAfterMs(new Headers({ 'retry-after-ms': '250', 'retry-after': '9' }))).toBe(250);
    const now = Date.parse('2025-08-28T00:00:00Z');
    expect(parseRetryAfterMs(new Headers({ 'retry-after': 'Thu, 28 Aug 2025 00:00:03 GMT' }), now)).toBe(3000);
    expect(parseRetryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(parseRetryAfterMs(new Headers())).toBeUndefined();
    expect(parseRetryAfterMs(new Headers({ 'retry-after': '99999' }))).toBe(MAX_RETRY_DELAY_MS);
  });

  test('status lines and delays print like the reference', () => {
    expect(statusLine(500)).toBe('500 Internal Server Error');
    expect(statusLine(400)).toBe('400 Bad Request');
    expect(statusLine(429)).toBe('429 Too Many Requests');
    expect(statusLine(599)).toBe('599');
    expect(retryLimitMessage(500)).toBe('exceeded retry limit, last status: 500 Internal Server Error');
    expect(formatDelay(203)).toBe('203ms');
    expect(formatDelay(1600)).toBe('1.6s');
  });

  test('defaultSleep rejects with an AbortError when aborted', async () => {
    const controller = new AbortController();
    const sleeping = defaultSleep(60_000, controller.signal);
    controller.abort();
    await expect(sleeping).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('runWithRetries: request-level retries', () => {
  test('a clean stream passes every event through', async () => {
    const wire = new ScriptedWire([{ events: [text('a'), completed] }]);
    expect(await collect(runWithRetries(wire, policy(), signal()))).toEqual([text('a'), completed]);
    expect(wire.opens).toBe(1);
  });

  test('500s are retried with exponential backoff until one succeeds', async () => {
    const wire = new ScriptedWire([{ fail: status(500) }, { fail: status(502) }, { events: [completed] }]);
    const p = policy({ requestMaxRetries: 2 });
    expect(await collect(runWithRetries(wire, p, signal()))).toEqual([completed]);
    expect(wire.opens).toBe(3);
    expect(p.sleeps).toEqual([200, 400]);
  });

  test('Retry-After wins over the computed backoff', async () => {
    const wire = new ScriptedWire([{ fail: status(429, '', 3000) }, { events: [completed] }]);
    const p = policy({ requestMaxRetries: 1 });
    await collect(runWithRetries(wire, p, signal()));
    expect(p.sleeps).toEqual([3000]);
  });

  test('when 5xx outlast the retries the policy message is thrown', async () => {
    const wire = new ScriptedWire([{ fail: status(500) }, { fail: status(500) }]);
    const p = policy({ requestMaxRetries: 1 });
    const run = collect(runWithRetries(wire, p, signal()));
    await expect(run).rejects.toThrow(new ModelError('exceeded retry limit, last status: 500 Internal Server Error'));
    await expect(run).rejects.toBeInstanceOf(ModelError);
    expect(wire.opens).toBe(2);
  });

  test('a 400 fails at once with status and body', async () => {
    const wire = new ScriptedWire([{ fail: status(400, '{"error":{"message":"bad"}}') }]);
    const p = policy({ requestMaxRetries: 3 });
    await expect(collect(runWithRetries(wire, p, signal()))).rejects.toThrow(
      'unexpected status 400 Bad Request: {"error":{"message":"bad"}}',
    );
    expect(wire.opens).toBe(1);
    expect(p.sleeps).toEqual([]);
  });

  test('a 401 refreshes the credentials once and retries without waiting', async () => {
    const refreshAuth = jest.fn(async () => true);
    const wire = new ScriptedWire([{ fail: status(401) }, { events: [completed] }]);
    const p = policy({ refreshAuth });
    expect(await collect(runWithRetries(wire, p, signal()))).toEqual([completed]);
    expect(refreshAuth).toHaveBeenCalledTimes(1);
    expect(p.sleeps).toEqual([]);
  });

  test('a second 401 after the refresh fails', async () => {
    const refreshAuth = jest.fn(async () => true);
    const wire = new ScriptedWire([{ fail: status(401, 'no') }, { fail: status(401, 'still no') }]);
    await expect(collect(runWithRetries(wire, policy({ refreshAuth, requestMaxRetries: 3 }), signal()))).rejects.toThrow(
      'unexpected status 401 Unauthorized: still no',
    );
    expect(refreshAuth).toHaveBeenCalledTimes(1);
  });

  test('a 401 whose refresh fails or is impossible is not retried', async () => {
    const refreshAuth = jest.fn(async (): Promise<boolean> => {
      throw new Error('refresh refused');
    });
    const wire = new ScriptedWire([{ fail: status(401, 'x') }]);
    await expect(collect(runWithRetries(wire, policy({ refreshAuth }), signal()))).rejects.toThrow(
      'unexpected status 401 Unauthorized: x',
    );
    const noRefresh = new ScriptedWire([{ fail: status(401, 'y') }]);
    await expect(collect(runWithRetries(noRefresh, policy(), signal()))).rejects.toThrow('unexpected status 401 Unauthorized: y');
  });

  test('network errors are retried, then reported with their message', async () => {
    const wire = new ScriptedWire([{ fail: new RequestError('connection refused') }, { fail: new RequestError('connection refused') }]);
    const p = policy({ requestMaxRetries: 1 });
    await expect(collect(runWithRetries(wire, p, signal()))).rejects.toThrow(new ModelError('connection refused'));
    expect(wire.opens).toBe(2);
    expect(p.sleeps).toEqual([200]);
  });

  test('a ModelError from open (e.g. not signed in) is thrown as is', async () => {
    const wire = new ScriptedWire([{ fail: new ModelError('Not signed in') }]);
    await expect(collect(runWithRetries(wire, policy({ requestMaxRetries: 3 }), signal()))).rejects.toThrow('Not signed in');
    expect(wire.opens).toBe(1);
  });
});

describe('runWithRetries: stream-level retries', () => {
  test('a broken stream yields `retrying` and runs the request again', async () => {
    const wire = new ScriptedWire([
      { events: [text('par')], end: new StreamError('stream closed before response.completed') },
      { events: [text('full'), completed] },
    ]);
    const p = policy({ streamMaxRetries: 2 });
    expect(await collect(runWithRetries(wire, p, signal()))).toEqual([
      text('par'),
      {
        type: 'retrying',
        message:
          'stream error: stream disconnected before completion: stream closed before response.completed; retrying 1/2 in 200ms…',
        attempt: 1,
        max: 2,
      },
      text('full'),
      completed,
    ]);
    expect(p.sleeps).toEqual([200]);
  });

  test('the server-requested delay of a failed stream is used', async () => {
    const wire = new ScriptedWire([{ events: [], end: new StreamError('rate limited', 1500) }, { events: [completed] }]);
    const p = policy({ streamMaxRetries: 1 });
    await collect(runWithRetries(wire, p, signal()));
    expect(p.sleeps).toEqual([1500]);
  });

  test('when stream retries run out the error names the disconnect', async () => {
    const wire = new ScriptedWire([
      { events: [], end: new StreamError('boom') },
      { events: [], end: new StreamError('boom again') },
    ]);
    const events: ResponseEvent[] = [];
    const run = (async () => {
      for await (const e of runWithRetries(wire, policy({ streamMaxRetries: 1 }), signal())) events.push(e);
    })();
    await expect(run).rejects.toThrow(new ModelError('stream disconnected before completion: boom again'));
    expect(events.map((e) => e.type)).toEqual(['retrying']);
  });

  test('request retries start over for each stream attempt', async () => {
    const wire = new ScriptedWire([
      { fail: status(503) },
      { events: [], end: new StreamError('cut') },
      { fail: status(503) },
      { events: [completed] },
    ]);
    const p = policy({ requestMaxRetries: 1, streamMaxRetries: 1 });
    expect((await collect(runWithRetries(wire, p, signal()))).at(-1)).toEqual(completed);
    expect(wire.opens).toBe(4);
  });

  test('an idle stream is aborted and retried', async () => {
    const wire = new ScriptedWire([{ events: [text('a')], end: 'hang' }, { events: [completed] }]);
    const events = await collect(runWithRetries(wire, policy({ idleTimeoutMs: 50, streamMaxRetries: 1 }), signal()));
    expect(events[1]).toMatchObject({ type: 'retrying', attempt: 1, max: 1 });
    expect((events[1] as { message: string }).message).toContain('idle timeout waiting for SSE');
    expect(events.at(-1)).toEqual(completed);
  });

  test('a request that never gets headers also times out as idle', async () => {
    const wire = new ScriptedWire([{ hangOpen: true }]);
    await expect(collect(runWithRetries(wire, policy({ idleTimeoutMs: 50 }), signal()))).rejects.toThrow(
      'stream disconnected before completion: idle timeout waiting for SSE',
    );
  });

  test('time the consumer spends holding an event does not count as idle', async () => {
    const wire = new ScriptedWire([{ events: [text('a'), text('b'), completed] }]);
    const events: ResponseEvent[] = [];
    for await (const e of runWithRetries(wire, policy({ idleTimeoutMs: 30 }), signal())) {
      events.push(e);
      await new Promise((r) => setTimeout(r, 120));
    }
    expect(events).toEqual([text('a'), text('b'), completed]);
  });
});

describe('runWithRetries: abort', () => {
  test('aborting mid-stream throws an AbortError and does not retry', async () => {
    const controller = new AbortController();
    const wire = new ScriptedWire([{ events: [text('a')], end: 'hang' }, { events: [completed] }]);
    const run = (async () => {
      for await (const e of runWithRetries(wire, policy({ streamMaxRetries: 3 }), controller.signal)) {
        if (e.type === 'output_text_delta') controller.abort();
      }
    })();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(wire.opens).toBe(1);
  });

  test('aborting during a backoff sleep ends the stream', async () => {
    const controller = new AbortController();
    const wire = new ScriptedWire([{ fail: status(500) }, { events: [completed] }]);
    const p = policy({ requestMaxRetries: 3, sleep: defaultSleep, random: () => 0.5 });
    const run = collect(runWithRetries(wire, { ...p, sleep: (ms, s) => (controller.abort(), defaultSleep(ms, s)) }, controller.signal));
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(wire.opens).toBe(1);
  });

  test('stopping early closes the attempt (its signal aborts)', async () => {
    const wire = new ScriptedWire([{ events: [text('a'), text('b'), completed] }]);
    for await (const e of runWithRetries(wire, policy(), signal())) {
      expect(e).toEqual(text('a'));
      break;
    }
    expect(wire.readSignals[0].aborted).toBe(true);
  });
});
