/**
 * The real model clients and exec runner under the core, against the mock model server: the
 * requests the model gets and the events the client sees must match the reference transcripts.
 */
import { readFileSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ConversationFactoryImpl } from '../../../src/core/conversation-factory';
import type { Conversation } from '../../../src/core/conversation';
import { TurnLimiterImpl } from '../../../src/core/turn-limiter';
import { RolloutStoreImpl } from '../../../src/core/rollout/rollout-store';
import { ApplyPatchTool } from '../../../src/core/tools/apply-patch-tool';
import { PatchRunner } from '../../../src/core/tools/patch-runner';
import { PlanTool } from '../../../src/core/tools/plan-tool';
import { ShellTool } from '../../../src/core/tools/shell-tool';
import { ToolRegistryImpl } from '../../../src/core/tools/tool-registry';
import { SandboxLocatorImpl, type SandboxLocator } from '../../../src/exec/sandbox/sandbox-locator';
import { ExecRunnerImpl } from '../../../src/exec/process-runner';
import { selfCommandFor } from '../../../src/exec/self-command';
import { SERVER_ENTRY } from '../../support/mcp-process';
import type { CodexConfig } from '../../../src/config/config-types';
import { ModelClientFactoryImpl } from '../../../src/model/model-client-factory';
import { FakeAuthManager } from '../../support/fake-auth-manager';
import { MockModelServer, reply } from '../../support/mock-model-server';
import { modelTestConfig } from '../../support/model-test-config';
import { MemoryLoggerFactory } from '../../support/test-logger';
import { EventLog, tempDir } from './core-fakes';

/** Copies of the reference recordings (../shared/reference/transcripts) this test compares against. */
const TRANSCRIPTS = path.resolve(__dirname, '../../golden/transcripts');
const describeIfTranscripts = describe;

interface Recorded {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

function loadModelRequests(name: string, tmp: string): Recorded[] {
  return JSON.parse(readFileSync(path.join(TRANSCRIPTS, `${name}.model.json`), 'utf8').split('<TMP>').join(tmp)) as Recorded[];
}

function loadEvents(name: string, tmp: string): { id: string; msg: { type: string } }[] {
  return readFileSync(path.join(TRANSCRIPTS, `${name}.jsonl`), 'utf8')
    .split('<TMP>')
    .join(tmp)
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { from: string; msg: { method?: string; params?: { id: string; msg: { type: string } } } })
    .filter((l) => l.from === 'server' && l.msg.method === 'codex/event' && l.msg.params?.msg.type !== 'session_configured')
    .map((l) => ({ id: l.msg.params!.id, msg: l.msg.params!.msg }));
}

/** Drop what legitimately differs: the system prompt, durations, session ids. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function normalize(body: any): any {
  const copy = JSON.parse(JSON.stringify(body));
  if (Array.isArray(copy.messages) && copy.messages[0]?.role === 'system') copy.messages[0].content = '<system>';
  if (typeof copy.instructions === 'string') copy.instructions = '<system>';
  if (typeof copy.prompt_cache_key === 'string') copy.prompt_cache_key = '<session>';
  return JSON.parse(JSON.stringify(copy).replace(/\\"duration_seconds\\":\d+(\.\d+)?/g, '\\"duration_seconds\\":<d>'));
}

const sandbox: SandboxLocator = { resolve: async () => 'bwrap', isAvailable: async () => true };

describeIfTranscripts('wire parity with the reference', () => {
  let mock: MockModelServer;
  let tmp: string;
  let workdir: string;
  let conversation: Conversation | undefined;

  beforeEach(async () => {
    mock = await MockModelServer.start();
    tmp = await tempDir('parity-');
    workdir = path.join(tmp, 'workdir');
    await fs.mkdir(workdir);
    await fs.mkdir(path.join(tmp, 'home'));
  });

  afterEach(async () => {
    await conversation?.dispose();
    conversation = undefined;
    await mock.close();
    await fs.rm(tmp, { recursive: true, force: true });
  });

  async function start(config: CodexConfig, locator: SandboxLocator = sandbox): Promise<{ conversation: Conversation; log: EventLog }> {
    const loggers = new MemoryLoggerFactory();
    const runner = new ExecRunnerImpl(loggers, locator);
    const patches = new PatchRunner(locator, runner, selfCommandFor(SERVER_ENTRY));
    const tools = new ToolRegistryImpl(new ShellTool(runner, locator, patches), new PlanTool(), new ApplyPatchTool(patches));
    const factory = new ConversationFactoryImpl(new ModelClientFactoryImpl(new FakeAuthManager(), loggers), tools, new RolloutStoreImpl(loggers), loggers, new TurnLimiterImpl());
    conversation = await factory.create('89a6a08b-45ec-4610-a121-5963d906e9a4', config);
    return { conversation, log: new EventLog(conversation) };
  }

  it('chat: a shell call under approval_policy never (codex_tool_exec_never)', async () => {
    mock.enqueue(reply.shell('call-exec', ['sh', '-c', 'echo hello; touch made.txt'], { workdir, timeout: 5000 }), reply.text('ran it'));
    const { conversation, log } = await start(modelTestConfig(mock.baseUrl, {}, { cwd: workdir, codex_home: path.join(tmp, 'home') }));
    await conversation.submitWithId('2', { type: 'user_input', items: [{ type: 'text', text: 'run' }] });
    await log.waitFor('task_complete');

    const expected = loadModelRequests('codex_tool_exec_never', tmp);
    expect(mock.requests.map((r) => r.url)).toEqual(expected.map((r) => r.url));
    expect(mock.requests.map((r) => normalize(r.body))).toEqual(expected.map((r) => normalize(r.body)));

    const reference = loadEvents('codex_tool_exec_never', tmp);
    // Deliberate difference: text deltas stream on the chat wire too (the reference drops them there).
    const ours = log.events.filter((e) => e.msg.type !== 'agent_message_delta');
    expect(log.of('agent_message_delta').map((m) => m.delta)).toEqual(['ran it']);
    expect(ours.map((e) => [e.id, e.msg.type])).toEqual(reference.map((e) => [e.id, e.msg.type]));
    const strip = (m: object) => ({ ...m, duration: undefined });
    expect(ours.map((e) => strip(e.msg))).toEqual(reference.map((e) => strip(e.msg)));
    await fs.stat(path.join(workdir, 'made.txt'));
  });

  it('responses: an approved command (codex_tool_exec_approval_approved_responses)', async () => {
    mock.enqueue(reply.shell('call1234', ['sh', '-c', 'touch made && echo done'], { workdir, timeout: 5000 }), reply.text('Enjoy your new git repo!'));
    const { conversation, log } = await start(
      modelTestConfig(mock.baseUrl, { wire_api: 'responses' }, { cwd: workdir, codex_home: path.join(tmp, 'home'), approval_policy: 'untrusted' }),
    );
    conversation.subscribe((e) => {
      if (e.msg.type === 'exec_approval_request') void conversation.submit({ type: 'exec_approval', id: e.msg.call_id, decision: 'approved' });
    });
    await conversation.submitWithId('2', { type: 'user_input', items: [{ type: 'text', text: 'run `git init`' }] });
    await log.waitFor('task_complete');

    const expected = loadModelRequests('codex_tool_exec_approval_approved_responses', tmp);
    expect(normalize(mock.requests[0].body)).toEqual(normalize(expected[0].body));
    // Second request: same history shape; the command (and so its output) differs from git init.
    const second = normalize(mock.requests[1].body);
    const reference = normalize(expected[1].body);
    expect(second.input.slice(0, 2)).toEqual(reference.input.slice(0, 2));
    expect(second.input.map((i: { type: string }) => i.type)).toEqual(reference.input.map((i: { type: string }) => i.type));
    expect(second.input[3].output).toBe('{"output":"done\\n","metadata":{"exit_code":0,"duration_seconds":<d>}}');
    expect(Object.keys(second)).toEqual(Object.keys(reference));

    const events = loadEvents('codex_tool_exec_approval_approved_responses', tmp);
    const collapse = (types: string[]) => types.filter((t, i) => !(t === 'exec_command_output_delta' && types[i - 1] === t));
    expect(collapse(log.events.map((e) => e.msg.type))).toEqual(collapse(events.map((e) => e.msg.type)));
    expect(log.events.every((e) => e.id === '2')).toBe(true);
    expect(log.of('exec_approval_request')[0]).toEqual({ type: 'exec_approval_request', call_id: 'call1234', command: ['sh', '-c', 'touch made && echo done'], cwd: workdir });
  });
  it('chat: an approved patch through the shell tool (codex_tool_patch_approval_approved)', async () => {
    await fs.writeFile(path.join(workdir, 'existing.txt'), 'original content\n');
    const patch = '*** Begin Patch\n*** Add File: hello.txt\n+hello\n*** Update File: existing.txt\n-original content\n+modified content\n*** End Patch';
    mock.enqueue(reply.shell('call-patch', ['apply_patch', patch]), reply.text('Patch has been applied successfully!'));
    const { conversation, log } = await start(
      modelTestConfig(mock.baseUrl, {}, { cwd: workdir, codex_home: path.join(tmp, 'home'), approval_policy: 'untrusted' }),
    );
    conversation.subscribe((e) => {
      if (e.msg.type === 'apply_patch_approval_request') void conversation.submit({ type: 'patch_approval', id: e.msg.call_id, decision: 'approved' });
    });
    await conversation.submitWithId('2', { type: 'user_input', items: [{ type: 'text', text: 'please patch' }] });
    await log.waitFor('task_complete');

    const expected = loadModelRequests('codex_tool_patch_approval_approved', tmp);
    expect(mock.requests.map((r) => normalize(r.body))).toEqual(expected.map((r) => normalize(r.body)));
    // Deliberate differences: one turn_diff per patch (the reference sends three), chat deltas.
    const reference = loadEvents('codex_tool_patch_approval_approved', tmp).filter((e, i, all) => e.msg.type !== 'turn_diff' || all.findIndex((x) => x.msg.type === 'turn_diff') === i);
    const ours = log.events.filter((e) => e.msg.type !== 'agent_message_delta');
    expect(ours).toEqual(reference);
  });

  it('chat: sendUserTurn overrides apply and persist (conversation_send_user_turn)', async () => {
    const argv = ['sh', '-c', 'touch made && echo 42'];
    mock.enqueue(reply.shell('call1', argv, { workdir, timeout: 5000 }), reply.text('done 1'), reply.shell('call2', argv, { workdir, timeout: 5000 }), reply.text('done 2'));
    const { conversation, log } = await start(
      modelTestConfig(mock.baseUrl, {}, { cwd: workdir, codex_home: path.join(tmp, 'home'), approval_policy: 'untrusted' }),
    );
    conversation.subscribe((e) => {
      if (e.msg.type === 'exec_approval_request') void conversation.submit({ type: 'exec_approval', id: e.msg.call_id, decision: 'approved' });
    });
    expect(await conversation.submit({ type: 'user_input', items: [{ type: 'text', text: 'run python' }] })).toBe('0');
    await log.waitFor('task_complete');
    const turnId = await conversation.submit({
      type: 'user_turn',
      items: [{ type: 'text', text: 'run python again' }],
      cwd: workdir,
      approval_policy: 'never',
      sandbox_policy: { mode: 'danger-full-access' },
      model: 'mock-model',
      effort: 'medium',
      summary: 'auto',
    });
    // The approval consumed "1", as in the reference.
    expect(turnId).toBe('2');
    await log.waitFor('task_complete', 2);
    expect(log.of('exec_approval_request')).toHaveLength(1);
    const expected = loadModelRequests('conversation_send_user_turn', tmp);
    const fixCommand = (body: unknown) => JSON.parse(JSON.stringify(body).split(JSON.stringify(JSON.stringify(['python3', '-c', 'print(42)'])).slice(1, -1)).join(JSON.stringify(JSON.stringify(argv)).slice(1, -1)));
    expect(mock.requests.map((r) => normalize(r.body))).toEqual(expected.map((r) => normalize(fixCommand(r.body))));
    expect(log.events.filter((e) => e.msg.type === 'task_started').map((e) => e.id)).toEqual(['0', '2']);
  });
  it('chat: a write denied by the read-only sandbox (sandbox_param_read_only, real bwrap)', async () => {
    const locator = new SandboxLocatorImpl(new MemoryLoggerFactory());
    if (!(await locator.isAvailable())) return; // no usable bwrap here: covered by the exec tests' skip logic
    mock.enqueue(reply.shell('c1', ['touch', 'sandboxed.txt'], { workdir, timeout: 5000 }), reply.text('ok'));
    const { conversation, log } = await start(
      modelTestConfig(mock.baseUrl, {}, { cwd: workdir, codex_home: path.join(tmp, 'home'), sandbox_policy: { mode: 'read-only' } }),
      locator,
    );
    await conversation.submitWithId('2', { type: 'user_input', items: [{ type: 'text', text: 'touch' }] });
    await log.waitFor('task_complete');
    // bwrap's read-only mount says EROFS where the reference's Landlock said EACCES.
    const errno = (body: unknown) => JSON.parse(JSON.stringify(body).split('Read-only file system').join('Permission denied'));
    const expected = loadModelRequests('sandbox_param_read_only', tmp);
    expect(mock.requests.map((r) => errno(normalize(r.body)))).toEqual(expected.map((r) => normalize(r.body)));
    const end = log.of('exec_command_end')[0];
    expect(end).toMatchObject({ exit_code: -1, stdout: '' });
    expect(end.stderr).toMatch(/^touch: cannot touch 'sandboxed.txt': (Read-only file system|Permission denied)\n$/);
    await expect(fs.stat(path.join(workdir, 'sandboxed.txt'))).rejects.toThrow();
  });
});
