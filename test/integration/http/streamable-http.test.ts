import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HttpServerProcess, initializeSession, post } from '../../support/http-server-process';
import { MockModelServer, reply } from '../../support/mock-model-server';
import { pidsWithArg, uniqueSleepToken, waitForPidFile } from '../../support/process-alive';
import { waitUntil } from '../../support/wait-until';

const text = (r: unknown) => (r as { content: { text: string }[] }).content[0].text;
const tmpdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));

/** Notifications a client received, by method. */
function collect(client: Client): { method: string; params: any }[] {
  const seen: { method: string; params: any }[] = [];
  client.fallbackNotificationHandler = async (n) => {
    seen.push({ method: n.method, params: n.params });
  };
  return seen;
}

/** A fetch that records, per HTTP method, the text of every SSE response it passed on. */
function recordingFetch(): { fetch: typeof fetch; bodies: { method: string; text: string }[] } {
  const bodies: { method: string; text: string }[] = [];
  const wrapped: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    if (!res.body || !(res.headers.get('content-type') ?? '').startsWith('text/event-stream')) return res;
    const entry = { method: init?.method ?? 'GET', text: '' };
    bodies.push(entry);
    const decoder = new TextDecoder();
    const body = res.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          entry.text += decoder.decode(chunk, { stream: true });
          controller.enqueue(chunk);
        },
      }),
    );
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  };
  return { fetch: wrapped, bodies };
}


describe('Streamable HTTP transport (--listen http://…)', () => {
  let mock: MockModelServer;
  let server: HttpServerProcess | undefined;
  const clients: Client[] = [];
  beforeEach(async () => {
    mock = await MockModelServer.start();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.close().catch(() => undefined);
    await server?.stop();
    server = undefined;
    await mock.close();
  });

  async function start(config = mock.configToml(), args: string[] = []) {
    server = await HttpServerProcess.start({ configToml: config, args });
    return server;
  }
  async function connect(options: Parameters<HttpServerProcess['connect']>[0] = {}) {
    const c = await server!.connect(options);
    clients.push(c.client);
    return c;
  }

  it('connects with the SDK client, lists tools, pings; /healthz and a page for browsers at /', async () => {
    await start();
    const { client, transport } = await connect();
    expect(transport.sessionId).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(client.getServerVersion()?.name).toBe('codex-mcp-server');
    const tools = await client.listTools();
    expect(tools.tools.map((t) => t.name)).toEqual(['codex', 'codex-reply']);
    await expect(client.ping()).resolves.toEqual({});
    const base = server!.url.replace(/\/mcp$/, '');
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', sessions: 1 });
    const page = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('/mcp');
  });

  it('runs a codex call with the mock model: the answer and its codex/event notifications come on the POST stream', async () => {
    await start();
    const rec = recordingFetch();
    const transport = new StreamableHTTPClientTransport(new URL(server!.url), { fetch: rec.fetch });
    const client = new Client({ name: 't', version: '1' }, { capabilities: {} });
    clients.push(client);
    await client.connect(transport);
    const seen = collect(client);
    mock.enqueue(reply.text('hello over http'));
    const res = await client.callTool({ name: 'codex', arguments: { prompt: 'hi', cwd: tmpdir() } });
    expect(text(res)).toBe('hello over http');
    const types = seen.filter((n) => n.method === 'codex/event').map((n) => n.params.msg.type);
    expect(types).toEqual(expect.arrayContaining(['session_configured', 'task_started', 'agent_message', 'task_complete']));
    const postStream = rec.bodies.find((b) => b.method === 'POST' && b.text.includes('hello over http'))!;
    expect(postStream.text).toContain('"method":"codex/event"');
    expect(postStream.text).toMatch(/^id: 1-0\nretry: 500\ndata: \n\n/);
  });

  it('asks approvals over the GET stream, and the answer decides whether the command runs', async () => {
    await start(mock.configToml({ approvalPolicy: 'untrusted' }));
    const rec = recordingFetch();
    const transport = new StreamableHTTPClientTransport(new URL(server!.url), { fetch: rec.fetch });
    const client = new Client({ name: 't', version: '1' }, { capabilities: { elicitation: {} } });
    clients.push(client);
    await client.connect(transport);
    // The SDK opens the GET stream after `initialized`; wait for it before calling.
    await waitUntil(() => rec.bodies.some((b) => b.method === 'GET'), 'the SSE GET');
    const asked: any[] = [];
    client.setRequestHandler(ElicitRequestSchema, async (req) => {
      asked.push(req.params);
      return { action: 'accept' };
    });
    const cwd = tmpdir();
    mock.enqueue(reply.shell('c1', ['touch', 'approved.txt']), reply.text('done'));
    const res = await client.callTool({ name: 'codex', arguments: { prompt: 'touch', cwd } });
    expect(text(res)).toBe('done');
    expect(asked).toHaveLength(1);
    expect(asked[0]._meta.codex_elicitation).toBe('exec-approval');
    expect(fs.existsSync(path.join(cwd, 'approved.txt'))).toBe(true);
    const get = rec.bodies.find((b) => b.method === 'GET')!;
    expect(get.text).toContain('"method":"elicitation/create"');
    expect(rec.bodies.filter((b) => b.method === 'POST').some((b) => b.text.includes('elicitation/create'))).toBe(false);
  });

  it('keeps two concurrent clients apart: events, approvals and answers go to their own session', async () => {
    await start(mock.configToml({ approvalPolicy: 'untrusted' }));
    const a = await connect();
    const b = await connect();
    expect(a.transport.sessionId).not.toBe(b.transport.sessionId);
    const seenA = collect(a.client);
    const seenB = collect(b.client);
    let approve!: () => void;
    const approved = new Promise<void>((r) => (approve = r));
    const askedA: any[] = [];
    const askedB: any[] = [];
    a.client.setRequestHandler(ElicitRequestSchema, async (req) => {
      askedA.push(req.params);
      await approved;
      return { action: 'accept' };
    });
    b.client.setRequestHandler(ElicitRequestSchema, async (req) => {
      askedB.push(req.params);
      return { action: 'decline' };
    });
    const cwdA = tmpdir();
    mock.enqueue(reply.shell('ca', ['touch', 'a.txt']));
    const callA = a.client.callTool({ name: 'codex', arguments: { prompt: 'a', cwd: cwdA } });
    await waitUntil(() => askedA.length === 1, 'the elicitation');
    mock.enqueue(reply.text('b done'));
    const resB = await b.client.callTool({ name: 'codex', arguments: { prompt: 'b', cwd: tmpdir() } });
    expect(text(resB)).toBe('b done');
    mock.enqueue(reply.text('a done'));
    approve();
    expect(text(await callA)).toBe('a done');
    expect(fs.existsSync(path.join(cwdA, 'a.txt'))).toBe(true);
    expect(askedB).toHaveLength(0);
    const threads = (seen: { method: string; params: any }[]) =>
      new Set(seen.filter((n) => n.params?.msg?.type === 'session_configured').map((n) => n.params.msg.session_id));
    expect(threads(seenA).size).toBe(1);
    expect(threads(seenB).size).toBe(1);
    expect([...threads(seenA)][0]).not.toBe([...threads(seenB)][0]);
    expect(seenB.some((n) => n.params?.msg?.type === 'exec_approval_request')).toBe(false);
  });

  it('DELETE ends the session: its id is then unknown (404)', async () => {
    await start();
    const { transport } = await connect();
    const id = transport.sessionId!;
    await transport.terminateSession();
    const res = await post(server!.url, { jsonrpc: '2.0', id: 5, method: 'ping' }, { 'mcp-session-id': id });
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).error.code).toBe(-32001);
  });

  it('refuses a foreign Origin (403) and a foreign Host (403), accepts its own origin', async () => {
    await start();
    const body = { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'x', version: '1' } } };
    const evil = await post(server!.url, body, { origin: 'http://evil.example' });
    expect(evil.status).toBe(403);
    expect(((await evil.json()) as any).error.message).toContain('Origin');
    const own = await post(server!.url, body, { origin: new URL(server!.url).origin });
    expect(own.status).toBe(200);
    await own.text();
    // Host cannot be forged with fetch; use node:http.
    const http = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const u = new URL(server!.url);
      const req = http.request({ host: u.hostname, port: u.port, path: '/mcp', method: 'POST', headers: { host: 'rebound.example:80', 'content-type': 'application/json', accept: 'application/json, text/event-stream' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(JSON.stringify(body));
    });
    expect(status).toBe(403);
  });

  it('needs Mcp-Session-Id after initialize (400 without, 404 unknown) and checks MCP-Protocol-Version', async () => {
    await start();
    const ping = { jsonrpc: '2.0', id: 1, method: 'ping' };
    const missing = await post(server!.url, ping);
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as any).error.message).toContain('Mcp-Session-Id');
    const unknown = await post(server!.url, ping, { 'mcp-session-id': 'no-such-session' });
    expect(unknown.status).toBe(404);
    await unknown.text();
    const id = await initializeSession(server!.url);
    const badVersion = await post(server!.url, ping, { 'mcp-session-id': id, 'mcp-protocol-version': '1999-01-01' });
    expect(badVersion.status).toBe(400);
    expect(((await badVersion.json()) as any).error.message).toContain('MCP-Protocol-Version');
    const ok = await post(server!.url, ping, { 'mcp-session-id': id, 'mcp-protocol-version': '2025-06-18' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await ok.json()).toEqual({ jsonrpc: '2.0', id: 1, result: {} });
  });

  it('answers bad input with HTTP and JSON-RPC errors and keeps serving', async () => {
    await start(mock.configToml(), ['--max-body-bytes', '1000']);
    const id = await initializeSession(server!.url);
    const h = { 'mcp-session-id': id };
    expect((await post(server!.url, '{not json', h)).status).toBe(400);
    expect((await post(server!.url, { hello: 1 }, h)).status).toBe(400);
    const big = await post(server!.url, { jsonrpc: '2.0', id: 2, method: 'ping', params: { pad: 'x'.repeat(5000) } }, h);
    expect(big.status).toBe(413);
    const wrongAccept = await post(server!.url, { jsonrpc: '2.0', id: 3, method: 'ping' }, { ...h, accept: 'text/html' });
    expect(wrongAccept.status).toBe(406);
    const unknownMethod = await post(server!.url, { jsonrpc: '2.0', id: 4, method: 'no/such' }, h);
    expect(((await unknownMethod.json()) as any).error.code).toBe(-32601);
    const ok = await post(server!.url, { jsonrpc: '2.0', id: 5, method: 'ping' }, h);
    expect(await ok.json()).toEqual({ jsonrpc: '2.0', id: 5, result: {} });
  });

  it('a dropped SSE stream is resumed with Last-Event-ID and no event is lost', async () => {
    await start();
    let cut = false;
    let resumedWith: string | undefined;
    // Cut the tools/call stream after its first message; the client must resume with GET + Last-Event-ID.
    const cutting: typeof fetch = async (input, init) => {
      const headers = new Headers(init?.headers);
      if ((init?.method ?? 'GET') === 'GET' && headers.get('last-event-id')) resumedWith = headers.get('last-event-id')!;
      const res = await fetch(input, init);
      const isCall = typeof init?.body === 'string' && init.body.includes('"tools/call"');
      if (!isCall || !res.body) return res;
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      let seenText = '';
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const { value, done } = await reader.read();
          if (done) return controller.close();
          seenText += decoder.decode(value, { stream: true });
          controller.enqueue(value);
          if (/event: message/.test(seenText)) {
            cut = true;
            await reader.cancel();
            controller.error(new Error('connection dropped (test)'));
          }
        },
      });
      return new Response(body, { status: res.status, headers: res.headers });
    };
    const transport = new StreamableHTTPClientTransport(new URL(server!.url), {
      fetch: cutting,
      reconnectionOptions: { initialReconnectionDelay: 50, maxReconnectionDelay: 200, reconnectionDelayGrowFactor: 1, maxRetries: 5 },
    });
    const client = new Client({ name: 't', version: '1' }, { capabilities: {} });
    clients.push(client);
    client.onerror = () => undefined;
    await client.connect(transport);
    const seen = collect(client);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    mock.enqueue(reply.textDeltas(['res', 'umed ', 'fine']).after(gate));
    const call = client.callTool({ name: 'codex', arguments: { prompt: 'hi', cwd: tmpdir() } });
    await waitUntil(() => cut, 'the stream to be cut');
    release();
    const res = await call;
    expect(text(res)).toBe('resumed fine');
    expect(resumedWith).toMatch(/^1-\d+$/);
    const events = seen.filter((n) => n.method === 'codex/event').map((n) => n.params.msg.type);
    expect(events.filter((t) => t === 'session_configured')).toHaveLength(1);
    expect(events.filter((t) => t === 'task_complete')).toHaveLength(1);
    expect(events.filter((t) => t === 'agent_message_delta')).toHaveLength(3);
  });

  it('requires the bearer token when --auth-token-file is set', async () => {
    const tokenFile = path.join(tmpdir(), 'token');
    fs.writeFileSync(tokenFile, 's3cret-token-for-tests\n', { mode: 0o600 });
    await start(mock.configToml(), ['--auth-token-file', tokenFile]);
    const body = { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'x', version: '1' } } };
    const none = await post(server!.url, body);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    const wrong = await post(server!.url, body, { authorization: 'Bearer s3cret-token-for-testS' });
    expect(wrong.status).toBe(401);
    await expect(connect()).rejects.toThrow(/Unauthorized/);
    const { client } = await connect({ headers: { authorization: 'Bearer s3cret-token-for-tests' } });
    await expect(client.ping()).resolves.toEqual({});
  });

  it('closes a session idle past its timeout and kills the command its call was running', async () => {
    await start(mock.configToml(), ['--session-timeout', '1']);
    const id = await initializeSession(server!.url);
    const cwd = tmpdir();
    const secs = uniqueSleepToken();
    mock.enqueue(reply.shell('c-sleep', ['sh', '-c', `echo $$ > pid.txt; exec sleep ${secs}`], { timeout_ms: 60000 }));
    const call = post(server!.url, { jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 'codex', arguments: { prompt: 'sleep', cwd } } }, { 'mcp-session-id': id });
    await waitForPidFile(path.join(cwd, 'pid.txt'));
    expect(pidsWithArg(secs).length).toBeGreaterThan(0);
    // The client goes away without DELETE: drop the stream.
    const res = await call;
    void res.body?.cancel();
    await waitUntil(() => pidsWithArg(secs).length === 0, 'the command to die');
    await waitUntil(async () => (await post(server!.url, { jsonrpc: '2.0', id: 8, method: 'ping' }, { 'mcp-session-id': id })).status === 404, 'the session to be gone');
  });
});
