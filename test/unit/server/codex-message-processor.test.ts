import * as fs from 'node:fs';
import * as path from 'node:path';
import { answer, completed, functionCall, hangingStep } from '../../support/scripted-model';
import { serverPerTest, workDir } from '../../support/in-memory-server';
import type { JsonRpcMessage } from '../../support/json-rpc-peer';
import { userText } from '../core/core-fakes';

const text = (t: string) => ({ type: 'text', data: { text: t } });
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('CodexMessageProcessor (conversation API over an in-memory connection)', () => {
  const t = serverPerTest();

  async function newConversation(params: Record<string, unknown> = {}) {
    const res = await t.client.call('newConversation', { cwd: workDir(), ...params });
    expect(res.error).toBeUndefined();
    return res.result as { conversationId: string; model: string; rolloutPath: string };
  }
  /** The conversation's `codex/event/*` notifications, or those of one event type. */
  const events = (conversationId: string, type?: string) =>
    t.client.messages.filter((m) => m.method?.startsWith('codex/event/') && m.params?.conversationId === conversationId && (!type || m.params.msg.type === type));
  const turnEnd = (conversationId: string, from = 0) =>
    t.client.waitFor((m) => m.method === 'codex/event/task_complete' && m.params.conversationId === conversationId, 10000, from);

  it('newConversation answers the id, the model and a rollout under CODEX_HOME/sessions', async () => {
    const conv = await newConversation();
    expect(conv).toEqual({ conversationId: expect.any(String), model: 'mock-model', rolloutPath: expect.stringContaining(conv.conversationId) });
    expect(conv.rolloutPath.startsWith(path.join(t.server.codexHome, 'sessions') + path.sep)).toBe(true);
    expect(fs.existsSync(conv.rolloutPath)).toBe(true);
  });

  it('newConversation with overrides: the model override is what the model is asked with', async () => {
    const conv = await newConversation({ model: 'other-model' });
    expect(conv.model).toBe('other-model');
    expect(t.server.model.created.at(-1)?.config.model).toBe('other-model');
  });

  it('newConversation with an unknown profile is -32600 with the config error', async () => {
    const res = await t.client.call('newConversation', { profile: 'nope' });
    expect(res.error).toEqual({ code: -32600, message: 'error deriving config: config profile `nope` not found' });
  });

  it('listener + sendUserMessage: {} first, then codex/event/<type> notifications with id, msg and conversationId', async () => {
    const conv = await newConversation();
    const sub = await t.client.call('addConversationListener', { conversationId: conv.conversationId });
    expect(sub.result).toEqual({ subscriptionId: expect.any(String) });
    t.server.model.push(answer('Hi there'));
    const sent = await t.client.call('sendUserMessage', { conversationId: conv.conversationId, items: [text('hello')] });
    expect(sent.result).toEqual({});
    const done = await turnEnd(conv.conversationId);
    expect(done).toEqual({ jsonrpc: '2.0', method: 'codex/event/task_complete', params: { id: '0', msg: { type: 'task_complete', last_agent_message: 'Hi there' }, conversationId: conv.conversationId } });
    const evs = events(conv.conversationId);
    // No session_configured for listeners (the reference sends none either).
    expect(evs.map((m) => m.method)).toEqual(['codex/event/task_started', 'codex/event/agent_message', 'codex/event/task_complete']);
    // The answer to sendUserMessage precedes the turn's first event.
    expect(t.client.messages.indexOf(sent)).toBeLessThan(t.client.messages.indexOf(evs[0]));
    expect(userText(t.server.model.prompts[0].input.at(-1)!)).toBe('hello');
  });

  it('requests naming an unknown conversation or subscription are -32600 with the reference texts', async () => {
    for (const method of ['sendUserMessage', 'addConversationListener', 'interruptConversation']) {
      const res = await t.client.call(method, { conversationId: UNKNOWN, items: [text('x')] });
      expect(res.error).toEqual({ code: -32600, message: `conversation not found: ${UNKNOWN}` });
    }
    expect((await t.client.call('removeConversationListener', { subscriptionId: 'nope' })).error).toEqual({ code: -32600, message: 'subscription not found: nope' });
  });

  it('sendUserMessage without items is invalid params', async () => {
    const conv = await newConversation();
    const res = await t.client.call('sendUserMessage', { conversationId: conv.conversationId });
    expect(res.error?.code).toBe(-32602);
    expect(res.error?.message).toContain('items');
  });

  it('two listeners each get every event; a removed one gets no more', async () => {
    const conv = await newConversation();
    const first = (await t.client.call('addConversationListener', { conversationId: conv.conversationId })).result.subscriptionId as string;
    await t.client.call('addConversationListener', { conversationId: conv.conversationId });
    t.server.model.push(answer('one'), answer('two'));
    await t.client.call('sendUserMessage', { conversationId: conv.conversationId, items: [text('a')] });
    await turnEnd(conv.conversationId);
    await t.client.caughtUp();
    expect(events(conv.conversationId, 'task_complete')).toHaveLength(2);
    expect((await t.client.call('removeConversationListener', { subscriptionId: first })).result).toEqual({});
    const from = t.client.messages.length;
    await t.client.call('sendUserMessage', { conversationId: conv.conversationId, items: [text('b')] });
    await turnEnd(conv.conversationId, from);
    await t.client.caughtUp();
    expect(events(conv.conversationId, 'task_complete').filter((m) => m.params.msg.last_agent_message === 'two')).toHaveLength(1);
    expect((await t.client.call('removeConversationListener', { subscriptionId: first })).error?.code).toBe(-32600);
  });

  it('interruptConversation answers at once when idle, and after turn_aborted when a turn runs', async () => {
    const conv = await newConversation();
    await t.client.call('addConversationListener', { conversationId: conv.conversationId });
    expect((await t.client.call('interruptConversation', { conversationId: conv.conversationId })).result).toEqual({ abortReason: 'interrupted' });
    let asked!: () => void;
    const modelAsked = new Promise<void>((resolve) => (asked = resolve));
    t.server.model.push(hangingStep([], asked), answer('after'));
    await t.client.call('sendUserMessage', { conversationId: conv.conversationId, items: [text('wait')] });
    await modelAsked;
    const id = t.client.request('interruptConversation', { conversationId: conv.conversationId });
    const res = await t.client.response(id);
    expect(res.result).toEqual({ abortReason: 'interrupted' });
    const aborted = t.client.messages.findIndex((m) => m.method === 'codex/event/turn_aborted');
    expect(t.client.messages[aborted].params.msg).toEqual({ type: 'turn_aborted', reason: 'interrupted' });
    expect(aborted).toBeLessThan(t.client.messages.indexOf(res));
    // The conversation goes on.
    const from = t.client.messages.length;
    await t.client.call('sendUserMessage', { conversationId: conv.conversationId, items: [text('again')] });
    expect((await turnEnd(conv.conversationId, from)).params.msg.last_agent_message).toBe('after');
  });

  it('sendUserTurn runs the turn with its own cwd and model, and they stay for later turns', async () => {
    const conv = await newConversation();
    await t.client.call('addConversationListener', { conversationId: conv.conversationId });
    const cwd = workDir('codex-turn-');
    t.server.model.push([functionCall('shell', { command: ['true'] }, 'c1'), completed()], answer('turned'), answer('later'));
    const res = await t.client.call('sendUserTurn', {
      conversationId: conv.conversationId,
      items: [text('do it')],
      cwd,
      approvalPolicy: 'never',
      sandboxPolicy: { mode: 'read-only' },
      model: 'turn-model',
      summary: 'auto',
    });
    expect(res.result).toEqual({});
    await turnEnd(conv.conversationId);
    expect(events(conv.conversationId, 'exec_command_begin')[0].params.msg).toMatchObject({ call_id: 'c1', command: ['true'], cwd });
    expect(t.server.model.prompts.map((p) => p.model)).toEqual(['turn-model', 'turn-model']);
    const from = t.client.messages.length;
    await t.client.call('sendUserMessage', { conversationId: conv.conversationId, items: [text('and then')] });
    await turnEnd(conv.conversationId, from);
    expect(t.server.model.prompts[2].model).toBe('turn-model');
  });

  it('listConversations, resumeConversation and archiveConversation work on the rollouts', async () => {
    const conv = await newConversation();
    await t.client.call('addConversationListener', { conversationId: conv.conversationId });
    t.server.model.push(answer('noted'));
    await t.client.call('sendUserMessage', { conversationId: conv.conversationId, items: [text('remember this')] });
    await turnEnd(conv.conversationId);
    const list = await t.client.call('listConversations', {});
    expect(list.result.items).toEqual([{ conversationId: conv.conversationId, path: conv.rolloutPath, preview: 'remember this', timestamp: expect.any(String) }]);
    const resumed = await t.client.call('resumeConversation', { path: conv.rolloutPath });
    expect(resumed.result).toMatchObject({ conversationId: conv.conversationId, model: 'mock-model' });
    expect(resumed.result.initialMessages.map((m: { type: string }) => m.type)).toContain('agent_message');
    expect((await t.client.call('archiveConversation', { conversationId: conv.conversationId, rolloutPath: conv.rolloutPath })).result).toEqual({});
    expect(fs.existsSync(conv.rolloutPath)).toBe(false);
    expect(fs.existsSync(path.join(t.server.codexHome, 'archived_sessions', path.basename(conv.rolloutPath)))).toBe(true);
    const missing = await t.client.call('resumeConversation', { path: conv.rolloutPath });
    expect(missing.error).toEqual({ code: -32600, message: `rollout not found: ${conv.rolloutPath}` });
  });

  it('archiveConversation refuses a path that is not the conversation\'s rollout', async () => {
    const conv = await newConversation();
    const res = await t.client.call('archiveConversation', { conversationId: conv.conversationId, rolloutPath: '/etc/passwd' });
    expect(res.error).toEqual({ code: -32600, message: `rollout path \`/etc/passwd\` does not belong to conversation ${conv.conversationId}` });
    expect(fs.existsSync(conv.rolloutPath)).toBe(true);
  });

  it('getUserAgent, getUserSavedConfig and gitDiffToRemote outside a repository', async () => {
    expect((await t.client.call('getUserAgent')).result.userAgent).toMatch(/^codex-mcp-server\/0\.0\.0-test \(.+\) node\//);
    expect((await t.client.call('getUserSavedConfig')).result.config).toMatchObject({ model: 'mock-model', approvalPolicy: 'never' });
    const cwd = workDir();
    expect((await t.client.call('gitDiffToRemote', { cwd })).error).toEqual({ code: -32600, message: `failed to compute git diff to remote for cwd: ${JSON.stringify(cwd)}` });
  });

  it('execOneOffCommand runs the command and answers exit code and output; an empty command is invalid params', async () => {
    const res = await t.client.call('execOneOffCommand', { command: ['sh', '-c', 'echo out; echo err >&2; exit 3'], cwd: workDir() });
    expect(res.result).toEqual({ exitCode: 3, stdout: 'out\n', stderr: 'err\n' });
    expect((await t.client.call('execOneOffCommand', { command: [] })).error).toEqual({ code: -32602, message: 'Invalid params: command must not be empty' });
  });

  it('closing the connection ends its listeners; the conversation stays for other connections', async () => {
    const conv = await newConversation();
    await t.client.call('addConversationListener', { conversationId: conv.conversationId });
    await t.client.close();
    const other = t.server.connect();
    await other.initialize();
    await other.call('addConversationListener', { conversationId: conv.conversationId });
    t.server.model.push(answer('still here'));
    await other.call('sendUserMessage', { conversationId: conv.conversationId, items: [text('x')] });
    const done: JsonRpcMessage = await other.waitFor((m) => m.method === 'codex/event/task_complete');
    expect(done.params.msg.last_agent_message).toBe('still here');
    expect(events(conv.conversationId, 'task_complete')).toEqual([]);
    expect(other.violations()).toEqual([]);
  });
});
