import { ConversationImpl } from '../../../src/core/conversation-impl';
import { environmentContextMessage } from '../../../src/core/environment-context';
import type { ToolRegistry } from '../../../src/core/tools/tool-types';
import type { ToolCallContext, TurnContext, TurnDiff } from '../../../src/core/tools/tool-types';
import { NullRolloutRecorder } from '../../../src/core/rollout/rollout-recorder';
import { ModelError, type ToolSpec } from '../../../src/model/model-types';
import type { Event } from '../../../src/protocol/events';
import { MemoryLoggerFactory } from '../../support/test-logger';
import {
  EventLog,
  ScriptedModel,
  abortError,
  answer,
  assistantMessage,
  completed,
  functionCall,
  hangingStep,
  makeConfig,
  userText,
  whenAborted,
} from './core-fakes';

const ECHO_SPEC: ToolSpec = { type: 'function', name: 'echo', description: 'echo', strict: false, parameters: { type: 'object', properties: {} } };

/** A registry with one `echo` tool whose behaviour each test can replace. */
class FakeTools implements ToolRegistry {
  calls: { name: string; args: string; ctx: ToolCallContext }[] = [];
  handler: (args: string, ctx: ToolCallContext) => Promise<string> = async (args) => `echo:${args}`;
  specs(_turn: TurnContext): ToolSpec[] {
    return [ECHO_SPEC];
  }
  async dispatch(name: string, args: string, ctx: ToolCallContext): Promise<string> {
    this.calls.push({ name, args, ctx });
    return this.handler(args, ctx);
  }
}

const noDiff = (): TurnDiff => ({ onPatchBegin: () => undefined, getUnifiedDiff: () => null });

function setup(model: ScriptedModel, configOverrides = {}) {
  const tools = new FakeTools();
  const loggers = new MemoryLoggerFactory();
  const config = makeConfig(configOverrides);
  const conversation = new ConversationImpl(
    { conversationId: 'conv-1', config, history: [environmentContextMessage(config.cwd, config.approval_policy, config.sandbox_policy)] },
    { client: model, tools, recorder: new NullRolloutRecorder('/dev/null'), logger: loggers.get('conversation'), newTurnDiff: noDiff },
  );
  const log = new EventLog(conversation);
  return { conversation, tools, log, loggers };
}

const text = (t: string) => ({ type: 'user_input' as const, items: [{ type: 'text' as const, text: t }] });

describe('ConversationImpl turn loop', () => {
  it('runs a plain turn: task_started, agent_message, task_complete under the submission id', async () => {
    const model = new ScriptedModel([answer('Hello')]);
    const { conversation, log } = setup(model);
    const id = await conversation.submit(text('hi'));
    expect(id).toBe('0');
    await log.waitFor('task_complete');
    expect(log.events).toEqual([
      { id: '0', msg: { type: 'task_started', model_context_window: null } },
      { id: '0', msg: { type: 'agent_message', message: 'Hello' } },
      { id: '0', msg: { type: 'task_complete', last_agent_message: 'Hello' } },
    ]);
    expect(conversation.isRunning()).toBe(false);
    const prompt = model.prompts[0];
    expect(prompt.input.map(userText)).toEqual([
      '<environment_context>\n  <cwd>/tmp</cwd>\n  <approval_policy>never</approval_policy>\n  <sandbox_mode>danger-full-access</sandbox_mode>\n  <network_access>enabled</network_access>\n</environment_context>',
      'hi',
    ]);
    expect(prompt.input[1]).toEqual({ type: 'message', id: null, role: 'user', content: [{ type: 'input_text', text: 'hi' }] });
    expect(prompt.model).toBe('mock-model');
    expect(prompt.instructions).toContain('You are Codex');
  });

  it('resolves submit before the turn emits anything (a client is answered before the first event)', async () => {
    const model = new ScriptedModel([answer('Hello')]);
    const { conversation, log } = setup(model);
    await conversation.submit(text('hi'));
    expect(log.events).toEqual([]);
    await log.waitFor('task_complete');
  });

  it('uses base_instructions and model_context_window from the config', async () => {
    const model = new ScriptedModel([answer('ok')]);
    const { conversation, log } = setup(model, { base_instructions: 'Be terse.', model_context_window: 4096 });
    await conversation.submitWithId('req-7', text('hi'));
    await log.waitFor('task_complete');
    expect(log.events[0]).toEqual({ id: 'req-7', msg: { type: 'task_started', model_context_window: 4096 } });
    expect(model.prompts[0].instructions).toBe('Be terse.');
  });

  it('streams deltas and token_count, and keeps the history for the next turn', async () => {
    const model = new ScriptedModel([
      [{ type: 'created' }, { type: 'output_text_delta', delta: 'first ' }, { type: 'output_text_delta', delta: 'answer' }, assistantMessage('first answer'), completed(true)],
      answer('second answer', true),
    ]);
    const { conversation, log } = setup(model);
    await conversation.submit(text('first question'));
    await log.waitFor('task_complete');
    expect(log.types()).toEqual(['task_started', 'agent_message_delta', 'agent_message_delta', 'agent_message', 'token_count', 'task_complete']);
    expect(log.of('token_count')[0]).toEqual({
      type: 'token_count',
      input_tokens: 10,
      cached_input_tokens: null,
      output_tokens: 5,
      reasoning_output_tokens: null,
      total_tokens: 15,
    });
    expect(Object.keys(log.of('token_count')[0])).toEqual(['type', 'input_tokens', 'cached_input_tokens', 'output_tokens', 'reasoning_output_tokens', 'total_tokens']);
    const id = await conversation.submit(text('second question'));
    expect(id).toBe('1');
    await log.waitFor('task_complete', 2);
    const input = model.prompts[1].input;
    expect(input).toHaveLength(4);
    expect(input[2]).toEqual({ type: 'message', id: 'msg_1', role: 'assistant', content: [{ type: 'output_text', text: 'first answer' }] });
    expect(userText(input[3])).toBe('second question');
    expect(log.events.filter((e) => e.msg.type === 'task_started').map((e) => e.id)).toEqual(['0', '1']);
  });

  it('emits reasoning events', async () => {
    const model = new ScriptedModel([
      [
        { type: 'reasoning_summary_delta', delta: 'thinking' },
        { type: 'reasoning_content_delta', delta: 'raw' },
        { type: 'output_item_done', item: { type: 'reasoning', id: 'r1', summary: [{ type: 'summary_text', text: 'thinking' }] } },
        assistantMessage('done'),
        completed(),
      ],
    ]);
    const { conversation, log } = setup(model);
    await conversation.submit(text('q'));
    await log.waitFor('task_complete');
    expect(log.types()).toEqual(['task_started', 'agent_reasoning_delta', 'agent_reasoning', 'agent_message', 'task_complete']);
    expect(log.of('agent_reasoning')[0].text).toBe('thinking');
  });

  it('runs a tool call and sends its output to the model on the next request', async () => {
    const model = new ScriptedModel([[functionCall('echo', { x: 1 }, 'call-1'), completed()], answer('done')]);
    const { conversation, tools, log } = setup(model);
    await conversation.submit(text('use the tool'));
    await log.waitFor('task_complete');
    expect(tools.calls.map((c) => [c.name, c.args, c.ctx.callId, c.ctx.turn.subId])).toEqual([['echo', '{"x":1}', 'call-1', '0']]);
    const input = model.prompts[1].input;
    expect(input.slice(-2)).toEqual([
      { type: 'function_call', id: 'fc_call-1', name: 'echo', arguments: '{"x":1}', call_id: 'call-1' },
      { type: 'function_call_output', call_id: 'call-1', output: 'echo:{"x":1}' },
    ]);
    expect(model.prompts[0].tools).toEqual([ECHO_SPEC]);
    expect(log.of('task_complete')[0].last_agent_message).toBe('done');
  });

  it('runs two tool calls of one response in order and answers both', async () => {
    const model = new ScriptedModel([[functionCall('echo', 'a', 'c1'), functionCall('echo', 'b', 'c2'), completed()], answer('both done')]);
    const { conversation, tools, log } = setup(model);
    await conversation.submit(text('two'));
    await log.waitFor('task_complete');
    expect(tools.calls.map((c) => c.ctx.callId)).toEqual(['c1', 'c2']);
    expect(model.prompts[1].input.slice(-4).map((i) => `${i.type}:${'call_id' in i ? i.call_id : ''}`)).toEqual([
      'function_call:c1',
      'function_call_output:c1',
      'function_call:c2',
      'function_call_output:c2',
    ]);
  });

  it('puts input submitted during a turn into the next request of that turn', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const model = new ScriptedModel([[functionCall('echo', '1', 'c1'), completed()], answer('saw both')]);
    const { conversation, tools, log } = setup(model);
    tools.handler = async () => {
      await gate;
      return 'ok';
    };
    await conversation.submit(text('first'));
    await new Promise((r) => setImmediate(r));
    expect(conversation.isRunning()).toBe(true);
    const id = await conversation.submit(text('also this'));
    expect(id).toBe('1');
    await new Promise((r) => setImmediate(r)); // submissions are handled on the next tick
    release();
    await log.waitFor('task_complete');
    expect(model.prompts).toHaveLength(2);
    expect(userText(model.prompts[1].input[model.prompts[1].input.length - 1])).toBe('also this');
    // No second turn: the queued input rode along in the running one.
    expect(log.of('task_started')).toHaveLength(1);
  });

  it('asks the model again when input arrives during its final answer', async () => {
    const hooks = { queue: (): void => undefined };
    const model = new ScriptedModel([
      async function* () {
        hooks.queue();
        await new Promise((r) => setImmediate(r));
        yield assistantMessage('first answer');
        yield completed();
      },
      answer('answer to the late input'),
    ]);
    const { conversation, log } = setup(model);
    hooks.queue = () => void conversation.submit(text('late input'));
    await conversation.submit(text('first'));
    await log.waitFor('task_complete');
    expect(model.prompts).toHaveLength(2);
    expect(userText(model.prompts[1].input[model.prompts[1].input.length - 1])).toBe('late input');
    expect(log.of('task_complete')[0].last_agent_message).toBe('answer to the late input');
  });

  it('surfaces retries as stream_error', async () => {
    const model = new ScriptedModel([[{ type: 'retrying', message: 'stream error: boom; retrying 1/5 in 200ms…', attempt: 1, max: 5 }, ...answer('ok')]]);
    const { conversation, log } = setup(model);
    await conversation.submit(text('q'));
    await log.waitFor('task_complete');
    expect(log.types()).toEqual(['task_started', 'stream_error', 'agent_message', 'task_complete']);
    expect(log.of('stream_error')[0].message).toBe('stream error: boom; retrying 1/5 in 200ms…');
  });

  it('drops what a broken attempt produced when the stream is retried (no duplicates in history)', async () => {
    const model = new ScriptedModel([
      [
        { type: 'created' },
        assistantMessage('partial'),
        { type: 'retrying', message: 'stream error: cut; retrying 1/5 in 200ms…', attempt: 1, max: 5 },
        ...answer('whole'),
      ],
      answer('next'),
    ]);
    const { conversation, log } = setup(model);
    await conversation.submit(text('q'));
    await log.waitFor('task_complete');
    expect(log.of('task_complete')[0].last_agent_message).toBe('whole');
    await conversation.submit(text('again'));
    await log.waitFor('task_complete', 2);
    const history = JSON.stringify(model.prompts[1].input);
    expect(history).toContain('whole');
    expect(history).not.toContain('partial');
  });

  it('turns a ModelError into an error event with no task_complete, and stays usable', async () => {
    const model = new ScriptedModel([
      // eslint-disable-next-line require-yield
      async function* () {
        throw new ModelError('unexpected status 400 Bad Request: {"error":{}}');
      },
      answer('recovered'),
    ]);
    const { conversation, log } = setup(model);
    await conversation.submit(text('q'));
    await log.waitFor('error');
    await new Promise((r) => setImmediate(r));
    expect(log.types()).toEqual(['task_started', 'error']);
    expect(log.events[1]).toEqual({ id: '0', msg: { type: 'error', message: 'unexpected status 400 Bad Request: {"error":{}}' } });
    expect(conversation.isRunning()).toBe(false);
    await conversation.submit(text('again'));
    await log.waitFor('task_complete');
    expect(log.of('task_complete')[0].last_agent_message).toBe('recovered');
  });

  it('reports a stream that ends without completed as an error', async () => {
    const model = new ScriptedModel([[assistantMessage('partial')]]);
    const { conversation, log } = setup(model);
    await conversation.submit(text('q'));
    await log.waitFor('error');
    expect(log.of('error')[0].message).toContain('stream closed before response.completed');
    expect(log.of('task_complete')).toHaveLength(0);
  });
});

describe('ConversationImpl interrupts', () => {
  it('interrupts a streaming turn: turn_aborted under the turn id, the stream is aborted, the conversation stays usable', async () => {
    let streamSignal: AbortSignal | undefined;
    const model = new ScriptedModel([
      async function* (_p, signal) {
        streamSignal = signal;
        yield { type: 'output_text_delta', delta: 'partial' };
        await whenAborted(signal);
        throw abortError();
      },
      answer('after'),
    ]);
    const { conversation, log } = setup(model);
    await conversation.submit(text('hang please'));
    await log.waitFor('agent_message_delta');
    const interruptId = await conversation.submit({ type: 'interrupt' });
    expect(interruptId).toBe('1');
    await log.waitFor('turn_aborted');
    expect(streamSignal?.aborted).toBe(true);
    expect(log.events[log.events.length - 1]).toEqual({ id: '0', msg: { type: 'turn_aborted', reason: 'interrupted' } });
    expect(conversation.isRunning()).toBe(false);
    await new Promise((r) => setImmediate(r));
    expect(log.types()).toEqual(['task_started', 'agent_message_delta', 'turn_aborted']);

    await conversation.submit(text('next'));
    await log.waitFor('task_complete');
    expect(log.of('task_complete')[0].last_agent_message).toBe('after');
    // The aborted turn's user message stays in the history; its partial answer does not.
    expect(model.prompts[1].input.map(userText).filter(Boolean).slice(1)).toEqual(['hang please', 'next']);
  });

  it('interrupts a running tool: its signal aborts and nothing more is emitted for the turn', async () => {
    const model = new ScriptedModel([[functionCall('echo', 'x', 'c1'), completed()]]);
    const { conversation, tools, log } = setup(model);
    let toolSignal: AbortSignal | undefined;
    let toolReturned!: () => void;
    const returned = new Promise<void>((resolve) => (toolReturned = resolve));
    tools.handler = async (_args, ctx) => {
      toolSignal = ctx.signal;
      ctx.emit({ type: 'background_event', message: 'tool started' });
      await whenAborted(ctx.signal);
      ctx.emit({ type: 'background_event', message: 'must not be seen' });
      setImmediate(toolReturned);
      return 'killed';
    };
    await conversation.submit(text('run'));
    await log.waitFor('background_event');
    await conversation.submit({ type: 'interrupt' });
    await log.waitFor('turn_aborted');
    expect(toolSignal?.aborted).toBe(true);
    // The tool has emitted and returned, and the turn has seen its result.
    await returned;
    expect(log.types()).toEqual(['task_started', 'background_event', 'turn_aborted']);
    expect(model.prompts).toHaveLength(1);
  });

  it('counts queued input as running, so an interrupt right after it aborts the turn it starts', async () => {
    const model = new ScriptedModel([hangingStep()]);
    const { conversation, log } = setup(model);
    expect(conversation.isRunning()).toBe(false);
    await conversation.submit(text('q'));
    expect(conversation.isRunning()).toBe(true);
    await conversation.submit({ type: 'interrupt' });
    await log.waitFor('turn_aborted');
    expect(conversation.isRunning()).toBe(false);
    expect(log.types()).toEqual(['task_started', 'turn_aborted']);
  });

  it('ignores an interrupt when no turn runs', async () => {
    const { conversation, log } = setup(new ScriptedModel([answer('after')]));
    await conversation.submit({ type: 'interrupt' });
    // Ops run in order: whatever the interrupt caused comes before the next turn's first event.
    const next = await conversation.submit(text('q'));
    await log.waitFor('task_complete');
    expect(log.events[0]).toEqual({ id: next, msg: expect.objectContaining({ type: 'task_started' }) });
    expect(log.types()).toEqual(['task_started', 'agent_message', 'task_complete']);
  });

  it('shutdown interrupts and emits shutdown_complete, then refuses submissions', async () => {
    const model = new ScriptedModel([hangingStep()]);
    const { conversation, log } = setup(model);
    await conversation.submit(text('q'));
    await log.waitFor('task_started');
    const id = await conversation.submit({ type: 'shutdown' });
    await log.waitFor('shutdown_complete');
    expect(log.events.slice(-2)).toEqual([
      { id: '0', msg: { type: 'turn_aborted', reason: 'interrupted' } },
      { id, msg: { type: 'shutdown_complete' } },
    ]);
    await expect(conversation.submit(text('more'))).rejects.toThrow('shut down');
  });
});

describe('ConversationImpl approvals', () => {
  it('registers the approval before emitting the request, so an answer from inside the listener works', async () => {
    const model = new ScriptedModel([[functionCall('echo', 'x', 'call-a'), completed()], answer('done')]);
    const { conversation, tools, log } = setup(model);
    tools.handler = async (_args, ctx) => {
      const decision = await ctx.requestApproval({ type: 'exec_approval_request', call_id: ctx.callId, command: ['x'], cwd: '/tmp' });
      return `decision:${decision}`;
    };
    conversation.subscribe((event) => {
      if (event.msg.type === 'exec_approval_request') void conversation.submit({ type: 'exec_approval', id: event.msg.call_id, decision: 'approved' });
    });
    await conversation.submit(text('q'));
    await log.waitFor('task_complete');
    expect(model.prompts[1].input[model.prompts[1].input.length - 1]).toEqual({ type: 'function_call_output', call_id: 'call-a', output: 'decision:approved' });
    expect(log.events.find((e) => e.msg.type === 'exec_approval_request')?.id).toBe('0');
  });

  it('an abort decision ends the turn with turn_aborted and no further model request', async () => {
    const model = new ScriptedModel([[functionCall('echo', 'x', 'call-a'), completed()], answer('never')]);
    const { conversation, tools, log } = setup(model);
    let decided!: (decision: string) => void;
    const seen = new Promise<string>((resolve) => (decided = resolve));
    tools.handler = async (_args, ctx) => {
      decided(await ctx.requestApproval({ type: 'exec_approval_request', call_id: ctx.callId, command: ['x'], cwd: '/tmp' }));
      return 'x';
    };
    await conversation.submit(text('q'));
    await log.waitFor('exec_approval_request');
    const id = await conversation.submit({ type: 'exec_approval', id: 'call-a', decision: 'abort' });
    expect(id).toBe('1');
    expect(await seen).toBe('abort');
    await log.waitFor('turn_aborted');
    // Whatever the aborted turn could still do happens before a next turn ends.
    await conversation.submit(text('next'));
    await log.waitFor('task_complete');
    expect(log.types()).toEqual(['task_started', 'exec_approval_request', 'turn_aborted', 'task_started', 'agent_message', 'task_complete']);
    expect(log.events[2].id).toBe('0');
    expect(model.prompts).toHaveLength(2);
    expect(userText(model.prompts[1].input.at(-1)!)).toBe('next');
  });
});

describe('ConversationImpl event delivery', () => {
  it('fans every event out to every listener', async () => {
    const model = new ScriptedModel([answer('hi')]);
    const { conversation, log } = setup(model);
    const second: Event[] = [];
    conversation.subscribe((e) => second.push(e));
    await conversation.submit(text('q'));
    await log.waitFor('task_complete');
    expect(second).toEqual(log.events);
  });

  it('buffers events until the first listener and delivers them to it once', async () => {
    const model = new ScriptedModel([answer('hi')]);
    const loggers = new MemoryLoggerFactory();
    const config = makeConfig();
    const conversation = new ConversationImpl(
      { conversationId: 'c', config, history: [] },
      { client: model, tools: new FakeTools(), recorder: new NullRolloutRecorder(''), logger: loggers.get('c'), newTurnDiff: noDiff },
    );
    // A live listener watches without draining the buffer: it tells when the turn is over.
    const live = new EventLog();
    conversation.subscribeLive((e) => live.push(e));
    await conversation.submit(text('q'));
    await live.waitFor('task_complete');
    const first = new EventLog(conversation);
    expect(first.types()).toEqual(['task_started', 'agent_message', 'task_complete']);
    const late = new EventLog(conversation);
    expect(late.events).toEqual([]);
  });

  it('a throwing listener does not stop delivery to the others', async () => {
    const model = new ScriptedModel([answer('hi')]);
    const { conversation, log, loggers } = setup(model);
    conversation.subscribe(() => {
      throw new Error('listener bug');
    });
    const after = new EventLog(conversation);
    await conversation.submit(text('q'));
    await log.waitFor('task_complete');
    expect(after.types()).toEqual(log.types());
    expect(loggers.lines.some((l) => l.includes('event listener threw'))).toBe(true);
  });

  it('stops delivering to a disposed listener', async () => {
    const model = new ScriptedModel([answer('one'), answer('two')]);
    const { conversation, log } = setup(model);
    const mine: Event[] = [];
    const sub = conversation.subscribe((e) => mine.push(e));
    await conversation.submit(text('q'));
    await log.waitFor('task_complete');
    sub.dispose();
    await conversation.submit(text('q2'));
    await log.waitFor('task_complete', 2);
    expect(mine).toHaveLength(3);
  });
});

describe('ConversationImpl user_turn', () => {
  it('applies the overrides to the turn and keeps them for later turns', async () => {
    const model = new ScriptedModel([[functionCall('echo', 'x', 'c1'), completed()], answer('one'), answer('two')]);
    const { conversation, tools, log } = setup(model, { approval_policy: 'untrusted' });
    await conversation.submit({
      type: 'user_turn',
      items: [{ type: 'text', text: 'go' }],
      cwd: '/var',
      approval_policy: 'never',
      sandbox_policy: { mode: 'read-only' },
      model: 'other-model',
      effort: 'high',
      summary: 'detailed',
    });
    await log.waitFor('task_complete');
    const turn = tools.calls[0].ctx.turn;
    expect([turn.cwd, turn.approvalPolicy, turn.sandboxPolicy]).toEqual(['/var', 'never', { mode: 'read-only' }]);
    expect(model.prompts[0]).toMatchObject({ model: 'other-model', effort: 'high', summary: 'detailed' });
    expect(conversation.config).toMatchObject({ cwd: '/var', approval_policy: 'never', model: 'other-model', model_reasoning_effort: 'high' });
    await conversation.submit(text('plain'));
    await log.waitFor('task_complete', 2);
    expect(model.prompts[2].model).toBe('other-model');
  });
});
