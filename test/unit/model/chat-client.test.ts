import { ChatStreamAssembler, buildChatBody, toChatMessages, toChatTools } from '../../../src/model/chat-client';
import type { ResponseEvent, ResponseItem, ToolSpec } from '../../../src/model/model-types';
import { modelTestConfig } from '../../support/model-test-config';

const ENV = '<environment_context>\n  <cwd>/w</cwd>\n</environment_context>';
const user = (text: string): ResponseItem => ({ type: 'message', id: null, role: 'user', content: [{ type: 'input_text', text }] });
const assistant = (text: string): ResponseItem => ({ type: 'message', id: 'msg_1', role: 'assistant', content: [{ type: 'output_text', text }] });
const call = (callId: string, args: string): ResponseItem => ({ type: 'function_call', id: 'fc_1', name: 'shell', arguments: args, call_id: callId });
const output = (callId: string, out: string): ResponseItem => ({ type: 'function_call_output', call_id: callId, output: out });

const SHELL_TOOL: ToolSpec = {
  type: 'function',
  name: 'shell',
  description: 'Runs a shell command and returns its output',
  strict: false,
  parameters: { type: 'object', properties: { command: { type: 'array', items: { type: 'string' } } }, required: ['command'] },
};

describe('toChatMessages', () => {
  test('reproduces the recorded conversation_send_user_turn request', () => {
    const args = '{"command":["python3","-c","print(42)"],"workdir":"<TMP>/workdir","timeout":5000}';
    const out = '{"output":"42\\n","metadata":{"exit_code":0,"duration_seconds":0.8}}';
    const input: ResponseItem[] = [
      user(ENV),
      user('run python'),
      call('call1', args),
      output('call1', out),
      assistant('done 1'),
      user('run python again'),
    ];
    expect(toChatMessages('SYSTEM', input)).toEqual([
      { role: 'system', content: 'SYSTEM' },
      { role: 'user', content: ENV },
      { role: 'user', content: 'run python' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call1', type: 'function', function: { name: 'shell', arguments: args } }],
      },
      { role: 'tool', tool_call_id: 'call1', content: out },
      { role: 'assistant', content: 'done 1' },
      { role: 'user', content: 'run python again' },
    ]);
  });

  test('consecutive function calls become one assistant message; separated ones do not', () => {
    const messages = toChatMessages('S', [call('a', '{}'), call('b', '{}'), output('a', 'x'), output('b', 'y'), call('c', '{}')]);
    expect(messages.map((m) => m.role)).toEqual(['system', 'assistant', 'tool', 'tool', 'assistant']);
    expect(messages[1]).toMatchObject({ tool_calls: [{ id: 'a' }, { id: 'b' }] });
    expect(messages[4]).toMatchObject({ tool_calls: [{ id: 'c' }] });
  });

  test('text parts are joined; images turn the content into parts', () => {
    const joined = toChatMessages('S', [
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'a' }, { type: 'input_text', text: 'b' }] },
    ]);
    expect(joined[1]).toEqual({ role: 'user', content: 'ab' });
    const withImage = toChatMessages('S', [
      {
        type: 'message',
        role: 'user',
        content: [{ type: 'input_text', text: 'look' }, { type: 'input_image', image_url: 'data:image/png;base64,AAA' }],
      },
    ]);
    expect(withImage[1]).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: 'look' },
        { type: 'image_url', image_url: { url: 'data:image/png;base64,AAA' } },
      ],
    });
  });

  test('reasoning items are dropped and do not split a run of calls', () => {
    const reasoning: ResponseItem = { type: 'reasoning', id: 'rs_1', summary: [{ type: 'summary_text', text: 'thinking' }] };
    expect(toChatMessages('S', [user('q'), reasoning, assistant('a')])).toEqual([
      { role: 'system', content: 'S' },
      { role: 'user', content: 'q' },
      { role: 'assistant', content: 'a' },
    ]);
    const calls = toChatMessages('S', [call('a', '{}'), reasoning, call('b', '{}')]);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ tool_calls: [{ id: 'a' }, { id: 'b' }] });
  });
});

describe('buildChatBody', () => {
  test('has exactly model, messages, stream, tools with tools wrapped as functions', () => {
    const body = buildChatBody({ instructions: 'S', input: [user('hi')], tools: [SHELL_TOOL] }, modelTestConfig('http://x'));
    expect(Object.keys(body)).toEqual(['model', 'messages', 'stream', 'tools']);
    expect(body.model).toBe('mock-model');
    expect(body.stream).toBe(true);
    expect(body.tools).toEqual([
      {
        type: 'function',
        function: { name: 'shell', description: SHELL_TOOL.description, strict: false, parameters: SHELL_TOOL.parameters },
      },
    ]);
  });

  test('a per-turn model overrides the configured one', () => {
    expect(buildChatBody({ instructions: '', input: [], tools: [], model: 'other' }, modelTestConfig('http://x')).model).toBe('other');
  });

  test('toChatTools of nothing is an empty list (the key is still sent)', () => {
    expect(toChatTools([])).toEqual([]);
  });
});

function feed(assembler: ChatStreamAssembler, deltas: unknown[], finishReason: string | null = null) {
  const events: ResponseEvent[] = [];
  let finished = false;
  deltas.forEach((delta, i) => {
    const last = i === deltas.length - 1;
    const r = assembler.push({ id: 'chatcmpl-9', choices: [{ index: 0, delta, finish_reason: last ? finishReason : null }] });
    events.push(...r.events);
    finished = r.finished;
  });
  return { events, finished };
}

describe('ChatStreamAssembler', () => {
  test('content deltas stream out and become one message at the end', () => {
    const a = new ChatStreamAssembler();
    const { events, finished } = feed(a, [{ role: 'assistant', content: '' }, { content: 'Hel' }, { content: 'lo' }], 'stop');
    expect(finished).toBe(true);
    expect(events).toEqual([
      { type: 'output_text_delta', delta: 'Hel' },
      { type: 'output_text_delta', delta: 'lo' },
    ]);
    expect(a.finish()).toEqual([
      { type: 'output_item_done', item: { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Hello' }] } },
      { type: 'completed', response_id: 'chatcmpl-9' },
    ]);
  });

  test('tool calls are assembled across chunks by index (id and name from the first chunk)', () => {
    const a = new ChatStreamAssembler();
    const { events } = feed(
      a,
      [
        { tool_calls: [{ index: 0, id: 'call-a', type: 'function', function: { name: 'shell', arguments: '' } }] },
        { tool_calls: [{ index: 1, id: 'call-b', type: 'function', function: { name: 'update_plan', arguments: '{"pl' } }] },
        { tool_calls: [{ index: 0, function: { arguments: '{"command":' } }] },
        { tool_calls: [{ index: 0, function: { arguments: '["ls"]}' } }] },
        { tool_calls: [{ index: 1, id: 'ignored', function: { name: 'ignored', arguments: 'an":[]}' } }] },
      ],
      'tool_calls',
    );
    expect(events).toEqual([]);
    expect(a.finish()).toEqual([
      { type: 'output_item_done', item: { type: 'function_call', name: 'shell', arguments: '{"command":["ls"]}', call_id: 'call-a' } },
      { type: 'output_item_done', item: { type: 'function_call', name: 'update_plan', arguments: '{"plan":[]}', call_id: 'call-b' } },
      { type: 'completed', response_id: 'chatcmpl-9' },
    ]);
  });

  test('fragments without an index: a new id starts a call, none continues the last one', () => {
    const a = new ChatStreamAssembler();
    feed(a, [
      { tool_calls: [{ id: 'x', function: { name: 'shell', arguments: '{"a"' } }] },
      { tool_calls: [{ function: { arguments: ':1}' } }] },
      { tool_calls: [{ id: 'y', function: { name: 'shell', arguments: '{}' } }] },
    ]);
    const items = a.finish().filter((e) => e.type === 'output_item_done');
    expect(items.map((e) => e.type === 'output_item_done' && e.item)).toEqual([
      { type: 'function_call', name: 'shell', arguments: '{"a":1}', call_id: 'x' },
      { type: 'function_call', name: 'shell', arguments: '{}', call_id: 'y' },
    ]);
  });

  test('reasoning arrives as reasoning, reasoning_content or {text}, and ends as a reasoning item first', () => {
    const a = new ChatStreamAssembler();
    const { events } = feed(a, [{ reasoning: 'a' }, { reasoning_content: 'b' }, { reasoning: { text: 'c' } }, { content: 'answer' }], 'stop');
    expect(events.filter((e) => e.type === 'reasoning_content_delta')).toEqual([
      { type: 'reasoning_content_delta', delta: 'a' },
      { type: 'reasoning_content_delta', delta: 'b' },
      { type: 'reasoning_content_delta', delta: 'c' },
    ]);
    const done = a.finish();
    expect(done[0]).toEqual({
      type: 'output_item_done',
      item: { type: 'reasoning', id: '', summary: [], content: [{ type: 'reasoning_text', text: 'abc' }], encrypted_content: null },
    });
    expect(done[1]).toMatchObject({ type: 'output_item_done', item: { type: 'message' } });
  });

  test('usage in a chunk is reported on completed', () => {
    const a = new ChatStreamAssembler();
    a.push({
      choices: [{ delta: { content: 'x' }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 7, completion_tokens: 3, total_tokens: 10, prompt_tokens_details: { cached_tokens: 2 } },
    });
    expect(a.finish().at(-1)).toEqual({
      type: 'completed',
      response_id: '',
      token_usage: { input_tokens: 7, cached_input_tokens: 2, output_tokens: 3, reasoning_output_tokens: null, total_tokens: 10 },
    });
  });

  test('chunks that are not chat chunks are ignored', () => {
    const a = new ChatStreamAssembler();
    expect(a.push('nonsense')).toEqual({ events: [], finished: false });
    expect(a.push({ choices: [] })).toEqual({ events: [], finished: false });
    expect(a.finish()).toEqual([{ type: 'completed', response_id: '' }]);
  });
});
