import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Container } from 'inversify';
import { ConfigService } from '../../../src/config/config-service';
import type { CodexConfig } from '../../../src/config/config-types';
import { ConversationManager, type Conversation } from '../../../src/core/conversation';
import { coreModule } from '../../../src/core/core-module';
import { SelfCommand, SelfCommandImpl } from '../../../src/exec/self-command';
import { ExecRunner, type ExecResult, type ExecRunner as ExecRunnerT } from '../../../src/exec/exec-types';
import { SandboxLocator } from '../../../src/exec/sandbox/sandbox-locator';
import { LoggerFactory } from '../../../src/logging/logger';
import { ModelClientFactory } from '../../../src/model/model-types';
import { MemoryLoggerFactory } from '../../support/test-logger';
import { EventLog, ScriptedModel, answer, completed, functionCall, makeConfig, tempDir, userText } from './core-fakes';

const fakeRunner: ExecRunnerT = {
  async run(_params, options): Promise<ExecResult> {
    options.onOutput?.('stdout', Buffer.from('out\n'));
    return { exitCode: 0, stdout: 'out\n', stderr: '', aggregatedOutput: 'out\n', durationMs: 5, timedOut: false, interrupted: false, sandboxDenied: false };
  },
  dispose() {},
};

let codexHome: string;
let cwd: string;
let model: ScriptedModel;
let manager: ConversationManager;

async function makeManager(): Promise<ConversationManager> {
  const container = new Container();
  container.bind(LoggerFactory).toConstantValue(new MemoryLoggerFactory());
  container.bind(ModelClientFactory).toConstantValue(model);
  container.bind(ExecRunner).toConstantValue(fakeRunner);
  container.bind(SandboxLocator).toConstantValue({ resolve: async () => 'bwrap', isAvailable: async () => true });
  container.bind(ConfigService).toConstantValue({ codexHome } as ConfigService);
  container.bind(SelfCommand).to(SelfCommandImpl);
  await container.load(coreModule);
  return container.get<ConversationManager>(ConversationManager);
}

const config = (overrides: Partial<CodexConfig> = {}) => makeConfig({ codex_home: codexHome, cwd, ...overrides });
const text = (t: string) => ({ type: 'user_input' as const, items: [{ type: 'text' as const, text: t }] });

async function runTurn(conversation: Conversation, prompt: string): Promise<EventLog> {
  const log = new EventLog();
  const sub = conversation.subscribe((e) => log.push(e));
  await conversation.submit(text(prompt));
  await log.waitFor('task_complete');
  sub.dispose();
  return log;
}

async function readLines(file: string): Promise<Record<string, unknown>[]> {
  return (await fs.readFile(file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

beforeEach(async () => {
  codexHome = await tempDir('codex-home-');
  cwd = await tempDir('cwd-');
  model = new ScriptedModel();
  manager = await makeManager();
});

afterEach(async () => {
  await manager.dispose();
  await fs.rm(codexHome, { recursive: true, force: true });
  await fs.rm(cwd, { recursive: true, force: true });
});

describe('ConversationManager', () => {
  it('creates a conversation with a uuid, session_configured and a rollout path', async () => {
    const created = await manager.newConversation(config());
    expect(created.conversationId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(created.sessionConfigured).toEqual({
      type: 'session_configured',
      session_id: created.conversationId,
      model: 'mock-model',
      history_log_id: 0,
      history_entry_count: 0,
    });
    expect(manager.getConversation(created.conversationId)).toBe(created.conversation);
    expect(created.rolloutPath).toMatch(
      new RegExp(`^${codexHome}/sessions/\\d{4}/\\d{2}/\\d{2}/rollout-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-${created.conversationId}\\.jsonl$`),
    );
    expect(model.created[0].conversationId).toBe(created.conversationId);
    const other = await manager.newConversation(config());
    expect(other.conversationId).not.toBe(created.conversationId);
  });

  it('removes and disposes conversations', async () => {
    const created = await manager.newConversation(config());
    await manager.removeConversation(created.conversationId);
    expect(manager.getConversation(created.conversationId)).toBeUndefined();
    await expect(created.conversation.submit(text('x'))).rejects.toThrow('shut down');
    await manager.removeConversation('unknown');
  });

  it('seeds the history with the environment context (exact text)', async () => {
    model.push(answer('hi'));
    const { conversation } = await manager.newConversation(config({ approval_policy: 'on-request', sandbox_policy: { mode: 'workspace-write', network_access: true } }));
    await runTurn(conversation, 'hello');
    expect(model.prompts[0].input.map(userText)).toEqual([
      `<environment_context>\n  <cwd>${cwd}</cwd>\n  <approval_policy>on-request</approval_policy>\n  <sandbox_mode>workspace-write</sandbox_mode>\n  <network_access>enabled</network_access>\n</environment_context>`,
      'hello',
    ]);
  });

  it('reports restricted network for read-only and for workspace-write without network', async () => {
    model.push(answer('a'), answer('b'));
    const ro = await manager.newConversation(config({ sandbox_policy: { mode: 'read-only' } }));
    await runTurn(ro.conversation, 'x');
    const ww = await manager.newConversation(config({ sandbox_policy: { mode: 'workspace-write' } }));
    await runTurn(ww.conversation, 'y');
    expect(userText(model.prompts[0].input[0])).toContain('<sandbox_mode>read-only</sandbox_mode>\n  <network_access>restricted</network_access>');
    expect(userText(model.prompts[1].input[0])).toContain('<sandbox_mode>workspace-write</sandbox_mode>\n  <network_access>restricted</network_access>');
  });

  it('puts AGENTS.md from the git root down to the cwd, and CODEX_HOME/AGENTS.md, before the environment context', async () => {
    await fs.mkdir(path.join(cwd, '.git'));
    const sub = path.join(cwd, 'pkg');
    await fs.mkdir(sub);
    await fs.writeFile(path.join(cwd, 'AGENTS.md'), 'root rules');
    await fs.writeFile(path.join(sub, 'AGENTS.md'), 'pkg rules');
    await fs.writeFile(path.join(codexHome, 'AGENTS.md'), '  my own rules \n');
    model.push(answer('ok'));
    const { conversation, rolloutPath } = await manager.newConversation(config({ cwd: sub }));
    await runTurn(conversation, 'q');
    const input = model.prompts[0].input.map(userText);
    expect(input[0]).toBe('<user_instructions>\n\nmy own rules\n\n--- project-doc ---\n\nroot rules\n\npkg rules\n\n</user_instructions>');
    expect(input[1]).toMatch(/^<environment_context>/);
    expect(input[2]).toBe('q');
    const [meta] = await readLines(rolloutPath);
    expect(meta.instructions).toBe('my own rules\n\n--- project-doc ---\n\nroot rules\n\npkg rules');
  });

  it('caps project docs at project_doc_max_bytes and skips them at 0', async () => {
    await fs.writeFile(path.join(cwd, 'AGENTS.md'), 'abcdefghij');
    model.push(answer('ok'), answer('ok'));
    const capped = await manager.newConversation(config({ project_doc_max_bytes: 4 }));
    await runTurn(capped.conversation, 'q');
    expect(userText(model.prompts[0].input[0])).toBe('<user_instructions>\n\nabcd\n\n</user_instructions>');
    const none = await manager.newConversation(config({ project_doc_max_bytes: 0 }));
    await runTurn(none.conversation, 'q');
    expect(userText(model.prompts[1].input[0])).toMatch(/^<environment_context>/);
  });
});

describe('rollouts', () => {
  it('records the session meta, history items and events (not deltas)', async () => {
    model.push([functionCall('shell', { command: ['echo', 'x'] }, 'c1'), completed()], [{ type: 'output_text_delta', delta: 'do' }, ...answer('done')]);
    const { conversationId, conversation, rolloutPath } = await manager.newConversation(config());
    await runTurn(conversation, 'first message');
    await conversation.dispose(); // flushes the rollout
    const lines = await readLines(rolloutPath);
    expect(lines[0]).toMatchObject({ id: conversationId, instructions: null, cwd, originator: 'codex_mcp_server', cli_version: '0.25.0' });
    expect(Date.parse(lines[0].timestamp as string)).not.toBeNaN();
    const rest = lines.slice(1) as { type: string; timestamp: string; payload: { type: string } }[];
    expect(rest.every((l) => typeof l.timestamp === 'string')).toBe(true);
    expect(rest.filter((l) => l.type === 'response_item').map((l) => l.payload.type)).toEqual([
      'message',
      'message',
      'function_call',
      'function_call_output',
      'message',
    ]);
    const events = rest.filter((l) => l.type === 'event_msg').map((l) => l.payload.type);
    expect(events).toEqual(['task_started', 'exec_command_begin', 'exec_command_end', 'agent_message', 'task_complete']);
  });

  it('finds a rollout by conversation id', async () => {
    const { conversationId, rolloutPath } = await manager.newConversation(config());
    expect(await manager.findRollout(conversationId)).toBe(rolloutPath);
    expect(await manager.findRollout('00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it('lists conversations newest first with the first user message as preview, paged by cursor', async () => {
    // Three rollouts on different days, written as the recorder writes them.
    const ids = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'];
    const days = ['2001/08/01', '2001/08/02', '2001/09/01'];
    for (let i = 0; i < 3; i++) {
      const dir = path.join(codexHome, 'sessions', days[i]);
      await fs.mkdir(dir, { recursive: true });
      const stamp = `${days[i].replace(/\//g, '-')}T10-00-00`;
      const lines = [
        { id: ids[i], timestamp: `${days[i].replace(/\//g, '-')}T10:00:00.000Z`, instructions: null, cwd, originator: 'x', cli_version: '0.25.0' },
        { timestamp: 't', type: 'response_item', payload: { type: 'message', id: null, role: 'user', content: [{ type: 'input_text', text: '<user_instructions>\n\nrules\n\n</user_instructions>' }] } },
        { timestamp: 't', type: 'response_item', payload: { type: 'message', id: null, role: 'user', content: [{ type: 'input_text', text: '<environment_context>x</environment_context>' }] } },
        { timestamp: 't', type: 'response_item', payload: { type: 'message', id: null, role: 'user', content: [{ type: 'input_text', text: `  prompt ${i}  ` }] } },
      ];
      await fs.writeFile(path.join(dir, `rollout-${stamp}-${ids[i]}.jsonl`), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    }
    await fs.writeFile(path.join(codexHome, 'sessions', days[0], 'notes.txt'), 'ignored');

    const page1 = await manager.listConversations(2);
    expect(page1.items.map((i) => [i.conversationId, i.preview, i.timestamp])).toEqual([
      [ids[2], 'prompt 2', '2001-09-01T10:00:00.000Z'],
      [ids[1], 'prompt 1', '2001-08-02T10:00:00.000Z'],
    ]);
    expect(page1.items[0].path).toBe(await manager.findRollout(ids[2]));
    expect(page1.nextCursor).toBeDefined();
    const page2 = await manager.listConversations(2, page1.nextCursor);
    expect(page2.items.map((i) => i.preview)).toEqual(['prompt 0']);
    expect(page2.nextCursor).toBeUndefined();

    // A live conversation (dated today) comes first.
    model.push(answer('re'));
    const created = await manager.newConversation(config());
    await runTurn(created.conversation, 'fresh question');
    await created.conversation.dispose(); // flushes the rollout
    const all = await manager.listConversations(10);
    expect(all.items.map((i) => i.preview)).toEqual(['fresh question', 'prompt 2', 'prompt 1', 'prompt 0']);
  });

  it('resumes from a rollout: same id, the model sees the old history, new items go to the same file', async () => {
    model.push(answer('first answer'));
    const first = await manager.newConversation(config());
    await runTurn(first.conversation, 'first question');
    await manager.removeConversation(first.conversationId);

    const other = await makeManager();
    model.push(answer('second answer'));
    const resumed = await other.resumeConversation(first.rolloutPath, config());
    expect(resumed.conversationId).toBe(first.conversationId);
    expect(resumed.conversation.conversationId).toBe(first.conversationId);
    expect(resumed.rolloutPath).toBe(first.rolloutPath);
    expect(resumed.sessionConfigured.session_id).toBe(first.conversationId);
    expect(resumed.initialMessages.map((m) => m.type)).toEqual(['task_started', 'agent_message', 'task_complete']);
    expect(other.getConversation(first.conversationId)).toBe(resumed.conversation);

    await runTurn(resumed.conversation, 'second question');
    const input = model.prompts[1].input;
    expect(input.map((i) => (i.type === 'message' ? `${i.role}:${i.content.map((c) => ('text' in c ? c.text : '')).join('')}` : i.type))).toEqual([
      expect.stringMatching(/^user:<environment_context>/),
      'user:first question',
      'assistant:first answer',
      'user:second question',
    ]);
    await other.dispose();
    const lines = await readLines(first.rolloutPath);
    expect(lines.filter((l) => 'id' in l && 'cli_version' in l)).toHaveLength(1);
    const items = lines.filter((l) => l.type === 'response_item').map((l) => (l.payload as { role?: string }).role);
    expect(items).toEqual(['user', 'user', 'assistant', 'user', 'assistant']);
  });

  it('refuses a file that is not a rollout', async () => {
    const bogus = path.join(codexHome, 'bogus.jsonl');
    await fs.writeFile(bogus, '{"hello":1}\n');
    await expect(manager.resumeConversation(bogus, config())).rejects.toThrow('not a rollout file');
  });
});
