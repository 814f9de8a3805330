import { SessionUpdateMapper } from '../../../src/acp/session-update-mapper';
import { describeChanges, hunksOf, MAX_SHOWN_OUTPUT_CHARS } from '../../../src/acp/tool-call-content';
import { promptToInput } from '../../../src/acp/prompt-input';
import { replayUpdates } from '../../../src/acp/rollout-replay';
import { modesFor } from '../../../src/acp/session-modes';
import type { ContentBlockDto } from '../../../src/acp/acp-dtos';

const chunk = (delta: string) => ({ type: 'exec_command_output_delta' as const, call_id: 'c1', stream: 'stdout' as const, chunk: [...Buffer.from(delta)] });

describe('SessionUpdateMapper', () => {
  it('streamed deltas are not repeated by the final full message', () => {
    const m = new SessionUpdateMapper();
    expect(m.map({ type: 'agent_message_delta', delta: 'Hi' })).toEqual([{ sessionUpdate: 'agent_message_chunk', content: { type: 'text', text: 'Hi' } }]);
    expect(m.map({ type: 'agent_message', message: 'Hi' })).toEqual([]);
    // a message that was not streamed is sent whole
    expect(m.map({ type: 'agent_message', message: 'Whole' })).toEqual([{ sessionUpdate: 'agent_message_chunk', content: { type: 'text', text: 'Whole' } }]);
  });

  it('a call announced for approval is updated, not announced again, when it starts', () => {
    const m = new SessionUpdateMapper();
    const [announced] = m.map({ type: 'exec_approval_request', call_id: 'c1', command: ['bash', '-lc', 'make test'], cwd: '/w' });
    expect(announced).toMatchObject({ sessionUpdate: 'tool_call', toolCallId: 'c1', title: 'make test', kind: 'execute', status: 'pending' });
    const [started] = m.map({ type: 'exec_command_begin', call_id: 'c1', command: ['bash', '-lc', 'make test'], cwd: '/w', parsed_cmd: [] });
    expect(started).toMatchObject({ sessionUpdate: 'tool_call_update', toolCallId: 'c1', status: 'in_progress' });
  });

  it('read-only commands are read tool calls with their files as locations', () => {
    const m = new SessionUpdateMapper();
    const [call] = m.map({ type: 'exec_command_begin', call_id: 'c2', command: ['cat', 'a.txt'], cwd: '/w', parsed_cmd: [{ type: 'read', cmd: 'cat a.txt', name: 'a.txt' }] });
    expect(call).toMatchObject({ kind: 'read', locations: [{ path: '/w/a.txt' }] });
  });

  it('keeps only the tail of a long output (bounded memory)', () => {
    const m = new SessionUpdateMapper();
    m.map({ type: 'exec_command_begin', call_id: 'c1', command: ['yes'], cwd: '/w', parsed_cmd: [] });
    let last;
    for (let i = 0; i < 40; i++) last = m.map(chunk('x'.repeat(4096)));
    const text = JSON.stringify(last);
    expect(text.length).toBeLessThan(MAX_SHOWN_OUTPUT_CHARS + 200);
  });

  it('an interrupted turn fails the calls still running; a declined call fails at once', () => {
    const m = new SessionUpdateMapper();
    m.map({ type: 'exec_command_begin', call_id: 'run', command: ['sleep', '9'], cwd: '/w', parsed_cmd: [] });
    m.map({ type: 'apply_patch_approval_request', call_id: 'ask', changes: { '/w/x': { add: { content: 'x' } } } });
    expect(m.declined('ask')).toEqual([expect.objectContaining({ toolCallId: 'ask', status: 'failed' })]);
    expect(m.map({ type: 'turn_aborted', reason: 'interrupted' })).toEqual([{ sessionUpdate: 'tool_call_update', toolCallId: 'run', status: 'failed' }]);
  });
});

describe('tool call content', () => {
  it('unified diff hunks become old/new text pairs with the first new line', () => {
    expect(hunksOf('--- a\n+++ b\n@@ -1,3 +1,3 @@\n one\n-two\n+TWO\n three\n@@ -10,1 +10,2 @@\n ten\n+eleven\n')).toEqual([
      { line: 1, oldText: 'one\ntwo\nthree', newText: 'one\nTWO\nthree' },
      { line: 10, oldText: 'ten', newText: 'ten\neleven' },
    ]);
  });

  it('adds, deletes and moves are diffs on the right paths', () => {
    const d = describeChanges(
      { '/w/new': { add: { content: 'n' } }, '/w/gone': 'delete', '/w/old': { update: { unified_diff: '@@ -1 +1 @@\n-a\n+b\n', move_path: '/w/moved' } } },
      (p) => (p === '/w/gone' ? 'bye' : undefined),
    );
    expect(d.title).toBe('Edit /w/new, /w/gone, /w/moved');
    expect(d.content).toEqual([
      { type: 'diff', path: '/w/new', oldText: null, newText: 'n' },
      { type: 'diff', path: '/w/gone', oldText: 'bye', newText: '' },
      { type: 'diff', path: '/w/moved', oldText: 'a', newText: 'b' },
    ]);
  });
});

describe('prompt input', () => {
  const block = (b: Partial<ContentBlockDto>) => b as ContentBlockDto;
  it('maps text, images, links and embedded resources; refuses audio and empty prompts', () => {
    expect(
      promptToInput([
        block({ type: 'text', text: 'hi' }),
        block({ type: 'image', data: 'AAA', mimeType: 'image/png' }),
        block({ type: 'resource_link', uri: 'file:///w/a.ts', name: 'a.ts' }),
        block({ type: 'resource', resource: { uri: 'file:///w/b.ts', text: 'b' } }),
      ]),
    ).toEqual([
      { type: 'text', text: 'hi' },
      { type: 'image', image_url: 'data:image/png;base64,AAA' },
      { type: 'text', text: '@/w/a.ts' },
      { type: 'text', text: '<context ref="file:///w/b.ts">\nb\n</context>' },
    ]);
    expect(() => promptToInput([block({ type: 'audio', data: 'A', mimeType: 'audio/wav' })])).toThrow(/audio/);
    expect(() => promptToInput([])).toThrow(/empty/);
  });
});

describe('replay and modes', () => {
  it('replays user and agent messages and tool calls, not the environment context', () => {
    const updates = replayUpdates([
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: '<environment_context>…' }] },
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'question' }] },
      { type: 'function_call', name: 'shell', arguments: '{"command":["ls"]}', call_id: 'c' },
      { type: 'function_call_output', call_id: 'c', output: '{"output":"a\\n","metadata":{"exit_code":1,"duration_seconds":0.1}}' },
      { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'answer' }] },
    ]);
    expect(updates.map((u) => u.sessionUpdate)).toEqual(['user_message_chunk', 'tool_call', 'tool_call_update', 'agent_message_chunk']);
    expect(updates[2]).toMatchObject({ status: 'failed' });
  });

  it('a config matching a preset selects it; others get their own mode', () => {
    expect(modesFor('never', { mode: 'danger-full-access' }).state.currentModeId).toBe('full-access');
    expect(modesFor('on-request', { mode: 'workspace-write' }).state.currentModeId).toBe('auto');
    const custom = modesFor('untrusted', { mode: 'read-only' });
    expect(custom.state.currentModeId).toBe('configured');
    expect(custom.configured).toMatchObject({ approvalPolicy: 'untrusted', sandboxPolicy: { mode: 'read-only' } });
  });
});
