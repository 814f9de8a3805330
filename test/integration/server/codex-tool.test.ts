import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { McpProcess, JsonRpcMessage } from '../../support/mcp-process';
import { MockModelServer, reply } from '../../support/mock-model-server';
import { waitUntil } from '../../support/wait-until';
import { pidsWithArg, uniqueSleepToken, waitForPidFile } from '../../support/process-alive';

const events = (p: McpProcess, requestId: number | string) =>
  p.notifications('codex/event').filter((m) => m.params._meta.requestId === requestId);
const types = (p: McpProcess, requestId: number | string) => events(p, requestId).map((m) => m.params.msg.type);
const tmpdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'codex-work-'));

describe('codex tool (spawned server, mock model over HTTP)', () => {
  let mock: MockModelServer;
  let p: McpProcess;
  beforeEach(async () => {
    mock = await MockModelServer.start();
  });
  afterEach(async () => {
    await p?.close();
    await mock.close();
  });

  async function start(opts: { wireApi?: 'chat' | 'responses'; approvalPolicy?: string; capabilities?: Record<string, unknown>; extraToml?: string } = {}) {
    p = await McpProcess.start({ configToml: mock.configToml({ wireApi: opts.wireApi, approvalPolicy: opts.approvalPolicy }) + (opts.extraToml ?? '') });
    await p.initialize(opts.capabilities ?? { elicitation: {} });
  }

  it('runs a plain turn (chat wire): events, then the result with the session id', async () => {
    await start();
    const cwd = tmpdir();
    mock.enqueue(reply.text('Hello'));
    const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'hi', cwd } });
    const res = await p.response(id);
    const evs = events(p, id);
    expect(evs[0].params).toEqual({
      _meta: { requestId: id },
      id: '',
      msg: { type: 'session_configured', session_id: expect.any(String), model: 'mock-model', history_log_id: 0, history_entry_count: 0 },
    });
    expect(types(p, id)).toEqual(['session_configured', 'task_started', 'agent_message_delta', 'agent_message', 'task_complete']);
    expect(evs.slice(1).every((e) => e.params.id === String(id))).toBe(true);
    const sessionId = evs[0].params.msg.session_id;
    expect(res.result).toEqual({ content: [{ type: 'text', text: 'Hello' }], structuredContent: { threadId: sessionId, sessionId, content: 'Hello' } });
    // Key order as the reference serialised it.
    expect(p.rawStdout).toContain(`{"id":${id},"jsonrpc":"2.0","result":{"content":[{"text":"Hello","type":"text"}],"structuredContent":`);
    // Every event was written before the response.
    const respIndex = p.messages.indexOf(res);
    expect(p.messages.findIndex((m) => m.params?.msg?.type === 'task_complete')).toBeLessThan(respIndex);
    const body = mock.requests[0].body;
    expect(mock.requests[0].url).toBe('/v1/chat/completions');
    expect(body.model).toBe('mock-model');
    expect(body.stream).toBe(true);
    expect(body.messages[0].role).toBe('system');
    expect(body.messages[1].content).toContain('<environment_context>');
    expect(body.messages[1].content).toContain(`<cwd>${cwd}</cwd>`);
    expect(body.messages.at(-1)).toEqual({ role: 'user', content: 'hi' });
  });

  it('runs a plain turn (responses wire) with deltas and token counts', async () => {
    await start({ wireApi: 'responses' });
    mock.enqueue(reply.textDeltas(['Hel', 'lo']));
    const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'hi', cwd: tmpdir() } });
    const res = await p.response(id);
    expect(res.result.content[0].text).toBe('Hello');
    expect(types(p, id)).toEqual(['session_configured', 'task_started', 'agent_message_delta', 'agent_message_delta', 'agent_message', 'token_count', 'task_complete']);
    expect(mock.requests[0].url).toBe('/v1/responses');
    expect(mock.requests[0].body.prompt_cache_key).toBe(events(p, id)[0].params.msg.session_id);
  });

  it('runs a shell command without asking under approval_policy never', async () => {
    await start();
    const cwd = tmpdir();
    mock.enqueue(reply.shell('call-exec', ['sh', '-c', 'echo hello; touch made.txt']), reply.text('done it'));
    const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'do it', cwd } });
    const res = await p.response(id);
    expect(res.result.content[0].text).toBe('done it');
    expect(fs.existsSync(path.join(cwd, 'made.txt'))).toBe(true);
    const begin = events(p, id).find((e) => e.params.msg.type === 'exec_command_begin')!.params.msg;
    expect(begin).toEqual({ type: 'exec_command_begin', call_id: 'call-exec', command: ['sh', '-c', 'echo hello; touch made.txt'], cwd, parsed_cmd: [{ type: 'unknown', cmd: "sh -c 'echo hello; touch made.txt'" }] });
    const delta = events(p, id).find((e) => e.params.msg.type === 'exec_command_output_delta')!.params.msg;
    expect(delta.chunk).toEqual([...Buffer.from('hello\n')]);
    const end = events(p, id).find((e) => e.params.msg.type === 'exec_command_end')!.params.msg;
    expect(end).toMatchObject({ call_id: 'call-exec', stdout: 'hello\n', stderr: '', aggregated_output: 'hello\n', exit_code: 0, formatted_output: 'hello\n' });
    const toolMsg = mock.requests[1].body.messages.find((m: { role: string }) => m.role === 'tool');
    expect(JSON.parse(toolMsg.content)).toEqual({ output: 'hello\n', metadata: { exit_code: 0, duration_seconds: expect.any(Number) } });
  });

  async function approvalRun(answer: (p: McpProcess, req: JsonRpcMessage) => void) {
    await start({ approvalPolicy: 'untrusted' });
    const cwd = tmpdir();
    mock.enqueue(reply.shell('call1234', ['touch', 'created.txt'], { workdir: cwd }), reply.text('finished'));
    const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'make a file', cwd } });
    const req = await p.waitFor((m) => m.method === 'elicitation/create');
    answer(p, req);
    const res = await p.response(id);
    return { cwd, id, req, res };
  }

  it('asks by elicitation with the reference params (and the same fields under _meta); approved runs it', async () => {
    const { cwd, id, req, res } = await approvalRun((p, req) => p.respond(req.id, { decision: 'approved' }));
    expect(req.id).toBe(0);
    const codex = {
      codex_elicitation: 'exec-approval',
      codex_mcp_tool_call_id: String(id),
      codex_event_id: String(id),
      codex_call_id: 'call1234',
      codex_command: ['touch', 'created.txt'],
      codex_cwd: cwd,
    };
    expect(req.params).toEqual({ message: `Allow Codex to run \`touch created.txt\` in \`${cwd}\`?`, requestedSchema: { properties: {}, type: 'object' }, ...codex, _meta: codex });
    // The approval event precedes the elicitation.
    expect(p.messages.findIndex((m) => m.params?.msg?.type === 'exec_approval_request')).toBeLessThan(p.messages.indexOf(req));
    expect(fs.existsSync(path.join(cwd, 'created.txt'))).toBe(true);
    expect(res.result.content[0].text).toBe('finished');
  });

  it('accepts the MCP standard answer {action: "accept"}', async () => {
    const { cwd } = await approvalRun((p, req) => p.respond(req.id, { action: 'accept' }));
    expect(fs.existsSync(path.join(cwd, 'created.txt'))).toBe(true);
  });

  it('denied (decline) does not run the command and tells the model', async () => {
    const { cwd, id, res } = await approvalRun((p, req) => p.respond(req.id, { action: 'decline' }));
    expect(fs.existsSync(path.join(cwd, 'created.txt'))).toBe(false);
    expect(types(p, id)).not.toContain('exec_command_begin');
    expect(res.result.content[0].text).toBe('finished');
    const toolMsg = mock.requests[1].body.messages.find((m: { role: string }) => m.role === 'tool');
    expect(toolMsg.content).toContain('exec command rejected by user');
  });

  it('a JSON-RPC error answer to the elicitation counts as denied and the turn completes', async () => {
    const { cwd, res } = await approvalRun((p, req) => p.respondError(req.id, -32000, 'no UI'));
    expect(fs.existsSync(path.join(cwd, 'created.txt'))).toBe(false);
    expect(res.result.content[0].text).toBe('finished');
  });

  it('abort ends the turn with turn_aborted and answers the call (isError)', async () => {
    const { id, res } = await approvalRun((p, req) => p.respond(req.id, { decision: 'abort' }));
    expect(types(p, id)).toContain('turn_aborted');
    expect(res.result.isError).toBe(true);
    expect(res.result.content[0].text).toBe('turn aborted');
    expect(mock.requests).toHaveLength(1);
  });

  it('an unanswered elicitation times out (mcp_approval_timeout_ms) as denied and the turn goes on', async () => {
    await start({ approvalPolicy: 'untrusted', extraToml: '' });
    await p.close();
    p = await McpProcess.start({ configToml: mock.configToml({ approvalPolicy: 'untrusted' }).replace('model_provider =', 'mcp_approval_timeout_ms = 300\nmodel_provider =') });
    await p.initialize();
    const cwd = tmpdir();
    mock.enqueue(reply.shell('c-t', ['touch', 'late.txt']), reply.text('gave up'));
    const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'go', cwd } });
    await p.waitFor((m) => m.method === 'elicitation/create');
    const res = await p.response(id);
    expect(res.result.content[0].text).toBe('gave up');
    expect(fs.existsSync(path.join(cwd, 'late.txt'))).toBe(false);
    expect(JSON.stringify(mock.requests[1].body)).toContain('exec command rejected by user');
  });

  it('approvals answered instantly are never lost (20 in a row)', async () => {
    await start({ approvalPolicy: 'untrusted' });
    const cwd = tmpdir();
    const n = 20;
    for (let i = 0; i < n; i++) mock.enqueue(reply.shell(`c${i}`, ['touch', `f${i}.txt`]));
    mock.enqueue(reply.text('all done'));
    let answered = 0;
    p.onMessage((m) => {
      if (m.method !== 'elicitation/create') return;
      answered++;
      p.respond(m.id, { decision: 'approved' });
    });
    const res = await p.call('tools/call', { name: 'codex', arguments: { prompt: 'many', cwd } }, 30000);
    expect(res.result.content[0].text).toBe('all done');
    expect(answered).toBe(n);
    for (let i = 0; i < n; i++) expect(fs.existsSync(path.join(cwd, `f${i}.txt`))).toBe(true);
  });

  it('a client without elicitation support is never asked; the command is denied', async () => {
    await start({ approvalPolicy: 'untrusted', capabilities: {} });
    const cwd = tmpdir();
    mock.enqueue(reply.shell('c1', ['touch', 'x.txt']), reply.text('ok'));
    const res = await p.call('tools/call', { name: 'codex', arguments: { prompt: 'go', cwd } });
    expect(res.result.content[0].text).toBe('ok');
    expect(p.messages.some((m) => m.method === 'elicitation/create')).toBe(false);
    expect(fs.existsSync(path.join(cwd, 'x.txt'))).toBe(false);
  });

  it('patch approval: approved writes the files', async () => {
    await start({ approvalPolicy: 'untrusted' });
    const cwd = tmpdir();
    fs.writeFileSync(path.join(cwd, 'existing.txt'), 'original content\n');
    const patch = '*** Begin Patch\n*** Add File: hello.txt\n+hello\n*** Update File: existing.txt\n@@\n-original content\n+modified content\n*** End Patch';
    mock.enqueue(reply.shell('call-patch', ['apply_patch', patch]), reply.text('patched'));
    const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'patch', cwd } });
    const req = await p.waitFor((m) => m.method === 'elicitation/create');
    expect(req.params).toMatchObject({
      message: 'Allow Codex to apply proposed code changes?',
      codex_elicitation: 'patch-approval',
      codex_call_id: 'call-patch',
      codex_changes: {
        [path.join(cwd, 'hello.txt')]: { add: { content: 'hello\n' } },
        [path.join(cwd, 'existing.txt')]: { update: { unified_diff: '@@ -1 +1 @@\n-original content\n+modified content\n', move_path: null } },
      },
    });
    p.respond(req.id, { decision: 'approved' });
    const res = await p.response(id);
    expect(res.result.content[0].text).toBe('patched');
    expect(fs.readFileSync(path.join(cwd, 'hello.txt'), 'utf8')).toBe('hello\n');
    expect(fs.readFileSync(path.join(cwd, 'existing.txt'), 'utf8')).toBe('modified content\n');
    const begin = events(p, id).find((e) => e.params.msg.type === 'patch_apply_begin')!.params.msg;
    expect(begin.auto_approved).toBe(false);
    const end = events(p, id).find((e) => e.params.msg.type === 'patch_apply_end')!.params.msg;
    expect(end).toMatchObject({ call_id: 'call-patch', success: true, stdout: 'Success. Updated the following files:\nA hello.txt\nM existing.txt\n' });
    expect(types(p, id)).toContain('turn_diff');
  });

  it('patch denied leaves the files alone', async () => {
    await start({ approvalPolicy: 'untrusted' });
    const cwd = tmpdir();
    mock.enqueue(reply.shell('call-patch', ['apply_patch', '*** Begin Patch\n*** Add File: no.txt\n+no\n*** End Patch']), reply.text('ok'));
    const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'patch', cwd } });
    const req = await p.waitFor((m) => m.method === 'elicitation/create');
    p.respond(req.id, { decision: 'denied' });
    await p.response(id);
    expect(fs.existsSync(path.join(cwd, 'no.txt'))).toBe(false);
    expect(JSON.stringify(mock.requests[1].body)).toContain('patch rejected by user');
  });

  it('codex-reply continues the session with the whole history; unknown and malformed ids are isError', async () => {
    await start();
    const cwd = tmpdir();
    mock.enqueue(reply.text('first answer'), reply.text('second answer'));
    const first = await p.call('tools/call', { name: 'codex', arguments: { prompt: 'first question', cwd } });
    const threadId = first.result.structuredContent.threadId;
    const id = p.request('tools/call', { name: 'codex-reply', arguments: { prompt: 'second question', sessionId: threadId } });
    const second = await p.response(id);
    expect(second.result.content[0].text).toBe('second answer');
    expect(types(p, id)).not.toContain('session_configured');
    expect(events(p, id).every((e) => e.params.id === '0')).toBe(true);
    const msgs = mock.requests[1].body.messages.map((m: { role: string; content: string }) => [m.role, m.content]);
    expect(msgs.slice(-3)).toEqual([['user', 'first question'], ['assistant', 'first answer'], ['user', 'second question']]);
    // threadId is accepted as well.
    mock.enqueue(reply.text('third'));
    const third = await p.call('tools/call', { name: 'codex-reply', arguments: { prompt: 'again', threadId } });
    expect(third.result.content[0].text).toBe('third');
    const unknown = await p.call('tools/call', { name: 'codex-reply', arguments: { prompt: 'x', sessionId: '00000000-0000-4000-8000-000000000000' } });
    expect(unknown.result).toMatchObject({ isError: true, content: [{ text: 'Session not found for session_id: 00000000-0000-4000-8000-000000000000' }] });
    const bad = await p.call('tools/call', { name: 'codex-reply', arguments: { prompt: 'x', sessionId: 'nope' } });
    expect(bad.result.content[0].text).toMatch(/^Failed to parse session_id: invalid character/);
    const missing = await p.call('tools/call', { name: 'codex-reply', arguments: { prompt: 'x' } });
    expect(missing.result.content[0].text).toBe('Failed to parse configuration for Codex tool: missing field `sessionId`');
  });

  it('a codex-reply sent while the session is still busy waits and gets a turn of its own', async () => {
    await start();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    mock.enqueue(reply.text('first answer').after(gate), reply.text('reply answer'));
    const first = p.request('tools/call', { name: 'codex', arguments: { prompt: 'first', cwd: tmpdir() } });
    await mock.waitForRequests(1);
    const threadId = events(p, first)[0].params.msg.session_id;
    const second = p.request('tools/call', { name: 'codex-reply', arguments: { prompt: 'second', sessionId: threadId } });
    await p.waitForLog('session busy: the reply waits for the running turn');
    release();
    expect((await p.response(first)).result.content[0].text).toBe('first answer');
    expect((await p.response(second)).result.content[0].text).toBe('reply answer');
    expect(mock.requests).toHaveLength(2);
  });

  it('reports argument and config problems with the reference texts', async () => {
    await start();
    const text = async (args: unknown) => (await p.call('tools/call', args === undefined ? { name: 'codex' } : { name: 'codex', arguments: args })).result;
    expect(await text(undefined)).toEqual({ content: [{ type: 'text', text: 'Missing arguments for codex tool-call; the `prompt` field is required.' }], isError: true });
    expect((await text({})).content[0].text).toBe('Failed to parse configuration for Codex tool: missing field `prompt`');
    expect((await text({ prompt: 5 })).content[0].text).toBe('Failed to parse configuration for Codex tool: invalid type: integer `5`, expected a string');
    expect((await text('hello')).content[0].text).toBe('Failed to parse configuration for Codex tool: invalid type: string "hello", expected struct CodexToolCallParam');
    expect((await text({ prompt: 'x', profile: 'nonexistent' })).content[0].text).toBe('Failed to load Codex configuration from overrides: config profile `nonexistent` not found');
    expect((await text({ prompt: 'x', config: { model_provider: 'nope' } })).content[0].text).toBe('Failed to load Codex configuration from overrides: Model provider `nope` not found');
  });

  it('a model error ends the call with isError and the message', async () => {
    await start();
    mock.enqueue(reply.error(400, { error: { message: 'bad request' } }));
    const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'x', cwd: tmpdir() } });
    const res = await p.response(id);
    expect(res.result.isError).toBe(true);
    expect(res.result.content[0].text).toMatch(/^unexpected status 400 Bad Request: /);
    expect(types(p, id)).toEqual(['session_configured', 'task_started', 'error']);
  });

  it('notifications/cancelled interrupts the turn, sends no answer, and a later codex-reply works', async () => {
    await start();
    const cwd = tmpdir();
    mock.enqueue(reply.hang());
    const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'hang', cwd } });
    await p.waitFor((m) => m.params?.msg?.type === 'task_started');
    const threadId = events(p, id)[0].params.msg.session_id;
    p.notify('notifications/cancelled', { requestId: id, reason: 'user' });
    await p.waitFor((m) => m.params?.msg?.type === 'turn_aborted');
    mock.enqueue(reply.text('after cancel'));
    const next = await p.call('tools/call', { name: 'codex-reply', arguments: { prompt: 'again', sessionId: threadId } });
    expect(next.result.content[0].text).toBe('after cancel');
    expect(p.messages.some((m) => m.id === id && m.method === undefined)).toBe(false);
  });

  it('cancelling kills a running command', async () => {
    await start();
    const cwd = tmpdir();
    const secs = uniqueSleepToken();
    mock.enqueue(reply.shell('c-sleep', ['sh', '-c', `echo $$ > pid.txt; exec sleep ${secs}`], { timeout_ms: 60000 }));
    const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'sleep', cwd } });
    await p.waitFor((m) => m.params?.msg?.type === 'exec_command_begin');
    await waitForPidFile(path.join(cwd, 'pid.txt'));
    expect(pidsWithArg(secs).length).toBeGreaterThan(0);
    p.notify('notifications/cancelled', { requestId: id });
    await p.waitFor((m) => m.params?.msg?.type === 'turn_aborted');
    await waitUntil(() => pidsWithArg(secs).length === 0, 'the command and everything it started to die');
    expect(types(p, id)).not.toContain('exec_command_end');
  });

  it.each(['stdin EOF', 'SIGTERM'])('no command outlives the server (%s)', async (how) => {
    await start();
    const cwd = tmpdir();
    const secs = uniqueSleepToken();
    mock.enqueue(reply.shell('c-sleep', ['sh', '-c', `sleep ${secs} & echo $! > pid.txt; wait`], { timeout_ms: 60000 }));
    p.request('tools/call', { name: 'codex', arguments: { prompt: 'sleep', cwd } });
    await p.waitFor((m) => m.params?.msg?.type === 'exec_command_begin');
    await waitForPidFile(path.join(cwd, 'pid.txt'));
    expect(pidsWithArg(secs).length).toBeGreaterThan(0);
    if (how === 'SIGTERM') p.child.kill('SIGTERM');
    else p.child.stdin.end();
    expect(await p.exited).toBe(0);
    await waitUntil(() => pidsWithArg(secs).length === 0, 'the command and everything it started to die');
  });

  it('read-only sandbox: a write in cwd fails inside bwrap and the model is told', async () => {
    await start();
    const cwd = tmpdir();
    mock.enqueue(reply.shell('c-ro', ['touch', 'sandboxed.txt']), reply.text('ok'));
    const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'x', cwd, sandbox: 'read-only' } });
    await p.response(id);
    expect(fs.existsSync(path.join(cwd, 'sandboxed.txt'))).toBe(false);
    const end = events(p, id).find((e) => e.params.msg.type === 'exec_command_end')!.params.msg;
    expect(end.exit_code).not.toBe(0);
    expect(end.stderr).toMatch(/Read-only file system|Permission denied/);
    expect(JSON.stringify(mock.requests[1].body)).toMatch(/Read-only file system|Permission denied/);
  });

  it('workspace-write sandbox: a write in cwd succeeds', async () => {
    await start();
    const cwd = tmpdir();
    mock.enqueue(reply.shell('c-ww', ['touch', 'allowed.txt']), reply.text('ok'));
    await p.call('tools/call', { name: 'codex', arguments: { prompt: 'x', cwd, sandbox: 'workspace-write' } });
    expect(fs.existsSync(path.join(cwd, 'allowed.txt'))).toBe(true);
  });

  it('fails closed when the sandbox cannot be set up: the command does not run and both sides are told', async () => {
    await start({ extraToml: '' });
    await p.close();
    p = await McpProcess.start({ configToml: mock.configToml().replace('model_provider =', 'codex_linux_sandbox_exe = "/nonexistent/bwrap"\nmodel_provider =') });
    await p.initialize();
    const cwd = tmpdir();
    mock.enqueue(reply.shell('c-fc', ['touch', 'never.txt']), reply.text('ok'));
    const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'x', cwd, sandbox: 'read-only' } });
    await p.response(id);
    expect(fs.existsSync(path.join(cwd, 'never.txt'))).toBe(false);
    expect(JSON.stringify(mock.requests[1].body)).toMatch(/sandbox/i);
    expect(events(p, id).some((e) => /sandbox/i.test(JSON.stringify(e.params.msg)) && e.params.msg.type !== 'exec_command_begin')).toBe(true);
  });

  it('streams at most 1 MiB of live output per command; exec_command_end still has the whole (capped) output', async () => {
    await start();
    mock.enqueue(reply.shell('c-big', ['sh', '-c', 'head -c 1500000 /dev/zero | tr "\\0" "y"']), reply.text('ok'));
    const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'x', cwd: tmpdir() } });
    await p.response(id, 30000);
    const streamed = events(p, id)
      .filter((e) => e.params.msg.type === 'exec_command_output_delta')
      .reduce((n, e) => n + e.params.msg.chunk.length, 0);
    expect(streamed).toBe(1024 * 1024);
    const end = events(p, id).find((e) => e.params.msg.type === 'exec_command_end')!.params.msg;
    expect(end.stdout.length).toBe(1500000);
  });

  it('sends notifications/progress for a call that carries a progressToken', async () => {
    await start();
    mock.enqueue(reply.shell('c1', ['echo', 'hi']), reply.text('ok'));
    await p.call('tools/call', { name: 'codex', arguments: { prompt: 'x', cwd: tmpdir() }, _meta: { progressToken: 'tok-1' } });
    const progress = p.notifications('notifications/progress');
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress.every((m) => m.params.progressToken === 'tok-1')).toBe(true);
    const values = progress.map((m) => m.params.progress);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it('runs two codex calls concurrently and answers ping meanwhile', async () => {
    await start();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    mock.enqueue(reply.text('slow').after(gate), reply.text('fast'));
    const a = p.request('tools/call', { name: 'codex', arguments: { prompt: 'a', cwd: tmpdir() } });
    await mock.waitForRequests(1);
    const b = p.request('tools/call', { name: 'codex', arguments: { prompt: 'b', cwd: tmpdir() } });
    expect((await p.response(b)).result.content[0].text).toBe('fast');
    expect((await p.call('ping')).result).toEqual({});
    release();
    expect((await p.response(a)).result.content[0].text).toBe('slow');
    const sa = events(p, a)[0].params.msg.session_id;
    const sb = events(p, b)[0].params.msg.session_id;
    expect(sa).not.toBe(sb);
  });

  it('server -c flags apply to sessions', async () => {
    p = await McpProcess.start({ configToml: mock.configToml(), args: ['-c', 'model="from-flag"'] });
    await p.initialize();
    mock.enqueue(reply.text('x'));
    const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'x', cwd: tmpdir() } });
    await p.response(id);
    expect(events(p, id)[0].params.msg.model).toBe('from-flag');
    expect(mock.requests[0].body.model).toBe('from-flag');
  });

  it('server -c approval_policy=untrusted applies to sessions (the reference ignores it)', async () => {
    p = await McpProcess.start({ configToml: mock.configToml({ approvalPolicy: 'never' }), args: ['-c', 'approval_policy=untrusted'] });
    await p.initialize();
    const cwd = tmpdir();
    mock.enqueue(reply.shell('c1', ['touch', 'asked.txt']), reply.text('ok'));
    const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'x', cwd } });
    const req = await p.waitFor((m) => m.method === 'elicitation/create');
    p.respond(req.id, { decision: 'denied' });
    await p.response(id);
    expect(fs.existsSync(path.join(cwd, 'asked.txt'))).toBe(false);
  });

  it('closing stdin during a running turn makes the server exit promptly', async () => {
    await start();
    mock.enqueue(reply.hang());
    p.request('tools/call', { name: 'codex', arguments: { prompt: 'x', cwd: tmpdir() } });
    await p.waitFor((m) => m.params?.msg?.type === 'task_started');
    expect(await p.close(4000)).toBe(0);
  });
});
