import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as acp from '@agentclientprotocol/sdk';
import { AcpProcess } from '../../support/acp-process';
import { MockModelServer, reply } from '../../support/mock-model-server';
import { findProcesses, isAlive, uniqueSleepSeconds } from '../exec/exec-test-helpers';
import { waitUntil } from '../../support/wait-until';

let mock: MockModelServer;
let agent: AcpProcess | undefined;
let workdir: string;

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
  await agent?.stop();
  agent = undefined;
});

const select = (optionId: string) => (): acp.RequestPermissionResponse => ({ outcome: { outcome: 'selected', optionId } });
const optionOfKind = (req: acp.RequestPermissionRequest, kind: acp.PermissionOptionKind) => req.options.find((o) => o.kind === kind)!.optionId;
type ToolUpdate = Extract<acp.SessionUpdate, { sessionUpdate: 'tool_call' | 'tool_call_update' }>;
const toolUpdates = (a: AcpProcess, sessionId: string, callId: string) =>
  a.updatesOf(sessionId).filter((u): u is ToolUpdate => (u.sessionUpdate === 'tool_call' || u.sessionUpdate === 'tool_call_update') && u.toolCallId === callId);

const PATCH = (file: string) => `*** Begin Patch\n*** Add File: ${file}\n+hello from the patch\n*** End Patch\n`;

describe('ACP tool calls and permissions', () => {
  it('allow_once on session/request_permission runs the command, shown as an execute tool call with its output', async () => {
    mock.enqueue(reply.shell('call-allow', ['sh', '-c', 'touch created.txt && echo made it'], { workdir }), reply.text('Touched.'));
    let answer = '';
    agent = AcpProcess.start({
      configToml: mock.configToml({ approvalPolicy: 'untrusted', sandboxMode: 'danger-full-access' }),
      onPermission: (req) => ({ outcome: { outcome: 'selected', optionId: (answer = optionOfKind(req, 'allow_once')) } }),
    });
    const sessionId = await agent.newSession(workdir);
    const result = await agent.prompt(sessionId, 'touch it');
    expect(result.stopReason).toBe('end_turn');
    expect(answer).toBe('approved');

    expect(agent.permissionRequests).toHaveLength(1);
    const req = agent.permissionRequests[0];
    expect(req.sessionId).toBe(sessionId);
    expect(req.toolCall).toMatchObject({ toolCallId: 'call-allow', kind: 'execute', status: 'pending', title: 'touch created.txt && echo made it' });
    expect(req.options.map((o) => o.kind)).toEqual(['allow_once', 'allow_always', 'reject_once', 'reject_always']);
    expect(fs.existsSync(path.join(workdir, 'created.txt'))).toBe(true);

    const calls = toolUpdates(agent, sessionId, 'call-allow');
    expect(calls[0]).toMatchObject({ sessionUpdate: 'tool_call', kind: 'execute', status: 'pending' });
    expect(calls.some((u) => u.status === 'in_progress')).toBe(true);
    const last = calls.at(-1)!;
    expect(last).toMatchObject({ sessionUpdate: 'tool_call_update', status: 'completed', rawOutput: { exit_code: 0 } });
    expect(JSON.stringify(last.content)).toContain('made it');
    // The tool call comes before the agent's answer to it.
    const texts = agent.updatesOf(sessionId).map((u) => u.sessionUpdate);
    expect(texts.lastIndexOf('tool_call_update')).toBeLessThan(texts.lastIndexOf('agent_message_chunk'));
  });

  it('reject_once does not run the command; the tool call fails and the model is told', async () => {
    mock.enqueue(reply.shell('call-reject', ['touch', 'never.txt'], { workdir }), reply.text('Understood.'));
    agent = AcpProcess.start({ configToml: mock.configToml({ approvalPolicy: 'untrusted', sandboxMode: 'danger-full-access' }), onPermission: select('denied') });
    const sessionId = await agent.newSession(workdir);
    const before = mock.requests.length;
    expect((await agent.prompt(sessionId, 'touch it')).stopReason).toBe('end_turn');
    expect(fs.existsSync(path.join(workdir, 'never.txt'))).toBe(false);
    const calls = toolUpdates(agent, sessionId, 'call-reject');
    expect(calls[0]).toMatchObject({ sessionUpdate: 'tool_call', status: 'pending' });
    expect(calls.at(-1)).toMatchObject({ status: 'failed' });
    expect(calls.some((u) => u.status === 'in_progress')).toBe(false);
    // The follow-up request tells the model the command was not run.
    expect(JSON.stringify(mock.requests[before + 1].body)).toMatch(/declined|rejected|denied/i);
  });

  it('reject_always denies the same command again without asking; a cancelled permission request is a denial', async () => {
    mock.enqueue(
      reply.shell('call-a', ['touch', 'a.txt'], { workdir }),
      reply.shell('call-b', ['touch', 'a.txt'], { workdir }),
      reply.shell('call-c', ['touch', 'c.txt'], { workdir }),
      reply.text('done'),
    );
    let n = 0;
    agent = AcpProcess.start({
      configToml: mock.configToml({ approvalPolicy: 'untrusted', sandboxMode: 'danger-full-access' }),
      onPermission: (req) => (n++ === 0 ? { outcome: { outcome: 'selected', optionId: optionOfKind(req, 'reject_always') } } : { outcome: { outcome: 'cancelled' } }),
    });
    const sessionId = await agent.newSession(workdir);
    expect((await agent.prompt(sessionId, 'go')).stopReason).toBe('end_turn');
    expect(agent.permissionRequests.map((r) => r.toolCall.toolCallId)).toEqual(['call-a', 'call-c']);
    expect(fs.existsSync(path.join(workdir, 'a.txt'))).toBe(false);
    expect(fs.existsSync(path.join(workdir, 'c.txt'))).toBe(false);
  });

  it('a patch is an edit tool call with its diff and is written through fs/write_text_file when the client offers it', async () => {
    fs.writeFileSync(path.join(workdir, 'old.txt'), 'one\ntwo\nthree\n');
    const patch = `*** Begin Patch\n*** Add File: new.txt\n+hello from the patch\n*** Update File: old.txt\n@@\n one\n-two\n+TWO\n three\n*** End Patch\n`;
    mock.enqueue(reply.shell('call-patch', ['apply_patch', patch], { workdir }), reply.text('Patched.'));
    agent = AcpProcess.start({ configToml: mock.configToml({ approvalPolicy: 'on-request', sandboxMode: 'workspace-write' }), clientFs: true });
    const sessionId = await agent.newSession(workdir);
    expect((await agent.prompt(sessionId, 'patch it')).stopReason).toBe('end_turn');

    const calls = toolUpdates(agent, sessionId, 'call-patch');
    const announced = calls.find((u) => u.sessionUpdate === 'tool_call')!;
    expect(announced).toMatchObject({ kind: 'edit', status: 'in_progress' });
    expect(announced.locations).toEqual(expect.arrayContaining([{ path: path.join(workdir, 'new.txt') }, expect.objectContaining({ path: path.join(workdir, 'old.txt') })]));
    expect(announced.content).toEqual(
      expect.arrayContaining([
        { type: 'diff', path: path.join(workdir, 'new.txt'), oldText: null, newText: 'hello from the patch\n' },
        { type: 'diff', path: path.join(workdir, 'old.txt'), oldText: 'one\ntwo\nthree', newText: 'one\nTWO\nthree' },
      ]),
    );
    expect(calls.at(-1)).toMatchObject({ status: 'completed' });
    expect(agent.writes.map((w) => [w.sessionId, w.path, w.content])).toEqual([
      [sessionId, path.join(workdir, 'new.txt'), 'hello from the patch\n'],
      [sessionId, path.join(workdir, 'old.txt'), 'one\nTWO\nthree\n'],
    ]);
    expect(fs.readFileSync(path.join(workdir, 'old.txt'), 'utf8')).toBe('one\nTWO\nthree\n');
  });

  it('a patch is matched against the editor buffer (fs/read_text_file), unsaved edits included', async () => {
    const file = path.join(workdir, 'buffer.txt');
    fs.writeFileSync(file, 'one\nsaved on disk\n');
    const patch = `*** Begin Patch\n*** Update File: buffer.txt\n@@\n one\n-unsaved in editor\n+patched\n*** End Patch\n`;
    mock.enqueue(reply.shell('call-buffer', ['apply_patch', patch], { workdir }), reply.text('ok'));
    agent = AcpProcess.start({ configToml: mock.configToml(), clientFs: true, buffers: { [file]: 'one\nunsaved in editor\n' } });
    const sessionId = await agent.newSession(workdir);
    expect((await agent.prompt(sessionId, 'patch it')).stopReason).toBe('end_turn');
    expect(agent.reads.map((r) => [r.sessionId, r.path])).toEqual([[sessionId, file]]);
    expect(agent.writes.map((w) => [w.path, w.content])).toEqual([[file, 'one\npatched\n']]);
    expect(toolUpdates(agent, sessionId, 'call-buffer').at(-1)).toMatchObject({ status: 'completed' });
  });

  it('without the fs capability the patch is applied locally and nothing is sent to the client', async () => {
    mock.enqueue(reply.shell('call-local', ['apply_patch', PATCH('local.txt')], { workdir }), reply.text('ok'));
    agent = AcpProcess.start({ configToml: mock.configToml({ approvalPolicy: 'never', sandboxMode: 'danger-full-access' }) });
    const sessionId = await agent.newSession(workdir);
    expect((await agent.prompt(sessionId, 'patch it')).stopReason).toBe('end_turn');
    expect(fs.readFileSync(path.join(workdir, 'local.txt'), 'utf8')).toBe('hello from the patch\n');
    expect(agent.writes).toEqual([]);
    expect(toolUpdates(agent, sessionId, 'call-local').at(-1)).toMatchObject({ status: 'completed' });
  });

  it('client writes stay inside the writable roots: an auto-approved patch through a symlink out of the workspace is refused', async () => {
    const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'acp-outside-')));
    fs.symlinkSync(outside, path.join(workdir, 'link'));
    // on-failure auto-approves every patch; /tmp and $TMPDIR are not roots here, only the cwd.
    mock.enqueue(reply.shell('call-escape', ['apply_patch', PATCH('link/evil.txt')], { workdir }), reply.text('ok'));
    agent = AcpProcess.start({
      configToml: mock.configToml({ approvalPolicy: 'on-failure', sandboxMode: 'workspace-write' }),
      args: ['-c', 'sandbox_workspace_write.exclude_slash_tmp=true', '-c', 'sandbox_workspace_write.exclude_tmpdir_env_var=true'],
      clientFs: true,
    });
    const sessionId = await agent.newSession(workdir);
    expect((await agent.prompt(sessionId, 'patch it')).stopReason).toBe('end_turn');
    expect(agent.writes).toEqual([]);
    expect(fs.existsSync(path.join(outside, 'evil.txt'))).toBe(false);
    // The refusal is a sandbox denial: on-failure asks before retrying without the sandbox (denied here).
    expect(agent.permissionRequests.map((r) => r.toolCall.toolCallId)).toEqual(['call-escape']);
    expect(JSON.stringify(agent.permissionRequests[0].toolCall.content)).toContain('without the sandbox');
    expect(toolUpdates(agent, sessionId, 'call-escape').at(-1)).toMatchObject({ status: 'failed' });
    expect(JSON.stringify(mock.requests.at(-1)!.body)).toContain('patch rejected by user');
  });

  it('a patch the policy asks about raises session/request_permission with the diff; allow_once writes it', async () => {
    mock.enqueue(reply.shell('call-ask', ['apply_patch', PATCH('asked.txt')], { workdir }), reply.text('ok'));
    agent = AcpProcess.start({ configToml: mock.configToml({ approvalPolicy: 'untrusted', sandboxMode: 'workspace-write' }), clientFs: true, onPermission: select('approved') });
    const sessionId = await agent.newSession(workdir);
    expect((await agent.prompt(sessionId, 'patch it')).stopReason).toBe('end_turn');
    expect(agent.permissionRequests[0].toolCall).toMatchObject({
      toolCallId: 'call-ask',
      kind: 'edit',
      content: [{ type: 'diff', path: path.join(workdir, 'asked.txt'), oldText: null, newText: 'hello from the patch\n' }],
    });
    expect(agent.writes.map((w) => w.path)).toEqual([path.join(workdir, 'asked.txt')]);
  });

  it('update_plan becomes a plan update', async () => {
    const plan = { explanation: 'steps', plan: [{ step: 'read', status: 'completed' }, { step: 'write', status: 'in_progress' }] };
    mock.enqueue(reply.functionCall('call-plan', 'update_plan', plan), reply.text('ok'));
    agent = AcpProcess.start({ configToml: mock.configToml(), args: ['-c', 'include_plan_tool=true'] });
    const sessionId = await agent.newSession(workdir);
    expect((await agent.prompt(sessionId, 'plan')).stopReason).toBe('end_turn');
    expect(agent.updatesOf(sessionId)).toContainEqual({
      sessionUpdate: 'plan',
      entries: [
        { content: 'read', priority: 'medium', status: 'completed' },
        { content: 'write', priority: 'medium', status: 'in_progress' },
      ],
    });
  });
});

describe('ACP cancel', () => {
  it('session/cancel during a hung model stream answers the prompt with cancelled', async () => {
    mock.enqueue(reply.hang());
    agent = AcpProcess.start({ configToml: mock.configToml() });
    const sessionId = await agent.newSession(workdir);
    const before = mock.requests.length;
    const prompt = agent.prompt(sessionId, 'wait forever');
    await mock.waitForRequests(before + 1);
    await agent.agent.notify('session/cancel', { sessionId });
    await expect(prompt).resolves.toEqual({ stopReason: 'cancelled' });
    // The session keeps working.
    mock.enqueue(reply.text('back again'));
    await expect(agent.prompt(sessionId, 'hello?')).resolves.toEqual({ stopReason: 'end_turn' });
  });

  it('session/cancel while a command runs kills it and answers cancelled', async () => {
    // A duration no other process on the machine sleeps for: how the test finds its command
    // (the command runs in its own pid namespace, so its own $$ would not name it).
    const seconds = uniqueSleepSeconds();
    mock.enqueue(reply.shell('call-sleep', ['sh', '-c', `echo started; exec sleep ${seconds}`], { workdir }));
    agent = AcpProcess.start({ configToml: mock.configToml() });
    const sessionId = await agent.newSession(workdir);
    const prompt = agent.prompt(sessionId, 'sleep');
    // The output streams into the tool call while the command runs.
    await agent.waitFor(() => JSON.stringify(toolUpdates(agent!, sessionId, 'call-sleep').map((u) => u.content ?? [])).includes('started'), 'the command output in a tool_call_update');
    await waitUntil(() => findProcesses(['sleep', seconds]).length > 0, 'the sleep process');
    const pids = findProcesses(['sleep', seconds]);
    await agent.agent.notify('session/cancel', { sessionId });
    await expect(prompt).resolves.toEqual({ stopReason: 'cancelled' });
    await waitUntil(() => pids.every((pid) => !isAlive(pid)), 'the command to be killed');
    expect(toolUpdates(agent, sessionId, 'call-sleep').at(-1)).toMatchObject({ status: 'failed' });
  });
});
