import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { McpProcess } from '../../support/mcp-process';
import { MockModelServer, reply } from '../../support/mock-model-server';
import { rolloutOf, waitForFile } from '../../support/rollout-files';

const tmpdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'codex-work-'));
const events = (p: McpProcess, requestId: number | string) =>
  p.notifications('codex/event').filter((m) => m.params._meta.requestId === requestId);

/** Every line of a rollout, parsed; fails on a partial or glued line. */
function rolloutLines(file: string): { type?: string; payload?: any }[] {
  const text = fs.readFileSync(file, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

describe('crash-safe sessions (spawned servers, mock model over HTTP)', () => {
  let mock: MockModelServer;
  const servers: McpProcess[] = [];
  beforeEach(async () => {
    mock = await MockModelServer.start();
  });
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
    await mock.close();
  });

  async function server(options: { codexHome?: string; wrapper?: string[] } = {}): Promise<McpProcess> {
    const p = await McpProcess.start({ configToml: options.codexHome ? undefined : mock.configToml(), ...options });
    servers.push(p);
    await p.initialize();
    return p;
  }
  async function codex(p: McpProcess, args: Record<string, unknown>, tool = 'codex') {
    const id = p.request('tools/call', { name: tool, arguments: args });
    return { id, res: await p.response(id) };
  }

  it('a write past the file size limit keeps every earlier line whole, stops recording, tells the client, and the session keeps working', async () => {
    // RLIMIT_FSIZE (works as root): writes past 256 KiB fail with EFBIG, as on a full disk.
    const p = await server({ wrapper: ['prlimit', `--fsize=${256 * 1024}`, '--'] });
    mock.enqueue(reply.text('first answer'));
    const first = await codex(p, { prompt: 'small turn', cwd: tmpdir() });
    const sessionId = first.res.result.structuredContent.sessionId;
    const file = rolloutOf(p.codexHome, sessionId);
    // The last event's own line follows the answer.
    await waitForFile(file, (t) => t.includes('"last_agent_message":"first answer"'));
    const before = rolloutLines(file);
    expect(before.at(-1)).toMatchObject({ type: 'event_msg', payload: { type: 'task_complete', last_agent_message: 'first answer' } });

    // 400 KB of output: the exec_command_end line alone passes the limit.
    mock.enqueue(reply.shell('big', ['sh', '-c', 'head -c 400000 /dev/zero | tr "\\0" y']), reply.text('second answer'));
    const second = await codex(p, { sessionId, prompt: 'big turn' }, 'codex-reply');
    expect(second.res.result.content[0].text).toBe('second answer');
    const notes = events(p, second.id).filter((e) => e.params.msg.type === 'background_event').map((e) => e.params.msg.message);
    expect(notes).toEqual([expect.stringMatching(new RegExp(`^session recording stopped: failed to write ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: EFBIG\\. `))]);

    const after = rolloutLines(file);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(fs.statSync(file).size).toBeLessThanOrEqual(256 * 1024);
    expect(after.some((l) => l.payload?.type === 'exec_command_end')).toBe(false);

    // Still answering; nothing more is recorded (a later line would follow a gap).
    mock.enqueue(reply.text('third answer'));
    const third = await codex(p, { sessionId, prompt: 'after the failure' }, 'codex-reply');
    expect(third.res.result.content[0].text).toBe('third answer');
    expect(JSON.stringify(mock.requests.at(-1)?.body.messages)).toContain('big turn');
    expect(rolloutLines(file)).toEqual(after);
  });

  it('a session live in one server is refused by a second; after the first dies its stale lock is taken over', async () => {
    const a = await server();
    mock.enqueue(reply.text('from A'));
    const cwd = tmpdir();
    const { res } = await codex(a, { prompt: 'start in A', cwd });
    const sessionId = res.result.structuredContent.sessionId;
    const file = rolloutOf(a.codexHome, sessionId);
    expect(JSON.parse(fs.readFileSync(`${file}.lock`, 'utf8'))).toMatchObject({ pid: a.child.pid });

    const b = await server({ codexHome: a.codexHome });
    const refusal = `session ${sessionId} is open in another codex-mcp-server process (pid ${a.child.pid}); end it there first (lock file ${file}.lock)`;
    const reply1 = await codex(b, { sessionId, prompt: 'from B' }, 'codex-reply');
    expect(reply1.res.result).toEqual({ content: [{ text: refusal, type: 'text' }], isError: true });
    const api = await b.call('sendUserMessage', { conversationId: sessionId, items: [{ type: 'text', data: { text: 'x' } }] });
    expect(api.error).toEqual({ code: -32600, message: refusal });
    const resume = await b.call('resumeConversation', { path: file });
    expect(resume.error?.message).toContain(refusal);
    expect(mock.requests).toHaveLength(1);

    // A crashes: its lock stays behind, naming a dead pid.
    a.child.kill('SIGKILL');
    await a.exited;
    expect(fs.existsSync(`${file}.lock`)).toBe(true);
    mock.enqueue(reply.text('B took over'));
    const reply2 = await codex(b, { sessionId, prompt: 'from B again' }, 'codex-reply');
    expect(reply2.res.result.content[0].text).toBe('B took over');
    expect(JSON.parse(fs.readFileSync(`${file}.lock`, 'utf8'))).toMatchObject({ pid: b.child.pid });
    expect(JSON.stringify(mock.requests[1].body.messages)).toContain('start in A');
    // One writer at a time: A's lines (its answer was fsynced before A replied), then B's, each whole.
    await waitForFile(file, (t) => t.includes('"last_agent_message":"B took over"'));
    const answers = rolloutLines(file)
      .filter((l) => l.type === 'response_item' && l.payload.role === 'assistant')
      .map((l) => l.payload.content[0].text);
    expect(answers).toEqual(['from A', 'B took over']);

    // A clean exit releases the lock.
    await b.close();
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });
});
