import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { TurnDiffTracker } from '../../../src/apply-patch';
import type { CodexConfig } from '../../../src/config/config-types';
import { ConversationImpl } from '../../../src/core/conversation-impl';
import { NullRolloutRecorder } from '../../../src/core/rollout/rollout-recorder';
import { ApplyPatchTool } from '../../../src/core/tools/apply-patch-tool';
import { PATCH_RETRY_REASON, PatchRunner } from '../../../src/core/tools/patch-runner';
import { PlanTool, planToolSpec } from '../../../src/core/tools/plan-tool';
import { ShellTool, shellToolSpec } from '../../../src/core/tools/shell-tool';
import { ToolRegistryImpl } from '../../../src/core/tools/tool-registry';
import type { TurnContext } from '../../../src/core/tools/tool-types';
import { SandboxUnavailableError, type ExecRunner } from '../../../src/exec/exec-types';
import { ExecRunnerImpl } from '../../../src/exec/process-runner';
import { UNSANDBOXED_POLICY } from '../../../src/exec/sandbox/resolved-policy';
import { selfCommandFor } from '../../../src/exec/self-command';
import { SERVER_ENTRY } from '../../support/mcp-process';
import type { SandboxLocator } from '../../../src/exec/sandbox/sandbox-locator';
import { FakeExecRunner } from '../../support/fake-exec-runner';
import { pidsWithArg, uniqueSleepToken } from '../../support/process-alive';
import { MemoryLoggerFactory } from '../../support/test-logger';
import { EventLog, ScriptedModel, answer, completed, functionCall, makeConfig, tempDir, userText } from './core-fakes';
import { waitUntil } from '../../support/wait-until';

const sandboxAvailable: SandboxLocator = { resolve: async () => '/usr/bin/bwrap', isAvailable: async () => true };

function setup(model: ScriptedModel, runner: ExecRunner, config: Partial<CodexConfig>) {
  const loggers = new MemoryLoggerFactory();
  const patches = new PatchRunner(sandboxAvailable, runner, selfCommandFor(SERVER_ENTRY));
  const tools = new ToolRegistryImpl(new ShellTool(runner, sandboxAvailable, patches), new PlanTool(), new ApplyPatchTool(patches));
  const conversation = new ConversationImpl(
    { conversationId: 'conv', config: makeConfig(config), history: [] },
    { client: model, tools, recorder: new NullRolloutRecorder(''), logger: loggers.get('conversation'), newTurnDiff: () => new TurnDiffTracker() },
  );
  const log = new EventLog(conversation);
  return { conversation, log, loggers };
}

const text = (t: string) => ({ type: 'user_input' as const, items: [{ type: 'text' as const, text: t }] });

/** The function_call_output the model got for `callId` in its last request. */

let workdir: string;
beforeEach(async () => {
  workdir = await tempDir();
});
afterEach(async () => {
  await fs.rm(workdir, { recursive: true, force: true });
});

describe('tool specs', () => {
  const turn = (overrides: Partial<TurnContext>): TurnContext => ({
    subId: '0',
    cwd: '/w',
    approvalPolicy: 'never',
    sandboxPolicy: { mode: 'danger-full-access' },
    config: makeConfig(),
    ...overrides,
  });

  it('sends the shell tool exactly as the reference does', () => {
    const spec = shellToolSpec(turn({ approvalPolicy: 'never' }));
    expect(JSON.stringify(spec)).toBe(
      '{"type":"function","name":"shell","description":"Runs a shell command and returns its output","strict":false,"parameters":{"type":"object","properties":{"command":{"type":"array","items":{"type":"string"},"description":"The command to execute"},"timeout_ms":{"type":"number","description":"The timeout for the command in milliseconds"},"workdir":{"type":"string","description":"The working directory to execute the command in"}},"required":["command"],"additionalProperties":false}}',
    );
    expect(shellToolSpec(turn({ approvalPolicy: 'untrusted', sandboxPolicy: { mode: 'read-only' } }))).toBe(spec);
  });

  it('offers escalation properties under on-request with a sandbox', () => {
    const spec = shellToolSpec(turn({ approvalPolicy: 'on-request', sandboxPolicy: { mode: 'workspace-write', network_access: false } }));
    expect(Object.keys(spec.parameters.properties as object)).toEqual(['command', 'justification', 'timeout_ms', 'with_escalated_permissions', 'workdir']);
    expect(spec.description).toContain('with_escalated_permissions');
    expect(spec.description).toContain('/w');
  });

  it('lists shell, update_plan and apply_patch in the upstream order when enabled', () => {
    const runner = new FakeExecRunner();
    const patches = new PatchRunner(sandboxAvailable, runner, selfCommandFor(SERVER_ENTRY));
    const registry = new ToolRegistryImpl(new ShellTool(runner, sandboxAvailable, patches), new PlanTool(), new ApplyPatchTool(patches));
    expect(registry.specs(turn({})).map((s) => s.name)).toEqual(['shell']);
    const all = registry.specs(turn({ config: makeConfig({ include_plan_tool: true, include_apply_patch_tool: true }) }));
    expect(all.map((s) => s.name)).toEqual(['shell', 'update_plan', 'apply_patch']);
    expect(Object.keys(planToolSpec().parameters.properties as object)).toEqual(['explanation', 'plan']);
  });
});

describe('shell tool with the real ExecRunner', () => {
  const runner = () => new ExecRunnerImpl(new MemoryLoggerFactory(), sandboxAvailable);

  it('runs a command: begin, output deltas as bytes, end, and the JSON output for the model', async () => {
    const model = new ScriptedModel([[functionCall('shell', { command: ['sh', '-c', 'echo hello'], workdir, timeout: 5000 }, 'call-exec'), completed()], answer('ran it')]);
    const { conversation, log } = setup(model, runner(), { cwd: workdir });
    await conversation.submitWithId('2', text('run'));
    await log.waitFor('task_complete');
    expect(log.types()).toEqual(['task_started', 'exec_command_begin', 'exec_command_output_delta', 'exec_command_end', 'agent_message', 'task_complete']);
    expect(log.events.every((e) => e.id === '2')).toBe(true);
    expect(log.of('exec_command_begin')[0]).toEqual({
      type: 'exec_command_begin',
      call_id: 'call-exec',
      command: ['sh', '-c', 'echo hello'],
      cwd: workdir,
      parsed_cmd: [{ type: 'unknown', cmd: "sh -c 'echo hello'" }],
    });
    expect(log.of('exec_command_output_delta')[0]).toEqual({ type: 'exec_command_output_delta', call_id: 'call-exec', stream: 'stdout', chunk: [104, 101, 108, 108, 111, 10] });
    const end = log.of('exec_command_end')[0];
    expect(Object.keys(end)).toEqual(['type', 'call_id', 'stdout', 'stderr', 'aggregated_output', 'exit_code', 'duration', 'formatted_output']);
    expect(end).toMatchObject({ stdout: 'hello\n', stderr: '', aggregated_output: 'hello\n', exit_code: 0, formatted_output: 'hello\n' });
    expect(model.toolOutput('call-exec')).toMatch(/^\{"output":"hello\\n","metadata":\{"exit_code":0,"duration_seconds":\d+\.\d\}\}$/);
  });

  it('resolves a relative workdir against the turn cwd and reports a failing command', async () => {
    await fs.mkdir(path.join(workdir, 'sub'));
    const model = new ScriptedModel([[functionCall('shell', { command: ['sh', '-c', 'pwd; echo oops >&2; exit 3'], workdir: 'sub' }, 'c1'), completed()], answer('x')]);
    const { conversation, log } = setup(model, runner(), { cwd: workdir });
    await conversation.submit(text('run'));
    await log.waitFor('task_complete');
    const end = log.of('exec_command_end')[0];
    expect(end.exit_code).toBe(3);
    expect(end.stdout).toBe(`${path.join(workdir, 'sub')}\n`);
    expect(end.stderr).toBe('oops\n');
    expect(JSON.parse(model.toolOutput('c1'))).toEqual({ output: expect.stringContaining('oops'), metadata: { exit_code: 3, duration_seconds: expect.any(Number) } });
  });

  it('truncates a large output for the model (head and tail) but keeps the full text in the events', async () => {
    const model = new ScriptedModel([[functionCall('shell', { command: ['seq', '1', '1000'] }, 'c1'), completed()], answer('x')]);
    const { conversation, log } = setup(model, runner(), { cwd: workdir });
    await conversation.submit(text('run'));
    await log.waitFor('task_complete');
    const end = log.of('exec_command_end')[0];
    expect(end.aggregated_output.split('\n')).toHaveLength(1001);
    expect(end.formatted_output).toContain('[... omitted 744 of 1000 lines ...]');
    const output = (JSON.parse(model.toolOutput('c1')) as { output: string }).output;
    expect(output.startsWith('1\n2\n3\n')).toBe(true);
    expect(output).toContain('\n128\n[... omitted 744 of 1000 lines ...]\n\n873\n');
    expect(output.endsWith('\n1000')).toBe(true);
  });

  it('kills the command on interrupt: turn_aborted, no exec_command_end, conversation usable', async () => {
    // The command runs in its own pid namespace: find it on the host by a unique argument.
    const secs = uniqueSleepToken();
    const model = new ScriptedModel([
      [functionCall('shell', { command: ['sh', '-c', `echo started; exec sleep ${secs}`] }, 'c1'), completed()],
      answer('after'),
    ]);
    const { conversation, log } = setup(model, runner(), { cwd: workdir });
    await conversation.submit(text('run'));
    await log.waitFor('exec_command_output_delta');
    await waitUntil(() => pidsWithArg(secs).length > 0, 'the sleep to start');
    await conversation.submit({ type: 'interrupt' });
    await log.waitFor('turn_aborted');
    expect(log.events[log.events.length - 1]).toEqual({ id: '0', msg: { type: 'turn_aborted', reason: 'interrupted' } });
    // The process group is gone shortly after (SIGKILL is immediate on interrupt).
    await waitUntil(() => pidsWithArg(secs).length === 0, 'the sleep to die');
    await conversation.submit(text('next'));
    await log.waitFor('task_complete');
    // Everything the interrupted turn could still emit came before the next turn's end.
    expect(log.of('exec_command_end')).toHaveLength(0);
  });
});

describe('shell tool arguments', () => {
  it('answers bad JSON with a parse error the model can act on', async () => {
    const model = new ScriptedModel([[functionCall('shell', '{not json', 'c1'), functionCall('shell', { workdir: '/' }, 'c2'), completed()], answer('x')]);
    const runner = new FakeExecRunner();
    const { conversation, log } = setup(model, runner, { cwd: workdir });
    await conversation.submit(text('run'));
    await log.waitFor('task_complete');
    expect(model.toolOutput('c1')).toMatch(/^failed to parse function arguments: /);
    expect(model.toolOutput('c2')).toBe('failed to parse function arguments: missing field `command`');
    expect(runner.calls).toHaveLength(0);
  });

  it('accepts the legacy `timeout` name and defaults to 10 s; passes env and sandbox', async () => {
    const model = new ScriptedModel([
      [functionCall('shell', { command: ['true'], timeout: 5000 }, 'c1'), functionCall('shell', { command: ['true'], timeout_ms: 7000 }, 'c2'), functionCall('shell', { command: ['true'] }, 'c3'), completed()],
      answer('x'),
    ]);
    const runner = new FakeExecRunner();
    const { conversation, log } = setup(model, runner, { cwd: workdir, shell_environment_policy: { inherit: 'none', ignore_default_excludes: false, exclude: [], set: { FOO: 'bar' }, include_only: [] } });
    await conversation.submit(text('run'));
    await log.waitFor('task_complete');
    expect(runner.calls.map((c) => c.params.timeoutMs)).toEqual([5000, 7000, 10000]);
    expect(runner.calls[0].params.env).toEqual({ FOO: 'bar' });
    expect(runner.calls[0].options.policy).toEqual(UNSANDBOXED_POLICY);
  });

  it('prefixes a timed-out command output with upstream\'s notice', async () => {
    const model = new ScriptedModel([[functionCall('shell', { command: ['sleep', '99'], timeout_ms: 50 }, 'c1'), completed()], answer('x')]);
    const runner = new FakeExecRunner();
    runner.results.push({ timedOut: true, exitCode: 124, stdout: '', aggregatedOutput: 'partial\n' });
    const { conversation, log } = setup(model, runner, { cwd: workdir });
    await conversation.submit(text('run'));
    await log.waitFor('task_complete');
    expect(JSON.parse(model.toolOutput('c1'))).toEqual({
      output: 'command timed out after 50 milliseconds\npartial\n',
      metadata: { exit_code: 124, duration_seconds: 0 },
    });
    expect(model.toolOutput('c1')).toContain('"duration_seconds":0.0');
  });

  it('tells the model and the client when the sandbox cannot be set up', async () => {
    const model = new ScriptedModel([[functionCall('shell', { command: ['touch', 'x'] }, 'c1'), completed()], answer('x')]);
    const runner = new FakeExecRunner();
    runner.results.push(new SandboxUnavailableError('bwrap not found'));
    const { conversation, log } = setup(model, runner, { cwd: workdir, sandbox_policy: { mode: 'read-only' } });
    await conversation.submit(text('run'));
    await log.waitFor('task_complete');
    expect(model.toolOutput('c1')).toBe('sandbox unavailable: bwrap not found');
    expect(log.of('background_event').map((e) => e.message)).toEqual(['sandbox unavailable: bwrap not found']);
    expect(log.of('exec_command_end')[0].exit_code).toBe(-1);
  });
});

describe('exec approvals', () => {
  const gitInit = (callId: string) => functionCall('shell', { command: ['git', 'init'], workdir, timeout: 5000 }, callId);

  async function runWithDecision(decision: 'approved' | 'denied' | 'approved_for_session' | 'abort', calls = 1) {
    const steps = [];
    for (let i = 0; i < calls; i++) steps.push([gitInit(`call${i}`), completed()]);
    const model = new ScriptedModel([...steps, answer('done')]);
    const runner = new FakeExecRunner();
    const { conversation, log } = setup(model, runner, { cwd: workdir, approval_policy: 'untrusted' });
    conversation.subscribe((e) => {
      if (e.msg.type === 'exec_approval_request') void conversation.submit({ type: 'exec_approval', id: e.msg.call_id, decision });
    });
    await conversation.submitWithId('2', text('run `git init`'));
    if (decision === 'abort') await log.waitFor('turn_aborted');
    else await log.waitFor('task_complete');
    return { model, runner, log, conversation };
  }

  it('approved: asks with the call id and cwd, then runs unsandboxed', async () => {
    const { model, runner, log } = await runWithDecision('approved');
    expect(log.events.find((e) => e.msg.type === 'exec_approval_request')).toEqual({
      id: '2',
      msg: { type: 'exec_approval_request', call_id: 'call0', command: ['git', 'init'], cwd: workdir },
    });
    expect(log.types()).toEqual(['task_started', 'exec_approval_request', 'exec_command_begin', 'exec_command_output_delta', 'exec_command_end', 'agent_message', 'task_complete']);
    expect(runner.calls).toHaveLength(1);
    expect(model.toolOutput('call0')).toContain('"exit_code":0');
  });

  it('approved_for_session: the same command later runs without asking again', async () => {
    const { runner, log } = await runWithDecision('approved_for_session', 2);
    expect(log.of('exec_approval_request')).toHaveLength(1);
    expect(runner.calls).toHaveLength(2);
  });

  it('denied: the command does not run and the model is told', async () => {
    const { model, runner, log } = await runWithDecision('denied');
    expect(runner.calls).toHaveLength(0);
    expect(log.of('exec_command_begin')).toHaveLength(0);
    expect(model.toolOutput('call0')).toBe('exec command rejected by user');
    expect(log.of('task_complete')[0].last_agent_message).toBe('done');
  });

  it('abort: the turn ends with turn_aborted and no further request', async () => {
    const { model, runner, log, conversation } = await runWithDecision('abort');
    // Whatever the aborted turn could still do happens before a next turn ends.
    await conversation.submitWithId('3', text('next'));
    await log.waitFor('task_complete');
    expect(runner.calls).toHaveLength(0);
    expect(model.prompts).toHaveLength(2);
    expect(userText(model.prompts[1].input.at(-1)!)).toBe('next');
    expect(log.types()).toEqual(['task_started', 'exec_approval_request', 'turn_aborted', 'task_started', 'agent_message', 'task_complete']);
    expect(log.events[2].id).toBe('2');
    expect(log.events[3].id).toBe('3');
  });

  it('does not ask for known-safe commands under untrusted', async () => {
    const model = new ScriptedModel([[functionCall('shell', { command: ['ls'] }, 'c1'), completed()], answer('x')]);
    const runner = new FakeExecRunner();
    const { conversation, log } = setup(model, runner, { cwd: workdir, approval_policy: 'untrusted' });
    await conversation.submit(text('ls'));
    await log.waitFor('task_complete');
    expect(log.of('exec_approval_request')).toHaveLength(0);
    expect(runner.calls).toHaveLength(1);
  });

  it('on-request: an escalation request asks with the justification as reason', async () => {
    const model = new ScriptedModel([
      [functionCall('shell', { command: ['npm', 'install'], with_escalated_permissions: true, justification: 'needs network' }, 'c1'), completed()],
      answer('x'),
    ]);
    const runner = new FakeExecRunner();
    const { conversation, log } = setup(model, runner, { cwd: workdir, approval_policy: 'on-request', sandbox_policy: { mode: 'workspace-write' } });
    conversation.subscribe((e) => {
      if (e.msg.type === 'exec_approval_request') void conversation.submit({ type: 'exec_approval', id: e.msg.call_id, decision: 'approved' });
    });
    await conversation.submit(text('install'));
    await log.waitFor('task_complete');
    expect(log.of('exec_approval_request')[0].reason).toBe('needs network');
    expect(runner.calls[0].options.policy).toEqual(UNSANDBOXED_POLICY);
  });

  it('never + read-only: a sandbox denial is reported to the model as upstream does', async () => {
    const model = new ScriptedModel([[functionCall('shell', { command: ['touch', 'sandboxed.txt'], workdir, timeout: 5000 }, 'c1'), completed()], answer('ok')]);
    const runner = new FakeExecRunner();
    const stderr = "touch: cannot touch 'sandboxed.txt': Permission denied\n";
    runner.results.push({ exitCode: 1, stdout: '', stderr, aggregatedOutput: stderr, sandboxDenied: true, sandboxed: true });
    const { conversation, log } = setup(model, runner, { cwd: workdir, sandbox_policy: { mode: 'read-only' } });
    await conversation.submit(text('touch'));
    await log.waitFor('task_complete');
    expect(runner.calls[0].options.policy).toEqual({ mode: 'read-only', writableRoots: [], networkAccess: false });
    expect(log.of('exec_command_end')[0]).toMatchObject({ exit_code: -1, stderr });
    expect(model.toolOutput('c1')).toBe(
      "failed in sandbox LinuxSeccomp with execution error: sandbox denied exec error, exit code: 1, stdout: , stderr: touch: cannot touch 'sandboxed.txt': Permission denied\n",
    );
  });

  it('on-failure: after a sandbox denial it asks to retry without the sandbox and reruns', async () => {
    const model = new ScriptedModel([[functionCall('shell', { command: ['touch', 'f'] }, 'c1'), completed()], answer('ok')]);
    const runner = new FakeExecRunner();
    runner.results.push({ exitCode: 1, stderr: 'Permission denied\n', aggregatedOutput: 'Permission denied\n', sandboxDenied: true }, { exitCode: 0, stdout: '', aggregatedOutput: '' });
    const { conversation, log } = setup(model, runner, { cwd: workdir, approval_policy: 'on-failure', sandbox_policy: { mode: 'read-only' } });
    conversation.subscribe((e) => {
      if (e.msg.type === 'exec_approval_request') void conversation.submit({ type: 'exec_approval', id: e.msg.call_id, decision: 'approved' });
    });
    await conversation.submit(text('touch'));
    await log.waitFor('task_complete');
    expect(runner.calls.map((c) => c.options.policy.mode)).toEqual(['read-only', 'danger-full-access']);
    expect(log.of('exec_approval_request')[0].reason).toBe('command failed; retry without sandbox?');
    expect(log.of('background_event').map((e) => e.message)).toEqual([
      'Execution failed: sandbox denied exec error, exit code: 1, stdout: ok\n, stderr: Permission denied\n',
      'retrying command without sandbox',
    ]);
    expect(log.of('exec_command_begin')).toHaveLength(2);
    expect(model.toolOutput('c1')).toContain('"exit_code":0');
  });
});

describe('apply_patch', () => {
  const PATCH = '*** Begin Patch\n*** Add File: hello.txt\n+hello\n*** Update File: existing.txt\n-original content\n+modified content\n*** End Patch';

  async function runPatch(approval: CodexConfig['approval_policy'], decision?: 'approved' | 'denied', call = functionCall('shell', { command: ['apply_patch', PATCH] }, 'call-patch')) {
    await fs.writeFile(path.join(workdir, 'existing.txt'), 'original content\n');
    const model = new ScriptedModel([[call, completed()], answer('Patch has been applied successfully!')]);
    const runner = new FakeExecRunner();
    const { conversation, log } = setup(model, runner, { cwd: workdir, approval_policy: approval, include_apply_patch_tool: true });
    if (decision) {
      conversation.subscribe((e) => {
        if (e.msg.type === 'apply_patch_approval_request') void conversation.submit({ type: 'patch_approval', id: e.msg.call_id, decision });
      });
    }
    await conversation.submitWithId('2', text('please patch'));
    await log.waitFor('task_complete');
    return { model, runner, log };
  }

  it('approved: asks with the changes, applies, reports begin/end and the turn diff once', async () => {
    const { model, runner, log } = await runPatch('untrusted', 'approved');
    expect(runner.calls).toHaveLength(0);
    expect(log.types()).toEqual(['task_started', 'apply_patch_approval_request', 'patch_apply_begin', 'patch_apply_end', 'turn_diff', 'agent_message', 'task_complete']);
    const changes = {
      [path.join(workdir, 'hello.txt')]: { add: { content: 'hello\n' } },
      [path.join(workdir, 'existing.txt')]: { update: { unified_diff: '@@ -1 +1 @@\n-original content\n+modified content\n', move_path: null } },
    };
    expect(log.of('apply_patch_approval_request')[0]).toEqual({ type: 'apply_patch_approval_request', call_id: 'call-patch', changes });
    expect(log.of('patch_apply_begin')[0]).toEqual({ type: 'patch_apply_begin', call_id: 'call-patch', auto_approved: false, changes });
    expect(log.of('patch_apply_end')[0]).toEqual({
      type: 'patch_apply_end',
      call_id: 'call-patch',
      stdout: 'Success. Updated the following files:\nA hello.txt\nM existing.txt\n',
      stderr: '',
      success: true,
    });
    expect(log.of('turn_diff')[0].unified_diff).toContain('+modified content');
    expect(await fs.readFile(path.join(workdir, 'hello.txt'), 'utf8')).toBe('hello\n');
    expect(await fs.readFile(path.join(workdir, 'existing.txt'), 'utf8')).toBe('modified content\n');
    expect(model.toolOutput('call-patch')).toMatch(
      /^\{"output":"Success. Updated the following files:\\nA hello.txt\\nM existing.txt\\n","metadata":\{"exit_code":0,"duration_seconds":\d+\.\d\}\}$/,
    );
  });

  it('denied: nothing is written and the model is told', async () => {
    const { model, log } = await runPatch('untrusted', 'denied');
    expect(log.of('patch_apply_begin')).toHaveLength(0);
    expect(model.toolOutput('call-patch')).toBe('patch rejected by user');
    await expect(fs.stat(path.join(workdir, 'hello.txt'))).rejects.toThrow();
    expect(await fs.readFile(path.join(workdir, 'existing.txt'), 'utf8')).toBe('original content\n');
  });

  it('never: applied without asking, auto_approved true', async () => {
    const { log } = await runPatch('never');
    expect(log.of('apply_patch_approval_request')).toHaveLength(0);
    expect(log.of('patch_apply_begin')[0].auto_approved).toBe(true);
    expect(log.of('patch_apply_end')[0].success).toBe(true);
  });

  it('the apply_patch function tool takes the patch in `input`', async () => {
    const { log } = await runPatch('never', undefined, functionCall('apply_patch', { input: PATCH }, 'call-patch'));
    expect(log.of('patch_apply_end')[0].success).toBe(true);
    expect(await fs.readFile(path.join(workdir, 'hello.txt'), 'utf8')).toBe('hello\n');
  });

  it('workspace-write: applied by the bundle re-executed in the sandbox, the verified action on stdin', async () => {
    await fs.writeFile(path.join(workdir, 'existing.txt'), 'original content\n');
    const model = new ScriptedModel([[functionCall('shell', { command: ['apply_patch', PATCH] }, 'call-patch'), completed()], answer('ok')]);
    const runner = new FakeExecRunner();
    runner.results.push({ exitCode: 0, stdout: 'Success. Updated the following files:\nA hello.txt\nM existing.txt\n', stderr: '' });
    const { conversation, log } = setup(model, runner, { cwd: workdir, approval_policy: 'on-request', sandbox_policy: { mode: 'workspace-write' } });
    await conversation.submit(text('patch'));
    await log.waitFor('task_complete');
    expect(runner.calls).toHaveLength(1);
    const { params, options } = runner.calls[0];
    expect(params.command).toEqual([process.execPath, SERVER_ENTRY, '__apply-patch']);
    expect(params.env).toEqual({});
    expect(options.policy.mode).toBe('workspace-write');
    expect(options.policy.writableRoots.map((r) => r.root)).toContain(workdir);
    expect(JSON.parse(params.stdin!).finalState).toEqual({ [path.join(workdir, 'hello.txt')]: 'hello\n', [path.join(workdir, 'existing.txt')]: 'modified content\n' });
    expect(log.of('patch_apply_end')[0]).toMatchObject({ success: true, stdout: 'Success. Updated the following files:\nA hello.txt\nM existing.txt\n' });
    // The fake did not write: the in-process applier was not used.
    expect(await fs.readFile(path.join(workdir, 'existing.txt'), 'utf8')).toBe('original content\n');
  });

  it('on-failure: a sandbox refusal asks to apply without the sandbox, then applies in-process', async () => {
    const model = new ScriptedModel([[functionCall('shell', { command: ['apply_patch', '*** Begin Patch\n*** Add File: x.txt\n+x\n*** End Patch'] }, 'c'), completed()], answer('ok')]);
    const runner = new FakeExecRunner();
    const refused = `Failed to write file ${path.join(workdir, 'x.txt')}: Read-only file system (os error 30)\n`;
    runner.results.push({ exitCode: 1, stdout: '', stderr: refused, sandboxDenied: true });
    const { conversation, log } = setup(model, runner, { cwd: workdir, approval_policy: 'on-failure', sandbox_policy: { mode: 'workspace-write' } });
    conversation.subscribe((e) => {
      if (e.msg.type === 'apply_patch_approval_request') void conversation.submit({ type: 'patch_approval', id: e.msg.call_id, decision: 'approved' });
    });
    await conversation.submit(text('patch'));
    await log.waitFor('task_complete');
    expect(log.types()).toEqual([
      'task_started',
      'patch_apply_begin',
      'patch_apply_end',
      'background_event',
      'apply_patch_approval_request',
      'background_event',
      'patch_apply_begin',
      'patch_apply_end',
      'turn_diff',
      'agent_message',
      'task_complete',
    ]);
    expect(log.of('patch_apply_begin').map((e) => e.auto_approved)).toEqual([true, false]);
    expect(log.of('patch_apply_end').map((e) => [e.success, e.stderr])).toEqual([[false, refused], [true, '']]);
    expect(log.of('apply_patch_approval_request')[0].reason).toBe(PATCH_RETRY_REASON);
    expect(log.of('background_event').map((e) => e.message)).toEqual([`Execution failed: ${refused}`, 'retrying patch without sandbox']);
    // The retry was applied in-process, not through the runner.
    expect(runner.calls).toHaveLength(1);
    expect(await fs.readFile(path.join(workdir, 'x.txt'), 'utf8')).toBe('x\n');
  });

  it('a patch that does not match is sent back to the model as an error, before any approval', async () => {
    const bad = '*** Begin Patch\n*** Update File: existing.txt\n-not there\n+x\n*** End Patch';
    const { model, log } = await runPatch('untrusted', 'approved', functionCall('shell', { command: ['apply_patch', bad] }, 'call-patch'));
    expect(log.of('apply_patch_approval_request')).toHaveLength(0);
    expect(model.toolOutput('call-patch')).toMatch(/^error: /);
  });
});

describe('update_plan', () => {
  it('emits plan_update with the model\'s plan and answers "Plan updated"', async () => {
    const args = { explanation: 'why', plan: [{ step: 'a', status: 'in_progress' }, { step: 'b', status: 'pending' }] };
    const model = new ScriptedModel([[functionCall('update_plan', args, 'p1'), functionCall('update_plan', { plan: [{ step: 'a', status: 'bogus' }] }, 'p2'), completed()], answer('x')]);
    const { conversation, log } = setup(model, new FakeExecRunner(), { include_plan_tool: true });
    await conversation.submit(text('plan'));
    await log.waitFor('task_complete');
    expect(model.prompts[0].tools.map((t) => t.name)).toEqual(['shell', 'update_plan']);
    expect(log.of('plan_update')).toEqual([{ type: 'plan_update', explanation: 'why', plan: args.plan }]);
    expect(model.toolOutput('p1')).toBe('Plan updated');
    expect(model.toolOutput('p2')).toMatch(/^failed to parse function arguments: /);
  });

  it('answers unknown tools with upstream\'s text', async () => {
    const model = new ScriptedModel([[functionCall('nope', {}, 'n1'), completed()], answer('x')]);
    const { conversation, log } = setup(model, new FakeExecRunner(), {});
    await conversation.submit(text('x'));
    await log.waitFor('task_complete');
    expect(model.toolOutput('n1')).toBe('unsupported call: nope');
  });
});
