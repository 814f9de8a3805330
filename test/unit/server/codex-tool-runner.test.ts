import { ModelError } from '../../../src/model/model-types';
import { answer, hangingStep } from '../../support/scripted-model';
import { serverPerTest, workDir } from '../../support/in-memory-server';
import type { JsonRpcMessage } from '../../support/json-rpc-peer';
import { userText } from '../core/core-fakes';

describe('CodexToolRunner (tools/call codex and codex-reply over an in-memory connection)', () => {
  const t = serverPerTest();

  const codex = (args: Record<string, unknown>, meta?: Record<string, unknown>) =>
    t.client.request('tools/call', { name: 'codex', arguments: { cwd: workDir(), ...args }, ...(meta ? { _meta: meta } : {}) });
  const eventsOf = (requestId: string | number) => t.client.notifications('codex/event').filter((m) => m.params._meta.requestId === requestId);
  /** A model step that hangs until the turn is interrupted; resolves `asked` when the model is asked. */
  function hangs(): Promise<void> {
    let asked!: () => void;
    const started = new Promise<void>((resolve) => (asked = resolve));
    t.server.model.push(hangingStep([], asked));
    return started;
  }

  it('the session_configured event comes first with id "", then the turn under the request id', async () => {
    t.server.model.push(answer('done'));
    const id = codex({ prompt: 'go', model: 'picked-model' });
    await t.client.response(id);
    const [configured, ...turn] = eventsOf(id);
    expect(configured.params).toEqual({
      _meta: { requestId: id },
      id: '',
      msg: { type: 'session_configured', session_id: expect.any(String), model: 'picked-model', history_log_id: 0, history_entry_count: 0 },
    });
    expect(turn.every((e) => e.params.id === String(id))).toBe(true);
    expect(t.server.model.created[0].config.model).toBe('picked-model');
  });

  it('a _meta.progressToken gets notifications/progress for the milestones', async () => {
    t.server.model.push(answer('done'));
    const id = codex({ prompt: 'go' }, { progressToken: 'tok-1' });
    await t.client.response(id);
    expect(t.client.notifications('notifications/progress').map((m) => m.params)).toEqual([
      { progressToken: 'tok-1', progress: 1, message: 'Codex is working' },
      { progressToken: 'tok-1', progress: 2, message: 'Codex answered' },
    ]);
  });

  it('a model failure ends the call with an error result carrying the message', async () => {
    t.server.model.push(async function* () {
      yield* [];
      throw new ModelError('the model is down');
    });
    const res = await t.client.response(codex({ prompt: 'go' }));
    const sessionId = eventsOf(res.id!)[0].params.msg.session_id as string;
    expect(res.result).toEqual({ content: [{ text: 'the model is down', type: 'text' }], isError: true, structuredContent: { threadId: sessionId, sessionId, content: 'the model is down' } });
  });

  it('a config problem is an error result and makes no session', async () => {
    const res = await t.client.response(codex({ prompt: 'x', profile: 'nonexistent' }));
    expect(res.result).toEqual({ content: [{ text: 'Failed to load Codex configuration from overrides: config profile `nonexistent` not found', type: 'text' }], isError: true });
    expect(t.server.model.created).toEqual([]);
  });

  it('notifications/cancelled interrupts the turn and the call gets no answer; the session stays usable', async () => {
    const asked = hangs();
    const id = codex({ prompt: 'long' });
    await asked;
    t.client.notify('notifications/cancelled', { requestId: id, reason: 'user' });
    const aborted = await t.client.waitFor((m) => m.method === 'codex/event' && m.params.msg.type === 'turn_aborted');
    expect(aborted.params).toEqual({ _meta: { requestId: id }, id: String(id), msg: { type: 'turn_aborted', reason: 'interrupted' } });
    const sessionId = eventsOf(id)[0].params.msg.session_id as string;
    t.server.model.push(answer('after'));
    const reply = await t.client.call('tools/call', { name: 'codex-reply', arguments: { sessionId, prompt: 'again' } });
    expect(reply.result.content).toEqual([{ text: 'after', type: 'text' }]);
    expect(t.client.messages.filter((m: JsonRpcMessage) => m.id === id && m.method === undefined)).toEqual([]);
  });

  it('a codex-reply sent while the session is busy waits for that turn and gets a turn of its own', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let asked!: () => void;
    const modelAsked = new Promise<void>((resolve) => (asked = resolve));
    t.server.model.push(async function* () {
      asked();
      await gate;
      yield* answer('first answer');
    }, answer('reply answer'));
    const first = codex({ prompt: 'first' });
    await modelAsked;
    const sessionId = eventsOf(first)[0].params.msg.session_id as string;
    const second = t.client.request('tools/call', { name: 'codex-reply', arguments: { sessionId, prompt: 'second' } });
    await t.server.loggers.waitForLine('session busy: the reply waits for the running turn');
    release();
    expect((await t.client.response(first)).result.content[0].text).toBe('first answer');
    expect((await t.client.response(second)).result.content[0].text).toBe('reply answer');
    // Each call saw only its own turn's events.
    expect(eventsOf(second).map((e) => e.params.msg.type)).toEqual(['task_started', 'agent_message', 'task_complete']);
    expect(t.server.model.prompts.map((p) => userText(p.input.at(-1)!))).toEqual(['first', 'second']);
  });

  it('closing the connection cancels its running call: the turn is interrupted', async () => {
    const asked = hangs();
    const id = codex({ prompt: 'long' });
    await asked;
    const sessionId = eventsOf(id)[0].params.msg.session_id as string;
    await t.client.close();
    const other = t.server.connect();
    await other.initialize();
    // The session was interrupted, not left running: a reply runs at once.
    t.server.model.push(answer('next'));
    const reply = await other.call('tools/call', { name: 'codex-reply', arguments: { sessionId, prompt: 'again' } });
    expect(reply.result.content[0].text).toBe('next');
    expect(other.violations()).toEqual([]);
  });
});
