/**
 * Approval policies, sandbox modes and the optional tools (update_plan, apply_patch), end to end:
 * the built server spawned over stdio, the model scripted over HTTP, real bwrap for the sandbox.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { McpProcess, JsonRpcMessage } from '../../support/mcp-process';
import { MockModelServer, RecordedRequest, reply } from '../../support/mock-model-server';

type Wire = 'chat' | 'responses';

const tmpdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'codex-work-'));
const events = (p: McpProcess, requestId: number | string) =>
  p.notifications('codex/event').filter((m) => m.params._meta.requestId === requestId).map((m) => m.params.msg);
const eventsOfType = (p: McpProcess, requestId: number | string, type: string) => events(p, requestId).filter((e) => e.type === type);
const elicitations = (p: McpProcess) => p.messages.filter((m) => m.method === 'elicitation/create');

/** The tool names offered to the model, whichever wire carried them. */
const toolNames = (req: RecordedRequest): string[] =>
  (req.body.tools ?? []).map((t: { name?: string; function?: { name: string } }) => t.name ?? t.function?.name);
/** One offered tool's `{name, description, parameters}`, whichever wire carried it. */
const toolSpec = (req: RecordedRequest, name: string) => {
  const tool = (req.body.tools ?? []).find((t: { name?: string; function?: { name: string } }) => (t.name ?? t.function?.name) === name);
  return tool?.function ?? tool;
};
/** What the model was given as the output of call `callId`. */
function toolOutput(req: RecordedRequest, callId: string): string | undefined {
  if (req.wire === 'chat') return req.body.messages.find((m: { role: string; tool_call_id?: string }) => m.role === 'tool' && m.tool_call_id === callId)?.content;
  return req.body.input.find((i: { type: string; call_id?: string }) => i.type === 'function_call_output' && i.call_id === callId)?.output;
}
/** The output of a command that ran, as the model got it. */
const execOutput = (req: RecordedRequest, callId: string) => JSON.parse(toolOutput(req, callId) ?? 'null') as { output: string; metadata: { exit_code: number } };

/** Keeps /tmp and $TMPDIR out of the workspace-write roots, so a second temp dir is really "outside". */
const WORKSPACE_WITHOUT_TMP = '\n[sandbox_workspace_write]\nexclude_slash_tmp = true\nexclude_tmpdir_env_var = true\n';

describe('approval policies and optional tools (spawned server, mock model, real bwrap)', () => {
  let mock: MockModelServer;
  let p: McpProcess;
  beforeEach(async () => {
    mock = await MockModelServer.start();
  });
  afterEach(async () => {
    await p?.close();
    await mock.close();
  });

  async function start(opts: { wireApi?: Wire; approvalPolicy?: string; extraToml?: string } = {}) {
    p = await McpProcess.start({
      configToml: mock.configToml({ wireApi: opts.wireApi, approvalPolicy: opts.approvalPolicy }) + (opts.extraToml ?? ''),
      env: { TMPDIR: undefined },
    });
    await p.initialize({ elicitation: {} });
  }

  /** Answer every elicitation at once with the next of `answers`; returns the requests seen. */
  function answerElicitations(...answers: unknown[]): JsonRpcMessage[] {
    const seen: JsonRpcMessage[] = [];
    p.onMessage((m) => {
      if (m.method !== 'elicitation/create') return;
      seen.push(m);
      p.respond(m.id, answers[seen.length - 1] ?? { decision: 'denied' });
    });
    return seen;
  }

  describe('on-failure + read-only sandbox', () => {
    const RETRY_REASON = 'command failed; retry without sandbox?';

    it.each([
      ['approved', 'chat'],
      ['approved', 'responses'],
      ['denied', 'chat'],
    ] as const)('a sandbox denial asks to retry unsandboxed; %s (%s wire)', async (decision, wireApi) => {
      await start({ wireApi });
      const cwd = tmpdir();
      mock.enqueue(reply.shell('c-fail', ['touch', 'f.txt']), reply.text('after retry'));
      const seen = answerElicitations({ decision });
      const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'touch it', cwd, 'approval-policy': 'on-failure', sandbox: 'read-only' } });
      const res = await p.response(id);
      expect(res.result.content[0].text).toBe('after retry');

      // First attempt ran in the sandbox and was denied.
      const ends = eventsOfType(p, id, 'exec_command_end');
      expect(ends[0]).toMatchObject({ call_id: 'c-fail', exit_code: -1 });
      expect(ends[0].stderr).toMatch(/Read-only file system|Permission denied/);

      // Then the approval request: the event, then the elicitation carrying the retry reason.
      const approval = eventsOfType(p, id, 'exec_approval_request');
      expect(approval).toEqual([{ type: 'exec_approval_request', call_id: 'c-fail', command: ['touch', 'f.txt'], cwd, reason: RETRY_REASON }]);
      expect(seen).toHaveLength(1);
      const codex = {
        codex_elicitation: 'exec-approval',
        codex_mcp_tool_call_id: String(id),
        codex_event_id: String(id),
        codex_call_id: 'c-fail',
        codex_command: ['touch', 'f.txt'],
        codex_cwd: cwd,
        codex_reason: RETRY_REASON,
      };
      expect(seen[0].params).toEqual({ message: `Allow Codex to run \`touch f.txt\` in \`${cwd}\`?`, requestedSchema: { properties: {}, type: 'object' }, ...codex, _meta: codex });
      expect(p.messages.findIndex((m) => m.params?.msg?.type === 'exec_approval_request')).toBeLessThan(p.messages.indexOf(seen[0]));
      // The denial was reported before asking.
      expect(eventsOfType(p, id, 'background_event')[0].message).toMatch(/^Execution failed: sandbox denied exec error, exit code: /);

      if (decision === 'approved') {
        expect(fs.existsSync(path.join(cwd, 'f.txt'))).toBe(true);
        expect(ends).toHaveLength(2);
        expect(ends[1]).toMatchObject({ call_id: 'c-fail', exit_code: 0 });
        expect(eventsOfType(p, id, 'background_event').map((e) => e.message)).toContain('retrying command without sandbox');
        expect(execOutput(mock.requests[1], 'c-fail')).toEqual({ output: '', metadata: { exit_code: 0, duration_seconds: expect.any(Number) } });
      } else {
        expect(fs.existsSync(path.join(cwd, 'f.txt'))).toBe(false);
        expect(ends).toHaveLength(1);
        expect(toolOutput(mock.requests[1], 'c-fail')).toBe('exec command rejected by user');
      }
    });
  });

  describe('on-request + workspace-write sandbox', () => {
    it('plain commands run sandboxed without asking; an escalated one asks with its justification and runs unsandboxed', async () => {
      await start({ extraToml: WORKSPACE_WITHOUT_TMP });
      const cwd = tmpdir();
      const outside = tmpdir();
      mock.enqueue(
        reply.shell('c-in', ['touch', 'inside.txt']),
        reply.shell('c-out', ['touch', path.join(outside, 'blocked.txt')]),
        reply.shell('c-esc', ['touch', path.join(outside, 'escalated.txt')], { with_escalated_permissions: true, justification: 'need it' }),
        reply.text('all three'),
      );
      const seen = answerElicitations({ decision: 'approved' });
      const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'go', cwd, 'approval-policy': 'on-request', sandbox: 'workspace-write' } });
      const res = await p.response(id);
      expect(res.result.content[0].text).toBe('all three');

      // The shell tool offers escalation under on-request.
      const shell = toolSpec(mock.requests[0], 'shell');
      expect(Object.keys(shell.parameters.properties)).toEqual(['command', 'justification', 'timeout_ms', 'with_escalated_permissions', 'workdir']);
      expect(shell.parameters.properties.with_escalated_permissions.type).toBe('boolean');
      expect(shell.parameters.properties.justification.type).toBe('string');

      // Inside cwd: ran in the sandbox without asking.
      expect(fs.existsSync(path.join(cwd, 'inside.txt'))).toBe(true);
      expect(execOutput(mock.requests[1], 'c-in').metadata.exit_code).toBe(0);
      // Outside the writable roots, not escalated: the sandbox stops it and on-request does not offer a retry.
      expect(fs.existsSync(path.join(outside, 'blocked.txt'))).toBe(false);
      expect(toolOutput(mock.requests[2], 'c-out')).toMatch(/^failed in sandbox LinuxSeccomp with execution error: sandbox denied exec error, exit code: /);
      // Escalated: the only question asked, with the model's justification; approved, it runs outside the sandbox.
      expect(seen).toHaveLength(1);
      expect(seen[0].params).toMatchObject({ codex_call_id: 'c-esc', codex_reason: 'need it', _meta: { codex_reason: 'need it' } });
      expect(eventsOfType(p, id, 'exec_approval_request')).toEqual([
        { type: 'exec_approval_request', call_id: 'c-esc', command: ['touch', path.join(outside, 'escalated.txt')], cwd, reason: 'need it' },
      ]);
      expect(fs.existsSync(path.join(outside, 'escalated.txt'))).toBe(true);
      expect(execOutput(mock.requests[3], 'c-esc').metadata.exit_code).toBe(0);
    });

    it('the escalation fields are not offered under other policies', async () => {
      await start({ wireApi: 'responses' });
      mock.enqueue(reply.text('ok'));
      await p.call('tools/call', { name: 'codex', arguments: { prompt: 'x', cwd: tmpdir(), 'approval-policy': 'on-failure', sandbox: 'workspace-write' } });
      expect(Object.keys(toolSpec(mock.requests[0], 'shell').parameters.properties)).toEqual(['command', 'timeout_ms', 'workdir']);
    });
  });

  describe('untrusted', () => {
    it('a known-safe command runs without asking; approved_for_session covers the same command in a later turn', async () => {
      await start({ approvalPolicy: 'untrusted' });
      const cwd = tmpdir();
      fs.writeFileSync(path.join(cwd, 'listed.txt'), '');
      mock.enqueue(reply.shell('c-ls', ['ls']), reply.shell('c-a1', ['touch', 'a.txt']), reply.text('turn one'));
      const seen = answerElicitations({ decision: 'approved_for_session' });
      const first = p.request('tools/call', { name: 'codex', arguments: { prompt: 'one', cwd } });
      const res1 = await p.response(first);
      expect(res1.result.content[0].text).toBe('turn one');
      expect(execOutput(mock.requests[1], 'c-ls')).toEqual({ output: 'listed.txt\n', metadata: { exit_code: 0, duration_seconds: expect.any(Number) } });
      // Only the touch was asked about.
      expect(seen.map((m) => m.params.codex_call_id)).toEqual(['c-a1']);
      expect(eventsOfType(p, first, 'exec_approval_request').map((e) => e.call_id)).toEqual(['c-a1']);
      expect(fs.existsSync(path.join(cwd, 'a.txt'))).toBe(true);

      fs.rmSync(path.join(cwd, 'a.txt'));
      mock.enqueue(reply.shell('c-a2', ['touch', 'a.txt']), reply.text('turn two'));
      const sessionId = res1.result.structuredContent.threadId;
      const second = p.request('tools/call', { name: 'codex-reply', arguments: { prompt: 'two', sessionId } });
      const res2 = await p.response(second);
      expect(res2.result.content[0].text).toBe('turn two');
      expect(elicitations(p)).toHaveLength(1);
      expect(eventsOfType(p, second, 'exec_approval_request')).toEqual([]);
      expect(eventsOfType(p, second, 'exec_command_end')).toEqual([expect.objectContaining({ call_id: 'c-a2', exit_code: 0 })]);
      expect(fs.existsSync(path.join(cwd, 'a.txt'))).toBe(true);
      // A different command is still asked about.
      mock.enqueue(reply.shell('c-b', ['touch', 'b.txt']), reply.text('turn three'));
      await p.call('tools/call', { name: 'codex-reply', arguments: { prompt: 'three', sessionId } });
      expect(elicitations(p).map((m) => m.params.codex_call_id)).toEqual(['c-a1', 'c-b']);
      expect(fs.existsSync(path.join(cwd, 'b.txt'))).toBe(false);
    });
  });

  describe('never + read-only sandbox', () => {
    it('a write fails in the sandbox, the model is told, and nobody is asked (responses wire)', async () => {
      await start({ wireApi: 'responses' });
      const cwd = tmpdir();
      mock.enqueue(reply.shell('c-ro', ['touch', 'nope.txt']), reply.text('could not'));
      const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'x', cwd, 'approval-policy': 'never', sandbox: 'read-only' } });
      const res = await p.response(id);
      expect(res.result.content[0].text).toBe('could not');
      expect(fs.existsSync(path.join(cwd, 'nope.txt'))).toBe(false);
      const out = toolOutput(mock.requests[1], 'c-ro');
      expect(out).toMatch(/^failed in sandbox LinuxSeccomp with execution error: sandbox denied exec error, exit code: \d+, stdout: , stderr: /);
      expect(out).toMatch(/Read-only file system|Permission denied/);
      expect(elicitations(p)).toEqual([]);
      expect(eventsOfType(p, id, 'exec_approval_request')).toEqual([]);
      expect(eventsOfType(p, id, 'exec_command_end')).toHaveLength(1);
    });
  });

  describe('patches under on-request + workspace-write', () => {
    it.each(['chat', 'responses'] as const)('a patch outside the writable roots asks; approved, it is written (%s wire)', async (wireApi) => {
      await start({ wireApi, extraToml: WORKSPACE_WITHOUT_TMP });
      const cwd = tmpdir();
      const target = path.join(tmpdir(), 'outside.txt');
      mock.enqueue(reply.shell('c-po', ['apply_patch', `*** Begin Patch\n*** Add File: ${target}\n+far away\n*** End Patch`]), reply.text('patched'));
      const seen = answerElicitations({ decision: 'approved' });
      const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'x', cwd, 'approval-policy': 'on-request', sandbox: 'workspace-write' } });
      const res = await p.response(id);
      expect(res.result.content[0].text).toBe('patched');
      expect(seen).toHaveLength(1);
      expect(seen[0].params).toMatchObject({
        message: 'Allow Codex to apply proposed code changes?',
        codex_elicitation: 'patch-approval',
        codex_call_id: 'c-po',
        codex_changes: { [target]: { add: { content: 'far away\n' } } },
      });
      expect(eventsOfType(p, id, 'apply_patch_approval_request')).toHaveLength(1);
      expect(fs.readFileSync(target, 'utf8')).toBe('far away\n');
      expect(eventsOfType(p, id, 'patch_apply_begin')[0]).toMatchObject({ call_id: 'c-po', auto_approved: false });
      expect(eventsOfType(p, id, 'patch_apply_end')[0]).toMatchObject({ call_id: 'c-po', success: true });
      expect(execOutput(mock.requests[1], 'c-po')).toEqual({ output: `Success. Updated the following files:\nA ${target}\n`, metadata: { exit_code: 0, duration_seconds: expect.any(Number) } });
    });

    it('a patch outside the writable roots that is denied writes nothing', async () => {
      await start({ extraToml: WORKSPACE_WITHOUT_TMP });
      const target = path.join(tmpdir(), 'outside.txt');
      mock.enqueue(reply.shell('c-pd', ['apply_patch', `*** Begin Patch\n*** Add File: ${target}\n+no\n*** End Patch`]), reply.text('ok'));
      answerElicitations({ decision: 'denied' });
      await p.call('tools/call', { name: 'codex', arguments: { prompt: 'x', cwd: tmpdir(), 'approval-policy': 'on-request', sandbox: 'workspace-write' } });
      expect(fs.existsSync(target)).toBe(false);
      expect(toolOutput(mock.requests[1], 'c-pd')).toBe('patch rejected by user');
    });

    it('a patch inside cwd is applied without asking (auto_approved)', async () => {
      await start({ extraToml: WORKSPACE_WITHOUT_TMP });
      const cwd = tmpdir();
      mock.enqueue(reply.shell('c-pi', ['apply_patch', '*** Begin Patch\n*** Add File: inside.txt\n+near\n*** End Patch']), reply.text('patched'));
      const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'x', cwd, 'approval-policy': 'on-request', sandbox: 'workspace-write' } });
      await p.response(id);
      expect(elicitations(p)).toEqual([]);
      expect(eventsOfType(p, id, 'apply_patch_approval_request')).toEqual([]);
      expect(fs.readFileSync(path.join(cwd, 'inside.txt'), 'utf8')).toBe('near\n');
      expect(eventsOfType(p, id, 'patch_apply_begin')).toEqual([
        { type: 'patch_apply_begin', call_id: 'c-pi', auto_approved: true, changes: { [path.join(cwd, 'inside.txt')]: { add: { content: 'near\n' } } } },
      ]);
      expect(eventsOfType(p, id, 'patch_apply_end')[0]).toMatchObject({ success: true, stdout: 'Success. Updated the following files:\nA inside.txt\n' });
    });
  });

  describe('include-plan-tool', () => {
    const plan = [
      { step: 'a', status: 'in_progress' },
      { step: 'b', status: 'pending' },
    ];

    it.each(['chat', 'responses'] as const)('offers update_plan; a call becomes a plan_update event and the model gets "Plan updated" (%s wire)', async (wireApi) => {
      await start({ wireApi });
      mock.enqueue(reply.functionCall('p1', 'update_plan', { explanation: 'why', plan }), reply.text('planned'));
      const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'plan', cwd: tmpdir(), 'include-plan-tool': true } });
      const res = await p.response(id);
      expect(res.result.content[0].text).toBe('planned');
      expect(toolNames(mock.requests[0])).toEqual(['shell', 'update_plan']);
      expect(toolSpec(mock.requests[0], 'update_plan').parameters.required).toEqual(['plan']);
      expect(eventsOfType(p, id, 'plan_update')).toEqual([{ type: 'plan_update', explanation: 'why', plan }]);
      expect(toolOutput(mock.requests[1], 'p1')).toBe('Plan updated');
    });

    it('without the flag the tool is not offered', async () => {
      await start({ wireApi: 'responses' });
      mock.enqueue(reply.text('no plan'));
      await p.call('tools/call', { name: 'codex', arguments: { prompt: 'plan', cwd: tmpdir() } });
      expect(toolNames(mock.requests[0])).toEqual(['shell']);
    });
  });

  describe('conversation API: includeApplyPatchTool', () => {
    it.each(['chat', 'responses'] as const)('offers apply_patch; a call under never writes the file with begin/end and turn_diff (%s wire)', async (wireApi) => {
      await start({ wireApi });
      const cwd = tmpdir();
      const conv = (await p.call('newConversation', { cwd, includeApplyPatchTool: true, approvalPolicy: 'never' })).result;
      await p.call('addConversationListener', { conversationId: conv.conversationId });
      mock.enqueue(reply.functionCall('ap1', 'apply_patch', { input: '*** Begin Patch\n*** Add File: x.txt\n+hi\n*** End Patch' }), reply.text('wrote it'));
      await p.call('sendUserMessage', { conversationId: conv.conversationId, items: [{ type: 'text', data: { text: 'write x' } }] });
      await p.waitFor((m) => m.method === 'codex/event/task_complete');
      const evs = (type: string) => p.messages.filter((m) => m.method === `codex/event/${type}` && m.params.conversationId === conv.conversationId).map((m) => m.params.msg);

      expect(toolNames(mock.requests[0])).toEqual(['shell', 'apply_patch']);
      expect(toolSpec(mock.requests[0], 'apply_patch').parameters.required).toEqual(['input']);
      expect(fs.readFileSync(path.join(cwd, 'x.txt'), 'utf8')).toBe('hi\n');
      expect(evs('patch_apply_begin')).toEqual([{ type: 'patch_apply_begin', call_id: 'ap1', auto_approved: true, changes: { [path.join(cwd, 'x.txt')]: { add: { content: 'hi\n' } } } }]);
      expect(evs('patch_apply_end')).toEqual([{ type: 'patch_apply_end', call_id: 'ap1', stdout: 'Success. Updated the following files:\nA x.txt\n', stderr: '', success: true }]);
      const diffs = evs('turn_diff');
      expect(diffs.length).toBeGreaterThanOrEqual(1);
      expect(diffs[0].unified_diff).toContain('+hi');
      expect(p.messages.some((m) => m.method === 'applyPatchApproval')).toBe(false);
      expect(execOutput(mock.requests[1], 'ap1')).toEqual({ output: 'Success. Updated the following files:\nA x.txt\n', metadata: { exit_code: 0, duration_seconds: expect.any(Number) } });
    });

    it('without includeApplyPatchTool only shell is offered', async () => {
      await start();
      const conv = (await p.call('newConversation', { cwd: tmpdir() })).result;
      await p.call('addConversationListener', { conversationId: conv.conversationId });
      mock.enqueue(reply.text('hi'));
      await p.call('sendUserMessage', { conversationId: conv.conversationId, items: [{ type: 'text', data: { text: 'x' } }] });
      await p.waitFor((m) => m.method === 'codex/event/task_complete');
      expect(toolNames(mock.requests[0])).toEqual(['shell']);
    });
  });

  describe('patches that do not apply', () => {
    // Under untrusted every valid patch is asked about, so no question proves the patch was refused before approval.
    it.each(['chat', 'responses'] as const)('the model gets an error, nothing changes, nobody is asked (%s wire)', async (wireApi) => {
      await start({ wireApi, approvalPolicy: 'untrusted' });
      const cwd = tmpdir();
      fs.writeFileSync(path.join(cwd, 'present.txt'), 'one\ntwo\n');
      mock.enqueue(
        reply.shell('c-missing', ['apply_patch', '*** Begin Patch\n*** Update File: missing.txt\n@@\n-a\n+b\n*** End Patch']),
        reply.shell('c-context', ['apply_patch', '*** Begin Patch\n*** Update File: present.txt\n@@\n-three\n+four\n*** End Patch']),
        reply.functionCall('c-tool', 'apply_patch', { input: '*** Begin Patch\n*** Update File: present.txt\n@@\n-nine\n+ten\n*** End Patch' }),
        reply.text('gave up'),
      );
      const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'patch', cwd } });
      const res = await p.response(id);
      expect(res.result.content[0].text).toBe('gave up');

      expect(toolOutput(mock.requests[1], 'c-missing')).toMatch(/^error: Failed to read file to update .*missing\.txt/);
      expect(toolOutput(mock.requests[2], 'c-context')).toMatch(/^error: Failed to find expected lines .*three.* in .*present\.txt/);
      expect(toolOutput(mock.requests[3], 'c-tool')).toMatch(/^error: Failed to find expected lines .*nine.* in .*present\.txt/);
      expect(fs.readdirSync(cwd)).toEqual(['present.txt']);
      expect(fs.readFileSync(path.join(cwd, 'present.txt'), 'utf8')).toBe('one\ntwo\n');
      expect(elicitations(p)).toEqual([]);
      const types = events(p, id).map((e) => e.type);
      for (const t of ['apply_patch_approval_request', 'patch_apply_begin', 'patch_apply_end', 'turn_diff']) expect(types).not.toContain(t);
    });
  });
});
