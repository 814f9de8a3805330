import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { EventMsg } from '../../../src/protocol/events';
import type { NotificationType } from '../../../src/protocol/method-types';
import type { OutgoingMessageSender } from '../../../src/server/outgoing-message-sender';
import { ProgressReporter } from '../../../src/server/progress-reporter';

type Sent = { method: string; params: { progressToken: string | number; progress: number; message: string } };

class FakeSender implements OutgoingMessageSender {
  readonly sent: Sent[] = [];
  sendNotification<P>(type: NotificationType<P>, params: P): void {
    this.sent.push({ method: type.method, params: params as Sent['params'] });
  }
  sendRequest<_P, R>(): Promise<R> {
    return Promise.reject(new Error('not used'));
  }
  attach(_connection: MessageConnection): void {}
  close(): void {}
}

/** A clock the test moves by hand (starts far from 0, like Date.now). */
function fakeClock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const delta: EventMsg = { type: 'agent_message_delta', delta: 'x' };
const reasoningDelta: EventMsg = { type: 'agent_reasoning_delta', delta: 'y' };
const outputDelta: EventMsg = { type: 'exec_command_output_delta', call_id: 'c', stream: 'stdout', chunk: [104, 105] };
const started: EventMsg = { type: 'task_started', model_context_window: null };
const begin = (command: string[]): EventMsg => ({ type: 'exec_command_begin', call_id: 'c', command, cwd: '/w', parsed_cmd: [] });
const end = (exit_code: number): EventMsg => ({
  type: 'exec_command_end',
  call_id: 'c',
  stdout: '',
  stderr: '',
  aggregated_output: '',
  exit_code,
  duration: { secs: 0, nanos: 0 },
  formatted_output: '',
});

describe('ProgressReporter', () => {
  it('sends nothing when the call carried no progress token', () => {
    const sender = new FakeSender();
    const clock = fakeClock();
    const r = new ProgressReporter(sender, undefined, clock.now);
    r.onEvent(started);
    r.onEvent(begin(['ls']));
    clock.advance(1000);
    r.onEvent(delta);
    expect(sender.sent).toEqual([]);
  });

  it('sends notifications/progress with the token, a counter and a message', () => {
    const sender = new FakeSender();
    const r = new ProgressReporter(sender, 'tok-1', fakeClock().now);
    r.onEvent(started);
    expect(sender.sent).toEqual([
      { method: 'notifications/progress', params: { progressToken: 'tok-1', progress: 1, message: 'Codex is working' } },
    ]);
  });

  it('keeps a numeric token as a number', () => {
    const sender = new FakeSender();
    new ProgressReporter(sender, 7, fakeClock().now).onEvent(started);
    expect(sender.sent[0].params.progressToken).toBe(7);
  });

  it('always sends milestones, even within the same instant', () => {
    const sender = new FakeSender();
    const r = new ProgressReporter(sender, 'tok', fakeClock().now);
    r.onEvent(started);
    r.onEvent(begin(['ls']));
    r.onEvent(end(0));
    r.onEvent({ type: 'agent_message', message: 'done' });
    expect(sender.sent.map((s) => s.params.message)).toEqual(['Codex is working', 'Running: ls', 'Command finished (exit 0)', 'Codex answered']);
  });

  it('throttles routine events to one per 250 ms of the clock', () => {
    const sender = new FakeSender();
    const clock = fakeClock();
    const r = new ProgressReporter(sender, 'tok', clock.now);
    r.onEvent(delta); // first one goes out
    r.onEvent(delta);
    clock.advance(100);
    r.onEvent(reasoningDelta);
    clock.advance(149); // 249 ms after the first
    r.onEvent(outputDelta);
    expect(sender.sent).toHaveLength(1);
    clock.advance(1); // 250 ms
    r.onEvent(outputDelta);
    expect(sender.sent).toHaveLength(2);
    r.onEvent(delta);
    expect(sender.sent.map((s) => s.params.message)).toEqual(['Codex is thinking', 'Command running']);
  });

  it('counts the throttle window from the last notification sent, milestones included', () => {
    const sender = new FakeSender();
    const clock = fakeClock();
    const r = new ProgressReporter(sender, 'tok', clock.now);
    r.onEvent(delta);
    clock.advance(300);
    r.onEvent(started); // milestone resets the window
    clock.advance(100);
    r.onEvent(delta);
    expect(sender.sent.map((s) => s.params.message)).toEqual(['Codex is thinking', 'Codex is working']);
  });

  it('numbers progress strictly increasing from 1', () => {
    const sender = new FakeSender();
    const clock = fakeClock();
    const r = new ProgressReporter(sender, 'tok', clock.now);
    for (let i = 0; i < 10; i++) {
      r.onEvent(i % 3 === 0 ? started : delta);
      clock.advance(120);
    }
    const progress = sender.sent.map((s) => s.params.progress);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress).toEqual(progress.map((_p, i) => i + 1));
  });

  it('ignores events that are not worth reporting', () => {
    const sender = new FakeSender();
    const r = new ProgressReporter(sender, 'tok', fakeClock().now);
    r.onEvent({ type: 'token_count', input_tokens: 1, cached_input_tokens: null, output_tokens: 1, reasoning_output_tokens: null, total_tokens: 2 });
    r.onEvent({ type: 'task_complete', last_agent_message: null });
    r.onEvent({ type: 'session_configured', session_id: 's', model: 'm', history_log_id: 0, history_entry_count: 0 });
    expect(sender.sent).toEqual([]);
  });

  it('describes each milestone', () => {
    const sender = new FakeSender();
    const r = new ProgressReporter(sender, 'tok', fakeClock().now);
    r.onEvent(begin(['bash', '-lc', 'echo hi']));
    r.onEvent(end(2));
    r.onEvent({ type: 'exec_approval_request', call_id: 'c', command: ['rm', 'x'], cwd: '/w' });
    r.onEvent({ type: 'apply_patch_approval_request', call_id: 'c', changes: {} });
    r.onEvent({ type: 'patch_apply_end', call_id: 'c', stdout: '', stderr: '', success: true });
    r.onEvent({ type: 'patch_apply_end', call_id: 'c', stdout: '', stderr: '', success: false });
    expect(sender.sent.map((s) => s.params.message)).toEqual([
      'Running: bash -lc echo hi',
      'Command finished (exit 2)',
      'Waiting for approval',
      'Waiting for approval',
      'Patch applied',
      'Patch failed',
    ]);
  });

  it('caps the running-command message at 200 characters', () => {
    const sender = new FakeSender();
    const r = new ProgressReporter(sender, 'tok', fakeClock().now);
    r.onEvent(begin(['echo', 'a'.repeat(500)]));
    expect(sender.sent[0].params.message).toHaveLength(200);
    expect(sender.sent[0].params.message.startsWith('Running: echo aaa')).toBe(true);
  });
});
