import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { McpProcess } from '../../support/mcp-process';
import { MockModelServer, reply } from '../../support/mock-model-server';
import { waitUntil } from '../../support/wait-until';
import { pidsWithArg, uniqueSleepToken, waitForPidFile } from '../../support/process-alive';
import { waitForFile } from '../../support/rollout-files';

const tmpdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'codex-work-'));
const text = (t: string) => ({ type: 'text', data: { text: t } });

describe('conversation API (spawned server, mock model over HTTP)', () => {
  let mock: MockModelServer;
  let p: McpProcess;
  beforeEach(async () => {
    mock = await MockModelServer.start();
  });
  afterEach(async () => {
    await p?.close();
    await mock.close();
  });

  async function start(opts: { wireApi?: 'chat' | 'responses'; approvalPolicy?: string; codexHome?: string } = {}) {
    p = await McpProcess.start({ configToml: mock.configToml({ wireApi: opts.wireApi, approvalPolicy: opts.approvalPolicy }), codexHome: opts.codexHome });
    await p.initialize();
  }
  async function newConversation(params: Record<string, unknown> = {}) {
    const res = await p.call('newConversation', { cwd: tmpdir(), ...params });
    expect(res.error).toBeUndefined();
    return res.result as { conversationId: string; model: string; rolloutPath: string };
  }
  /** A round trip: every notification the server wrote before answering it has arrived. */
  const caughtUp = () => p.call('getUserAgent');
  const evs = (conversationId: string, type?: string) =>
    p.messages.filter((m) => m.method?.startsWith('codex/event/') && m.params?.conversationId === conversationId && (!type || m.params.msg.type === type));

  it('newConversation + listener + sendUserMessage: {} first, then the events', async () => {
    await start();
    const conv = await newConversation();
    expect(conv).toEqual({ conversationId: expect.any(String), model: 'mock-model', rolloutPath: expect.stringContaining(conv.conversationId) });
    expect(fs.existsSync(conv.rolloutPath)).toBe(true);
    const sub = await p.call('addConversationListener', { conversationId: conv.conversationId });
    expect(sub.result.subscriptionId).toEqual(expect.any(String));
    mock.enqueue(reply.text('conversation reply'));
    const sendId = p.request('sendUserMessage', { conversationId: conv.conversationId, items: [text('hi')] });
    const done = await p.waitFor((m) => m.method === 'codex/event/task_complete');
    const resp = await p.response(sendId);
    expect(resp.result).toEqual({});
    expect(p.messages.indexOf(resp)).toBeLessThan(p.messages.findIndex((m) => m.method === 'codex/event/task_started'));
    expect(done.params).toEqual({ id: '0', msg: { type: 'task_complete', last_agent_message: 'conversation reply' }, conversationId: conv.conversationId });
    expect(evs(conv.conversationId).some((m) => m.params.msg.type === 'session_configured')).toBe(false);
  });

  it('accepts the flat item form and rejects bad params with -32602 naming the field', async () => {
    await start();
    const conv = await newConversation();
    await p.call('addConversationListener', { conversationId: conv.conversationId });
    mock.enqueue(reply.text('flat ok'));
    expect((await p.call('sendUserMessage', { conversationId: conv.conversationId, items: [{ type: 'text', text: 'flat' }] })).result).toEqual({});
    await p.waitFor((m) => m.method === 'codex/event/task_complete');
    expect(mock.requests[0].body.messages.at(-1)).toEqual({ role: 'user', content: 'flat' });
    const bad = await p.call('newConversation', { model: 5 });
    expect(bad.error).toMatchObject({ code: -32602, message: expect.stringContaining('model must be a string') });
    const badItems = await p.call('sendUserMessage', { conversationId: conv.conversationId, items: [{ type: 'video' }] });
    expect(badItems.error).toMatchObject({ code: -32602, message: expect.stringContaining('items.0.type') });
    const noText = await p.call('sendUserMessage', { conversationId: conv.conversationId, items: [{ type: 'text', data: {} }] });
    expect(noText.error).toMatchObject({ code: -32602, message: expect.stringContaining('items.0.data.text') });
  });

  it('not-found errors use the reference texts', async () => {
    await start();
    const id = '00000000-0000-4000-8000-000000000000';
    for (const method of ['sendUserMessage', 'addConversationListener', 'interruptConversation']) {
      const res = await p.call(method, { conversationId: id, items: [text('x')] });
      expect(res.error).toEqual({ code: -32600, message: `conversation not found: ${id}` });
    }
    const rm = await p.call('removeConversationListener', { subscriptionId: 'nope' });
    expect(rm.error).toEqual({ code: -32600, message: 'subscription not found: nope' });
    const prof = await p.call('newConversation', { profile: 'nope' });
    expect(prof.error).toEqual({ code: -32600, message: 'error deriving config: config profile `nope` not found' });
  });

  it('two listeners each receive every event; removing one stops its delivery', async () => {
    await start();
    const conv = await newConversation();
    const a = (await p.call('addConversationListener', { conversationId: conv.conversationId })).result.subscriptionId;
    await p.call('addConversationListener', { conversationId: conv.conversationId });
    mock.enqueue(reply.text('one'));
    await p.call('sendUserMessage', { conversationId: conv.conversationId, items: [text('x')] });
    await p.waitFor((m) => m.method === 'codex/event/task_complete');
    await caughtUp();
    expect(evs(conv.conversationId, 'task_complete')).toHaveLength(2);
    expect((await p.call('removeConversationListener', { subscriptionId: a })).result).toEqual({});
    mock.enqueue(reply.text('two'));
    await p.call('sendUserMessage', { conversationId: conv.conversationId, items: [text('y')] });
    await p.waitFor((m) => m.method === 'codex/event/task_complete' && m.params.msg.last_agent_message === 'two');
    await caughtUp();
    expect(evs(conv.conversationId, 'task_complete').filter((m) => m.params.msg.last_agent_message === 'two')).toHaveLength(1);
    expect((await p.call('removeConversationListener', { subscriptionId: a })).error?.code).toBe(-32600);
  });

  it('a listener added after a turn gets that turn’s events exactly once', async () => {
    await start();
    const conv = await newConversation();
    mock.enqueue(reply.text('early'));
    await p.call('sendUserMessage', { conversationId: conv.conversationId, items: [text('x')] });
    // The turn has ended (its last event is in the rollout) before anybody listens.
    await waitForFile(conv.rolloutPath, (t) => t.includes('"type":"task_complete"'));
    await p.call('addConversationListener', { conversationId: conv.conversationId });
    await p.waitFor((m) => m.method === 'codex/event/task_complete');
    await caughtUp();
    expect(evs(conv.conversationId, 'task_complete')).toHaveLength(1);
    expect(evs(conv.conversationId, 'task_started')).toHaveLength(1);
  });

  it('exec approval is a server request with snake_case params; approved runs the command', async () => {
    await start({ approvalPolicy: 'untrusted' });
    const conv = await newConversation();
    await p.call('addConversationListener', { conversationId: conv.conversationId });
    mock.enqueue(reply.shell('call1', ['sh', '-c', 'echo 42 > answer.txt']), reply.text('done 1'));
    await p.call('sendUserMessage', { conversationId: conv.conversationId, items: [text('run it')] });
    const req = await p.waitFor((m) => m.method === 'execCommandApproval');
    expect(req.params).toEqual({ conversation_id: conv.conversationId, call_id: 'call1', command: ['sh', '-c', 'echo 42 > answer.txt'], cwd: expect.any(String) });
    expect(p.messages.findIndex((m) => m.method === 'codex/event/exec_approval_request')).toBeLessThan(p.messages.indexOf(req));
    p.respond(req.id, { decision: 'approved' });
    await p.waitFor((m) => m.method === 'codex/event/task_complete');
    expect(fs.readFileSync(path.join(req.params.cwd, 'answer.txt'), 'utf8')).toBe('42\n');
  });

  it('patch approval request carries file_changes; denied writes nothing', async () => {
    await start({ approvalPolicy: 'untrusted' });
    const conv = await newConversation();
    await p.call('addConversationListener', { conversationId: conv.conversationId });
    mock.enqueue(reply.shell('call-p', ['apply_patch', '*** Begin Patch\n*** Add File: hello.txt\n+hello\n*** End Patch']), reply.text('ok'));
    await p.call('sendUserMessage', { conversationId: conv.conversationId, items: [text('patch')] });
    const req = await p.waitFor((m) => m.method === 'applyPatchApproval');
    const file = Object.keys(req.params.file_changes)[0];
    expect(req.params).toEqual({ conversation_id: conv.conversationId, call_id: 'call-p', file_changes: { [file]: { add: { content: 'hello\n' } } } });
    p.respond(req.id, { decision: 'denied' });
    await p.waitFor((m) => m.method === 'codex/event/task_complete');
    expect(fs.existsSync(file)).toBe(false);
  });

  it.each(['chat', 'responses'] as const)('sendUserTurn switches untrusted → never and changes the model (%s wire)', async (wireApi) => {
    await start({ approvalPolicy: 'untrusted', wireApi });
    const conv = await newConversation();
    await p.call('addConversationListener', { conversationId: conv.conversationId });
    const cwd = tmpdir();
    mock.enqueue(reply.shell('c1', ['touch', 'turn.txt']), reply.text('turned'));
    const res = await p.call('sendUserTurn', {
      conversationId: conv.conversationId,
      items: [text('go')],
      cwd,
      approvalPolicy: 'never',
      sandboxPolicy: { mode: 'danger-full-access' },
      model: 'other-model',
      effort: 'medium',
      summary: 'auto',
    });
    expect(res.result).toEqual({});
    await p.waitFor((m) => m.method === 'codex/event/task_complete');
    expect(p.messages.some((m) => m.method === 'execCommandApproval')).toBe(false);
    expect(fs.existsSync(path.join(cwd, 'turn.txt'))).toBe(true);
    expect(mock.requests.map((r) => r.body.model)).toEqual(['other-model', 'other-model']);
  });

  it('interruptConversation answers after turn_aborted, kills a running sleep, and answers at once when idle', async () => {
    await start();
    const cwd = tmpdir();
    const conv = await newConversation({ cwd });
    await p.call('addConversationListener', { conversationId: conv.conversationId });
    const idle = await p.call('interruptConversation', { conversationId: conv.conversationId }, 3000);
    expect(idle.result).toEqual({ abortReason: 'interrupted' });
    const secs = uniqueSleepToken();
    mock.enqueue(reply.shell('c-sleep', ['sh', '-c', `echo $$ > pid.txt; exec sleep ${secs}`], { timeout_ms: 60000 }));
    await p.call('sendUserMessage', { conversationId: conv.conversationId, items: [text('sleep')] });
    await p.waitFor((m) => m.method === 'codex/event/exec_command_begin');
    const pidFile = path.join(cwd, 'pid.txt');
    await waitForPidFile(pidFile);
    expect(pidsWithArg(secs).length).toBeGreaterThan(0);
    const intId = p.request('interruptConversation', { conversationId: conv.conversationId });
    const res = await p.response(intId);
    expect(res.result).toEqual({ abortReason: 'interrupted' });
    const aborted = p.messages.findIndex((m) => m.method === 'codex/event/turn_aborted');
    expect(aborted).toBeGreaterThan(-1);
    expect(aborted).toBeLessThan(p.messages.indexOf(res));
    await waitUntil(() => pidsWithArg(secs).length === 0, 'the command and everything it started to die');
    mock.enqueue(reply.text('still alive'));
    await p.call('sendUserMessage', { conversationId: conv.conversationId, items: [text('next')] });
    await p.waitFor((m) => m.method === 'codex/event/task_complete' && m.params.msg.last_agent_message === 'still alive');
  });

  it('list → resume → continue a conversation recorded by a previous server process', async () => {
    await start();
    const codexHome = p.codexHome;
    const conv = await newConversation();
    await p.call('addConversationListener', { conversationId: conv.conversationId });
    mock.enqueue(reply.text('remembered answer'));
    await p.call('sendUserMessage', { conversationId: conv.conversationId, items: [text('remember this')] });
    await p.waitFor((m) => m.method === 'codex/event/task_complete');
    await p.close();

    await start({ codexHome });
    const list = await p.call('listConversations', {});
    expect(list.result.items[0]).toMatchObject({ conversationId: conv.conversationId, path: conv.rolloutPath, preview: 'remember this' });
    const resumed = await p.call('resumeConversation', { path: conv.rolloutPath });
    expect(resumed.result).toMatchObject({ conversationId: conv.conversationId, model: 'mock-model' });
    expect(Array.isArray(resumed.result.initialMessages)).toBe(true);
    await p.call('addConversationListener', { conversationId: conv.conversationId });
    mock.enqueue(reply.text('continued'));
    await p.call('sendUserMessage', { conversationId: conv.conversationId, items: [text('what did I say?')] });
    await p.waitFor((m) => m.method === 'codex/event/task_complete');
    const body = JSON.stringify(mock.requests.at(-1)!.body.messages);
    expect(body).toContain('remember this');
    expect(body).toContain('remembered answer');
  });

  it('archiveConversation moves the rollout to archived_sessions', async () => {
    await start();
    const conv = await newConversation();
    expect((await p.call('archiveConversation', { conversationId: conv.conversationId, rolloutPath: conv.rolloutPath })).result).toEqual({});
    expect(fs.existsSync(conv.rolloutPath)).toBe(false);
    expect(fs.existsSync(path.join(p.codexHome, 'archived_sessions', path.basename(conv.rolloutPath)))).toBe(true);
  });

  it('gitDiffToRemote diffs tracked and untracked changes against the remote-tracking commit', async () => {
    await start();
    const remote = tmpdir();
    const work = tmpdir();
    const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd }).toString();
    git(remote, 'init', '-q', '--bare');
    git(work, 'init', '-q');
    fs.writeFileSync(path.join(work, 'a.txt'), 'one\n');
    git(work, 'add', '.');
    git(work, 'commit', '-qm', 'first');
    git(work, 'remote', 'add', 'origin', remote);
    git(work, 'push', '-q', 'origin', 'HEAD:main');
    git(work, 'fetch', '-q', 'origin');
    const sha = git(work, 'rev-parse', 'HEAD').trim();
    fs.writeFileSync(path.join(work, 'a.txt'), 'two\n');
    fs.writeFileSync(path.join(work, 'new.txt'), 'fresh\n');
    const res = await p.call('gitDiffToRemote', { cwd: work });
    expect(res.result.sha).toBe(sha);
    expect(res.result.diff).toContain('-one\n+two');
    expect(res.result.diff).toContain('+fresh');
    const notGit = tmpdir();
    const err = await p.call('gitDiffToRemote', { cwd: notGit });
    expect(err.error).toEqual({ code: -32600, message: `failed to compute git diff to remote for cwd: ${JSON.stringify(notGit)}` });
  });

  it('getConfigToml, getUserAgent and execOneOffCommand', async () => {
    await start({ approvalPolicy: 'untrusted' });
    const cfg = await p.call('getConfigToml');
    expect(cfg.result).toMatchObject({ approvalPolicy: 'untrusted', sandboxMode: 'danger-full-access', model: 'mock-model' });
    expect((await p.call('getUserAgent')).result.userAgent).toMatch(/^codex-mcp-server\//);
    const run = await p.call('execOneOffCommand', { command: ['sh', '-c', 'echo out; echo err >&2; exit 3'], cwd: tmpdir() });
    expect(run.result).toEqual({ exitCode: 3, stdout: 'out\n', stderr: 'err\n' });
  });
});
