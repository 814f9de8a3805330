import { PassThrough } from 'node:stream';
import { createStdioTransport } from '../../../src/transport/connection-factory';
import { OutgoingMessageSenderImpl, OutgoingRequestError } from '../../../src/server/outgoing-message-sender';
import { MemoryLoggerFactory } from '../../support/test-logger';
import { serverNotification, serverRequest } from '../../../src/protocol/method-types';
import { unknownValue, type Schema } from '../../../src/protocol/schema/wire-schema';

/** Ad-hoc descriptors for methods of any name. */
const method = <R = unknown>(name: string) => serverRequest(name, unknownValue(), unknownValue() as Schema<R>);
const note = (method: string) => serverNotification(method, unknownValue());

type Wire = { jsonrpc: string; id?: number | string; method?: string; params?: unknown };

/**
 * The server side is the real vscode-jsonrpc connection; the "client" side reads and writes
 * NDJSON lines on the other ends of the two pipes.
 */
function harness() {
  const toServer = new PassThrough();
  const fromServer = new PassThrough();
  const loggers = new MemoryLoggerFactory();
  const { connection } = createStdioTransport(toServer, fromServer, loggers.get('test'));
  connection.listen();
  const sender = new OutgoingMessageSenderImpl(loggers);
  sender.attach(connection);

  const received: Wire[] = [];
  const waiters: Array<() => void> = [];
  let buffer = '';
  fromServer.setEncoding('utf8');
  fromServer.on('data', (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl).trim();
      buffer = buffer.slice(nl + 1);
      if (line) received.push(JSON.parse(line) as Wire);
    }
    for (const w of waiters.splice(0)) w();
  });

  /** Wait until the client side has seen `count` messages. */
  const nextMessages = async (count: number): Promise<Wire[]> => {
    while (received.length < count) await new Promise<void>((r) => waiters.push(r));
    return received.slice(0, count);
  };
  const reply = (message: Record<string, unknown>) => toServer.write(JSON.stringify({ jsonrpc: '2.0', ...message }) + '\n');

  return {
    sender,
    loggers,
    received,
    nextMessages,
    reply,
    dispose: () => {
      sender.close();
      connection.dispose();
      toServer.end();
      fromServer.end();
    },
  };
}

describe('OutgoingMessageSenderImpl', () => {
  let h: ReturnType<typeof harness>;
  beforeEach(() => {
    h = harness();
  });
  afterEach(() => h.dispose());

  it('numbers server→client requests with integers from 0, increasing', async () => {
    const a = h.sender.sendRequest(method('elicitation/create'), { n: 1 });
    const b = h.sender.sendRequest(method('elicitation/create'), { n: 2 });
    const c = h.sender.sendRequest(method('ping'), {});
    const msgs = await h.nextMessages(3);
    expect(msgs.map((m) => m.id)).toEqual([0, 1, 2]);
    expect(msgs.map((m) => m.method)).toEqual(['elicitation/create', 'elicitation/create', 'ping']);
    expect(msgs[0].params).toEqual({ n: 1 });
    for (const m of msgs) h.reply({ id: m.id, result: {} });
    await Promise.all([a, b, c]);
  });

  it('resolves with the result the client answers', async () => {
    const p = h.sender.sendRequest(method<{ decision: string }>('elicitation/create'), { message: 'ok?' });
    const [req] = await h.nextMessages(1);
    h.reply({ id: req.id, result: { decision: 'approved' } });
    await expect(p).resolves.toEqual({ decision: 'approved' });
  });

  it('matches answers to requests by id even when they come back out of order', async () => {
    const first = h.sender.sendRequest(method('m'), {});
    const second = h.sender.sendRequest(method('m'), {});
    const [r0, r1] = await h.nextMessages(2);
    h.reply({ id: r1.id, result: 'second' });
    h.reply({ id: r0.id, result: 'first' });
    await expect(first).resolves.toBe('first');
    await expect(second).resolves.toBe('second');
  });

  it('rejects with reason "error" when the client answers with a JSON-RPC error', async () => {
    const p = h.sender.sendRequest(method('elicitation/create'), {});
    const [req] = await h.nextMessages(1);
    h.reply({ id: req.id, error: { code: -32601, message: 'Method not found' } });
    const err = await p.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(OutgoingRequestError);
    expect((err as OutgoingRequestError).reason).toBe('error');
    expect((err as OutgoingRequestError).message).toContain('-32601');
    expect((err as OutgoingRequestError).message).toContain('Method not found');
  });

  it('rejects with reason "timeout" when no answer comes within timeoutMs', async () => {
    const p = h.sender.sendRequest(method('elicitation/create'), {}, { timeoutMs: 50 });
    await expect(p).rejects.toMatchObject({ name: 'OutgoingRequestError', reason: 'timeout' });
  });

  it('ignores a late answer after the timeout fired', async () => {
    const p = h.sender.sendRequest(method('elicitation/create'), {}, { timeoutMs: 50 });
    const [req] = await h.nextMessages(1);
    await expect(p).rejects.toMatchObject({ reason: 'timeout' });
    h.reply({ id: req.id, result: { decision: 'approved' } });
    // The connection keeps working after the stray answer.
    const next = h.sender.sendRequest(method('m'), {});
    const msgs = await h.nextMessages(2);
    h.reply({ id: msgs[1].id, result: 42 });
    await expect(next).resolves.toBe(42);
  });

  it('close() rejects pending requests with reason "closed", and later requests reject at once', async () => {
    const a = h.sender.sendRequest(method('elicitation/create'), {});
    const b = h.sender.sendRequest(method('elicitation/create'), {}, { timeoutMs: 60_000 });
    const settled = Promise.allSettled([a, b]);
    await h.nextMessages(2);
    h.sender.close();
    const closed = { status: 'rejected', reason: { name: 'OutgoingRequestError', reason: 'closed' } };
    expect(await settled).toMatchObject([closed, closed]);
    await expect(h.sender.sendRequest(method('elicitation/create'), {})).rejects.toMatchObject({ reason: 'closed' });
    // Nothing was written for the request made after close.
    expect(h.received).toHaveLength(2);
  });

  it('sends notifications without an id', async () => {
    h.sender.sendNotification(note('codex/event'), { msg: { type: 'task_started' } });
    const [n] = await h.nextMessages(1);
    expect(n).toEqual({ jsonrpc: '2.0', method: 'codex/event', params: { msg: { type: 'task_started' } } });
  });
});

describe('OutgoingMessageSenderImpl without a connection', () => {
  it('drops notifications sent before attach without throwing', () => {
    const loggers = new MemoryLoggerFactory();
    const sender = new OutgoingMessageSenderImpl(loggers);
    expect(() => sender.sendNotification(note('codex/event'), {})).not.toThrow();
    expect(loggers.lines.some((l) => l.includes('notification dropped'))).toBe(true);
  });

  it('rejects requests sent before attach with reason "closed"', async () => {
    const sender = new OutgoingMessageSenderImpl(new MemoryLoggerFactory());
    await expect(sender.sendRequest(method('elicitation/create'), {})).rejects.toMatchObject({ reason: 'closed' });
  });
});
