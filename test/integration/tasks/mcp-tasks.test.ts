import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { CallToolResultSchema, ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HttpServerProcess } from '../../support/http-server-process';
import { SERVER_ENTRY } from '../../support/mcp-process';
import { MockModelServer, reply } from '../../support/mock-model-server';
import { pidsWithArg, uniqueSleepToken, waitForPidFile } from '../../support/process-alive';
import { waitUntil } from '../../support/wait-until';

const RELATED_TASK = 'io.modelcontextprotocol/related-task';
const tmpdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
const text = (r: unknown) => (r as { content: { text: string }[] }).content[0].text;


type Transport = 'stdio' | 'http';

/** One server (stdio child or HTTP listener) and the SDK clients connected to it. */
class Harness {
  readonly clients: Client[] = [];
  http: HttpServerProcess | undefined;
  codexHome: string;

  constructor(
    readonly kind: Transport,
    private readonly configToml: string,
    codexHome?: string,
  ) {
    this.codexHome = codexHome ?? fs.mkdtempSync(path.join(os.tmpdir(), 'codex-home-'));
    fs.writeFileSync(path.join(this.codexHome, 'config.toml'), configToml);
  }

  async client(): Promise<Client> {
    const client = new Client({ name: 'tasks-test', version: '1.0.0' }, { capabilities: { elicitation: {} } });
    if (this.kind === 'http') {
      this.http ??= await HttpServerProcess.start({ codexHome: this.codexHome });
      const { client: c } = await this.http.connect();
      this.clients.push(c);
      return c;
    }
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [SERVER_ENTRY],
      env: { ...(process.env as Record<string, string>), CODEX_HOME: this.codexHome },
      stderr: 'pipe',
    });
    await client.connect(transport);
    this.clients.push(client);
    return client;
  }

  async close(): Promise<void> {
    for (const c of this.clients.splice(0)) await c.close().catch(() => undefined);
    await this.http?.stop();
    this.http = undefined;
  }
}

/** A mock model per test, and the harness the test sets up (closed after it). */
function withMockModel(): { mock: MockModelServer; h: Harness } {
  const t = {} as { mock: MockModelServer; h: Harness };
  beforeEach(async () => {
    t.mock = await MockModelServer.start();
  });
  afterEach(async () => {
    await t.h?.close();
    await t.mock.close();
  });
  return t;
}

/** Start a task and return its id (the stream keeps polling in the background). */
async function startTask(client: Client, args: Record<string, unknown>, name = 'codex') {
  const stream = client.experimental.tasks.callToolStream({ name, arguments: args }, CallToolResultSchema);
  const first = await stream.next();
  expect(first.value?.type).toBe('taskCreated');
  const taskId = (first.value as { task: { taskId: string } }).task.taskId;
  const rest = (async () => {
    const out: any[] = [];
    for await (const m of stream) out.push(m);
    return out;
  })();
  return { taskId, rest };
}

describe.each<Transport>(['stdio', 'http'])('MCP tasks over %s (SDK experimental tasks API)', (kind) => {
  const t = withMockModel();

  it('advertises tasks to 2025-11-25 clients and marks codex/codex-reply taskSupport optional', async () => {
    t.h = new Harness(kind, t.mock.configToml());
    const client = await t.h.client();
    expect(client.getServerCapabilities()?.tasks).toEqual({ list: {}, cancel: {}, requests: { tools: { call: {} } } });
    const tools = await client.listTools();
    expect(tools.tools.map((t) => [t.name, t.execution])).toEqual([
      ['codex', { taskSupport: 'optional' }],
      ['codex-reply', { taskSupport: 'optional' }],
    ]);
  });

  it('a task completes with the mock model text; status notifications and related-task _meta come with it', async () => {
    t.h = new Harness(kind, t.mock.configToml());
    const client = await t.h.client();
    const statuses: string[] = [];
    client.fallbackNotificationHandler = async (n) => {
      if (n.method === 'notifications/tasks/status') statuses.push((n.params as { status: string }).status);
    };
    await client.listTools();
    t.mock.enqueue(reply.text('task done'));
    const { taskId, rest } = await startTask(client, { prompt: 'hi', cwd: tmpdir() });
    const messages = await rest;
    const result = messages.find((m) => m.type === 'result');
    expect(text(result.result)).toBe('task done');
    expect(result.result._meta[RELATED_TASK]).toEqual({ taskId });
    expect(messages.some((m) => m.type === 'taskStatus')).toBe(true);
    const task = await client.experimental.tasks.getTask(taskId);
    expect(task.status).toBe('completed');
    await waitUntil(() => statuses.includes('completed'), 'a completed status notification');
    const listed = await client.experimental.tasks.listTasks();
    expect(listed.tasks.map((t) => t.taskId)).toContain(taskId);
    await expect(client.experimental.tasks.cancelTask(taskId)).rejects.toThrow(/already completed/);
    await expect(client.experimental.tasks.getTask('0123456789abcdef0123456789abcdef')).rejects.toThrow(/Unknown task/);
  });

  it('tasks/cancel interrupts the turn and kills its running command', async () => {
    t.h = new Harness(kind, t.mock.configToml());
    const client = await t.h.client();
    await client.listTools();
    const cwd = tmpdir();
    const secs = uniqueSleepToken();
    t.mock.enqueue(reply.shell('c-sleep', ['sh', '-c', `echo $$ > pid.txt; exec sleep ${secs}`], { timeout_ms: 60000 }));
    const { taskId, rest } = await startTask(client, { prompt: 'sleep', cwd });
    await waitForPidFile(path.join(cwd, 'pid.txt'));
    expect(pidsWithArg(secs).length).toBeGreaterThan(0);
    expect((await client.experimental.tasks.getTask(taskId)).status).toBe('working');
    const cancelled = await client.experimental.tasks.cancelTask(taskId);
    expect(cancelled.status).toBe('cancelled');
    await waitUntil(() => pidsWithArg(secs).length === 0, 'the command to die');
    expect((await client.experimental.tasks.getTask(taskId)).status).toBe('cancelled');
    const messages = await rest;
    expect(messages[messages.length - 1].type).toBe('error');
    await expect(client.experimental.tasks.cancelTask(taskId)).rejects.toThrow(/-32602|already cancelled/);
  });

  it('an approval moves the task to input_required; answering it completes the task', async () => {
    t.h = new Harness(kind, t.mock.configToml({ approvalPolicy: 'untrusted' }));
    const client = await t.h.client();
    await client.listTools();
    let answer!: () => void;
    const answered = new Promise<void>((r) => (answer = r));
    const asked: any[] = [];
    client.setRequestHandler(ElicitRequestSchema, async (req) => {
      asked.push(req.params);
      await answered;
      return { action: 'accept' };
    });
    const cwd = tmpdir();
    t.mock.enqueue(reply.shell('c1', ['touch', 'ok.txt']), reply.text('approved and done'));
    const { taskId, rest } = await startTask(client, { prompt: 'touch', cwd });
    await waitUntil(() => asked.length === 1, 'the elicitation');
    expect(asked[0]._meta[RELATED_TASK]).toEqual({ taskId });
    await waitUntil(async () => (await client.experimental.tasks.getTask(taskId)).status === 'input_required', 'status input_required');
    answer();
    const messages = await rest;
    expect(text(messages.find((m) => m.type === 'result').result)).toBe('approved and done');
    expect((await client.experimental.tasks.getTask(taskId)).status).toBe('completed');
    expect(fs.existsSync(path.join(cwd, 'ok.txt'))).toBe(true);
  });

  it('a restarted server still reports a finished task and its result (task record in CODEX_HOME)', async () => {
    t.h = new Harness(kind, t.mock.configToml());
    const client = await t.h.client();
    await client.listTools();
    t.mock.enqueue(reply.text('survives restarts'));
    const { taskId, rest } = await startTask(client, { prompt: 'x', cwd: tmpdir() });
    await rest;
    await t.h.close();
    const again = new Harness(kind, t.mock.configToml(), t.h.codexHome);
    t.h = again;
    const client2 = await again.client();
    expect((await client2.experimental.tasks.getTask(taskId)).status).toBe('completed');
    expect(text(await client2.experimental.tasks.getTaskResult(taskId, CallToolResultSchema))).toBe('survives restarts');
  });

  it('without params.task a tools/call behaves as before (plain CallToolResult)', async () => {
    t.h = new Harness(kind, t.mock.configToml());
    const client = await t.h.client();
    t.mock.enqueue(reply.text('plain'));
    const res = await client.callTool({ name: 'codex', arguments: { prompt: 'x', cwd: tmpdir() } });
    expect(text(res)).toBe('plain');
    expect((res as { task?: unknown }).task).toBeUndefined();
    expect((await client.experimental.tasks.listTasks()).tasks).toEqual([]);
  });
});

describe('MCP tasks over HTTP sessions', () => {
  const t = withMockModel();

  it("a task's result is fetched from a second HTTP session after the first one ended", async () => {
    t.h = new Harness('http', t.mock.configToml());
    const first = await t.h.client();
    await first.listTools();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    t.mock.enqueue(reply.text('fetched elsewhere').after(gate));
    const stream = first.experimental.tasks.callToolStream({ name: 'codex', arguments: { prompt: 'x', cwd: tmpdir() } }, CallToolResultSchema, { task: {} });
    const created = await stream.next();
    const taskId = (created.value as { task: { taskId: string } }).task.taskId;
    await stream.return(undefined);
    // The first session ends (DELETE); the task runs on in the core.
    await (first.transport as unknown as { terminateSession(): Promise<void> }).terminateSession();
    await first.close();
    release();
    const second = await t.h.client();
    expect(text(await second.experimental.tasks.getTaskResult(taskId, CallToolResultSchema))).toBe('fetched elsewhere');
    expect((await second.experimental.tasks.getTask(taskId)).status).toBe('completed');
  });

  it('honours ttl: a finished task is forgotten once its ttl has run out', async () => {
    t.h = new Harness('http', t.mock.configToml());
    const client = await t.h.client();
    await client.listTools();
    t.mock.enqueue(reply.text('short-lived'));
    const stream = client.experimental.tasks.callToolStream({ name: 'codex', arguments: { prompt: 'x', cwd: tmpdir() } }, CallToolResultSchema, { task: { ttl: 1500 } });
    const created = await stream.next();
    const task = (created.value as { task: { taskId: string; ttl: number } }).task;
    expect(task.ttl).toBe(1500);
    for await (const _ of stream) void _;
    expect((await client.experimental.tasks.getTask(task.taskId)).status).toBe('completed');
    await waitUntil(async () => {
      try {
        await client.experimental.tasks.getTask(task.taskId);
        return false;
      } catch (e) {
        return /Unknown task/.test(String(e));
      }
    }, 'the task to expire');
    expect(fs.existsSync(path.join(t.h.codexHome, 'tasks', `${task.taskId}.json`))).toBe(false);
  });
});
