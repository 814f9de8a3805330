import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AcpProcess } from '../../support/acp-process';
import { McpProcess } from '../../support/mcp-process';
import { MockModelServer, reply } from '../../support/mock-model-server';

let mock: MockModelServer;
let workdir: string;
const running: { stop(): Promise<void> }[] = [];

beforeAll(async () => {
  mock = await MockModelServer.start();
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => {
  workdir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'acp-work-')));
});
afterEach(async () => {
  for (const p of running.splice(0)) await p.stop();
});

function startAgent(options: Parameters<typeof AcpProcess.start>[0]): AcpProcess {
  const a = AcpProcess.start(options);
  running.push(a);
  return a;
}

describe('ACP session/load, modes and list', () => {
  it('session/load in a new agent replays the recorded session as updates before answering, then continues it', async () => {
    mock.enqueue(reply.shell('call-ls', ['echo', 'listing'], { workdir }), reply.text('first answer'));
    const first = startAgent({ configToml: mock.configToml() });
    const sessionId = await first.newSession(workdir);
    expect((await first.prompt(sessionId, 'first question')).stopReason).toBe('end_turn');
    await first.stop();
    running.splice(0);

    const second = startAgent({ codexHome: first.codexHome });
    await second.initialize();
    const loaded = await second.agent.request('session/load', { sessionId, cwd: workdir, mcpServers: [] });
    expect(loaded.modes?.currentModeId).toBe('full-access');
    // Everything was replayed before the answer arrived.
    const replayed = second.updatesOf(sessionId);
    expect(replayed).toContainEqual({ sessionUpdate: 'user_message_chunk', content: { type: 'text', text: 'first question' } });
    expect(replayed).toContainEqual({ sessionUpdate: 'agent_message_chunk', content: { type: 'text', text: 'first answer' } });
    expect(replayed).toContainEqual(expect.objectContaining({ sessionUpdate: 'tool_call', toolCallId: 'call-ls', kind: 'execute', title: 'echo listing' }));
    expect(replayed).toContainEqual(expect.objectContaining({ sessionUpdate: 'tool_call_update', toolCallId: 'call-ls', status: 'completed' }));
    expect(JSON.stringify(replayed)).not.toContain('environment_context');
    const order = replayed.map((u) => u.sessionUpdate);
    expect(order.indexOf('user_message_chunk')).toBeLessThan(order.indexOf('tool_call'));
    expect(order.indexOf('tool_call')).toBeLessThan(order.lastIndexOf('agent_message_chunk'));

    mock.enqueue(reply.text('second answer'));
    expect((await second.prompt(sessionId, 'second question')).stopReason).toBe('end_turn');
    const history = JSON.stringify(mock.requests.at(-1)!.body);
    expect(history).toContain('first question');
    expect(history).toContain('first answer');
    expect(history).toContain('second question');
  });

  it('session/load of an unknown session is a clear resource-not-found error', async () => {
    const a = startAgent({ configToml: mock.configToml() });
    await a.initialize();
    await expect(a.agent.request('session/load', { sessionId: '00000000-0000-0000-0000-000000000000', cwd: workdir, mcpServers: [] })).rejects.toMatchObject({
      code: -32002,
      message: expect.stringContaining('session not found'),
    });
  });

  it('session/set_mode switches the approval preset: under read-only a command cannot write', async () => {
    mock.enqueue(reply.shell('call-full', ['touch', 'full.txt'], { workdir }), reply.text('ok'), reply.shell('call-ro', ['touch', 'ro.txt'], { workdir }), reply.text('ok'));
    const a = startAgent({ configToml: mock.configToml() });
    const sessionId = await a.newSession(workdir);
    expect((await a.prompt(sessionId, 'touch')).stopReason).toBe('end_turn');
    expect(fs.existsSync(path.join(workdir, 'full.txt'))).toBe(true);
    await a.agent.request('session/set_mode', { sessionId, modeId: 'read-only' });
    expect(a.updatesOf(sessionId)).toContainEqual({ sessionUpdate: 'current_mode_update', currentModeId: 'read-only' });
    expect((await a.prompt(sessionId, 'touch again')).stopReason).toBe('end_turn');
    expect(fs.existsSync(path.join(workdir, 'ro.txt'))).toBe(false);
    expect(a.updatesOf(sessionId).filter((u) => u.sessionUpdate === 'tool_call_update' && u.toolCallId === 'call-ro').at(-1)).toMatchObject({ status: 'failed' });
    // The model is told about the new policy.
    expect(JSON.stringify(mock.requests.at(-2)!.body)).toContain('read-only');
    await expect(a.agent.request('session/set_mode', { sessionId, modeId: 'yolo' })).rejects.toMatchObject({ code: -32602 });
  });

  it('a config that matches no preset is offered as its own mode, and the profile flag selects config', async () => {
    const toml = `${mock.configToml({ approvalPolicy: 'never', sandboxMode: 'danger-full-access' })}\n[profiles.careful]\napproval_policy = "untrusted"\n`;
    const a = startAgent({ configToml: toml, args: ['--profile', 'careful'] });
    await a.initialize();
    const created = await a.agent.request('session/new', { cwd: workdir, mcpServers: [] });
    expect(created.modes?.currentModeId).toBe('configured');
    expect(created.modes?.availableModes.at(-1)).toMatchObject({ id: 'configured', description: expect.stringContaining('untrusted') });
  });

  it('session/list lists recorded sessions with their cwd and first message', async () => {
    mock.enqueue(reply.text('listed'));
    const a = startAgent({ configToml: mock.configToml() });
    const sessionId = await a.newSession(workdir);
    await a.prompt(sessionId, 'remember me');
    const list = await a.agent.request('session/list', { cwd: workdir });
    expect(list.sessions).toEqual([expect.objectContaining({ sessionId, cwd: workdir, title: 'remember me' })]);
  });
});

describe('ACP bad input', () => {
  it('unknown methods, invalid params and unknown sessions get JSON-RPC errors; the agent keeps serving', async () => {
    const a = startAgent({ configToml: mock.configToml() });
    await expect(a.agent.request('session/new', { cwd: workdir, mcpServers: [] })).rejects.toMatchObject({ code: -32600, message: expect.stringContaining('initialize') });
    await a.initialize();
    await expect(a.agent.request('frobnicate', {})).rejects.toMatchObject({ code: -32601 });
    await expect(a.agent.request('session/new', { cwd: 42, mcpServers: [] } as never)).rejects.toMatchObject({ code: -32602, message: expect.stringContaining('cwd') });
    await expect(a.agent.request('session/new', { cwd: 'relative/dir', mcpServers: [] })).rejects.toMatchObject({ code: -32602 });
    await expect(a.agent.request('session/prompt', { sessionId: 'nope', prompt: [{ type: 'text', text: 'hi' }] })).rejects.toMatchObject({
      code: -32002,
      message: 'session not found: nope',
    });
    const sessionId = (await a.agent.request('session/new', { cwd: workdir, mcpServers: [] })).sessionId;
    await expect(a.agent.request('session/prompt', { sessionId, prompt: [{ type: 'text' }] } as never)).rejects.toMatchObject({ code: -32602, message: expect.stringContaining('text') });
    await expect(a.agent.request('session/prompt', { sessionId, prompt: [{ type: 'audio', data: 'AA==', mimeType: 'audio/wav' }] })).rejects.toMatchObject({ code: -32602 });
    await a.agent.notify('session/cancel', { sessionId: 'nope' });
    mock.enqueue(reply.text('still here'));
    await expect(a.prompt(sessionId, 'hello')).resolves.toEqual({ stopReason: 'end_turn' });
  });

  it('garbage on the wire is answered with a parse error and the next request still works', async () => {
    const raw = await McpProcess.start({ configToml: mock.configToml(), args: ['acp'] });
    running.push({ stop: async () => {
      raw.child.stdin.end();
      await raw.exited;
    } });
    raw.writeRaw('{not json\n');
    const parseError = await raw.waitFor((m) => m.error?.code === -32700);
    expect(parseError.id).toBeNull();
    const id = raw.request('initialize', { protocolVersion: 1 });
    const answer = await raw.response(id);
    expect(answer.result).toMatchObject({ protocolVersion: 1 });
    const bad = raw.request('session/prompt', [1, 2]);
    expect((await raw.response(bad)).error?.code).toBe(-32602);
  });
});
