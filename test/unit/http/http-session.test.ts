import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { Message } from 'vscode-jsonrpc/node';
import { HttpSession } from '../../../src/http/http-session';
import { parseEventId } from '../../../src/http/sse-stream';

/** Just enough of a ServerResponse to see what a stream wrote. */
class FakeResponse extends EventEmitter {
  status = 0;
  headers: Record<string, string> = {};
  body = '';
  writableEnded = false;
  headersSent = false;
  writableLength = 0;
  writeHead(status: number, headers: Record<string, string> = {}) {
    this.status = status;
    this.headers = headers;
    this.headersSent = true;
    return this;
  }
  flushHeaders() {}
  write(chunk: string) {
    this.body += chunk;
    return true;
  }
  end(chunk?: string) {
    if (chunk) this.body += chunk;
    this.writableEnded = true;
    this.emit('close');
    return this;
  }
  destroy() {
    this.writableEnded = true;
    this.emit('close');
  }
}

const log = { error: () => undefined, warn: () => undefined, info: () => undefined, debug: () => undefined };
const limits = { maxEvents: 4, maxBytes: 1 << 20, maxUnreadBytes: 1 << 20, keepAliveMs: 60_000 };

function session() {
  const s = new HttpSession({ id: 'sess', principal: 'local', limits, log, onClosed: () => undefined });
  const received: Message[] = [];
  s.reader.listen((m) => received.push(m));
  return { s, received };
}
const res = () => new FakeResponse() as unknown as ServerResponse & FakeResponse;
const req = (id: number, method = 'tools/call', params: unknown = {}) => ({ jsonrpc: '2.0', id, method, params }) as Message;
const events = (body: string) => body.split('\n\n').filter((f) => f.includes('data: {')).map((f) => JSON.parse(f.slice(f.indexOf('data: ') + 6)));

describe('HttpSession routing', () => {
  it('sends a call, its codex/event and progress notifications and its answer on its POST stream, then ends it', async () => {
    const { s, received } = session();
    const r = res();
    s.accept([req(1, 'tools/call', { _meta: { progressToken: 'p1' } })], r, true, false);
    expect(received).toHaveLength(1);
    await s.writer.write({ jsonrpc: '2.0', method: 'codex/event', params: { _meta: { requestId: 1 }, msg: { type: 'task_started' } } } as Message);
    await s.writer.write({ jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 'p1', progress: 1 } } as Message);
    await s.writer.write({ jsonrpc: '2.0', id: 1, result: { content: [] } } as Message);
    expect(r.headers['Content-Type']).toBe('text/event-stream');
    expect(r.body.startsWith('id: 1-0\ndata: \n\n')).toBe(true);
    expect(events(r.body).map((m) => m.method ?? 'answer')).toEqual(['codex/event', 'notifications/progress', 'answer']);
    expect(r.writableEnded).toBe(true);
  });

  it('answers non-streamed requests as JSON, a batch as an array', async () => {
    const { s } = session();
    const r = res();
    s.accept([req(1, 'ping'), req(2, 'tools/list')], r, false, true);
    await s.writer.write({ jsonrpc: '2.0', id: 2, result: { tools: [] } } as Message);
    expect(r.writableEnded).toBe(false);
    await s.writer.write({ jsonrpc: '2.0', id: 1, result: {} } as Message);
    expect(r.headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(r.body)).toEqual([
      { jsonrpc: '2.0', id: 1, result: {} },
      { jsonrpc: '2.0', id: 2, result: { tools: [] } },
    ]);
  });

  it('puts server→client requests on the GET stream when open, else on the stream of the call that asks', async () => {
    const { s } = session();
    const post = res();
    s.accept([req(7)], post, true, false);
    const ask = { jsonrpc: '2.0', id: 0, method: 'elicitation/create', params: { codex_mcp_tool_call_id: '7' } } as Message;
    await s.writer.write(ask);
    expect(events(post.body).map((m) => m.method)).toEqual(['elicitation/create']);
    const get = res();
    s.openGetStream(get, {});
    await s.writer.write({ ...ask, id: 1 } as Message);
    expect(events(get.body).map((m) => m.id)).toEqual([1]);
    await s.writer.write({ jsonrpc: '2.0', method: 'notifications/tasks/status', params: {} } as Message);
    expect(events(get.body).map((m) => m.method)).toEqual(['elicitation/create', 'notifications/tasks/status']);
  });

  it('replays what a dropped stream missed after Last-Event-ID, then the rest live, without duplicates', async () => {
    const { s } = session();
    const first = res();
    s.accept([req(3)], first, true, false);
    await s.writer.write({ jsonrpc: '2.0', method: 'codex/event', params: { _meta: { requestId: 3 }, n: 1 } } as Message);
    const lastSeen = /id: (\S+)\ndata: \{/.exec(first.body)![1];
    first.destroy();
    await s.writer.write({ jsonrpc: '2.0', method: 'codex/event', params: { _meta: { requestId: 3 }, n: 2 } } as Message);
    await s.writer.write({ jsonrpc: '2.0', id: 3, result: { done: true } } as Message);
    const again = res();
    const parsed = parseEventId(lastSeen)!;
    expect(s.resumeStream(parsed.stream, parsed.seq, again, {})).toBe(true);
    expect(events(again.body).map((m) => m.params?.n ?? 'answer')).toEqual([2, 'answer']);
    expect(again.writableEnded).toBe(true);
    // Delivered: the stream is gone.
    expect(s.resumeStream(parsed.stream, parsed.seq, res(), {})).toBe(false);
  });

  it('keeps a bounded replay buffer: an event id older than the buffer cannot be resumed', async () => {
    const { s } = session();
    const get = res();
    s.openGetStream(get, {});
    for (let i = 0; i < 10; i++) await s.writer.write({ jsonrpc: '2.0', method: 'n', params: { i } } as Message);
    get.destroy();
    const again = res();
    s.openGetStream(again, {}, 7);
    expect(events(again.body).map((m) => m.params.i)).toEqual([7, 8, 9]);
  });

  it('drops the answer of a request the client cancelled', async () => {
    const { s } = session();
    const r = res();
    s.accept([req(9)], r, true, false);
    s.accept([{ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 9 } } as Message], undefined, false, false);
    await s.writer.write({ jsonrpc: '2.0', id: 9, error: { code: -32800, message: 'cancelled' } } as Message);
    expect(events(r.body)).toEqual([]);
    expect(r.writableEnded).toBe(true);
  });
});

describe('HttpSession GET stream', () => {
  it('gives a fresh GET stream the questions sent while no stream was open', async () => {
    const { s } = session();
    await s.writer.write({ jsonrpc: '2.0', id: 0, method: 'elicitation/create', params: {} } as Message);
    const get = res();
    s.openGetStream(get, {});
    expect(events(get.body).map((m) => m.method)).toEqual(['elicitation/create']);
    get.destroy();
    const again = res();
    s.openGetStream(again, {});
    expect(events(again.body)).toEqual([]);
  });
});
