import 'reflect-metadata';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { Conversation, Op } from '../../../src/core/conversation';
import type { AskForApproval } from '../../../src/protocol/common-types';
import type { EventMsgOf } from '../../../src/protocol/events';
import type { RequestType } from '../../../src/protocol/method-types';
import { ExecApprovalHandlerImpl, PatchApprovalHandlerImpl } from '../../../src/server/approval-handlers';
import { ClientSessionImpl } from '../../../src/server/client-session';
import { OutgoingRequestError, type OutgoingMessageSender } from '../../../src/server/outgoing-message-sender';
import { makeConfig } from '../core/core-fakes';
import { MemoryLoggerFactory } from '../../support/test-logger';

/** An outgoing sender whose questions the test answers. */
class FakeOutgoing implements OutgoingMessageSender {
  readonly sent: { method: string; params: unknown; timeoutMs?: number; settle: (reply: unknown) => void; fail: (e: Error) => void }[] = [];
  sendNotification(): void {}
  sendRequest<P, R>(type: RequestType<P, R>, params: P, options: { timeoutMs?: number } = {}): Promise<R> {
    return new Promise<R>((resolve, reject) => this.sent.push({ method: type.method, params, timeoutMs: options.timeoutMs, settle: (r) => resolve(r as R), fail: reject }));
  }
  attach(): void {}
  close(): void {}
}

function fakeConversation(policy: AskForApproval = 'untrusted') {
  const submitted: Op[] = [];
  const conversation = {
    conversationId: 'conv-1',
    config: makeConfig({ approval_policy: policy, mcp_approval_timeout_ms: 1234 }),
    submit: async (op: Op) => {
      submitted.push(op);
      return '9';
    },
  } as unknown as Conversation;
  return { conversation, submitted };
}

const execMsg: EventMsgOf<'exec_approval_request'> = { type: 'exec_approval_request', call_id: 'c1', command: ['rm', '-rf', 'x'], cwd: '/w', reason: 'why' };
const patchMsg: EventMsgOf<'apply_patch_approval_request'> = { type: 'apply_patch_approval_request', call_id: 'p1', changes: { '/w/a': 'delete' }, grant_root: '/w' };

function setup(capabilities: Record<string, unknown> = { elicitation: {} }) {
  const outgoing = new FakeOutgoing();
  const client = new ClientSessionImpl();
  client.record({ protocolVersion: '2025-06-18', capabilities, clientInfo: { name: 't', version: '1' } });
  const loggers = new MemoryLoggerFactory();
  return { outgoing, exec: new ExecApprovalHandlerImpl(outgoing, client, loggers), patch: new PatchApprovalHandlerImpl(outgoing, client, loggers) };
}
const next = () => new Promise((r) => setImmediate(r));

describe('approval handlers', () => {
  it('asks by elicitation with the conversation timeout and submits the parsed {decision}', async () => {
    const { outgoing, exec } = setup();
    const { conversation, submitted } = fakeConversation();
    const decided = exec.handle({ conversation, eventId: '7', msg: execMsg, channel: { kind: 'elicitation', toolCallId: 7 } });
    expect(outgoing.sent).toHaveLength(1);
    expect(outgoing.sent[0]).toMatchObject({ method: 'elicitation/create', timeoutMs: 1234, params: { codex_elicitation: 'exec-approval', codex_mcp_tool_call_id: '7', codex_event_id: '7', codex_reason: 'why' } });
    outgoing.sent[0].settle({ decision: 'approved_for_session' });
    await expect(decided).resolves.toBe('approved_for_session');
    expect(submitted).toEqual([{ type: 'exec_approval', id: 'c1', decision: 'approved_for_session' }]);
  });

  it('parses the MCP {action} answer: decline is a denial, cancel aborts', async () => {
    const { outgoing, patch } = setup();
    const { conversation, submitted } = fakeConversation();
    const declined = patch.handle({ conversation, eventId: '1', msg: patchMsg, channel: { kind: 'elicitation', toolCallId: 'x' } });
    outgoing.sent[0].settle({ action: 'decline' });
    await expect(declined).resolves.toBe('denied');
    const cancelled = patch.handle({ conversation, eventId: '1', msg: patchMsg, channel: { kind: 'elicitation', toolCallId: 'x' } });
    outgoing.sent[1].settle({ action: 'cancel' });
    await expect(cancelled).resolves.toBe('abort');
    expect(submitted.map((op) => op.type === 'patch_approval' && op.decision)).toEqual(['denied', 'abort']);
  });

  it('a client that cannot elicit is never asked: denied, unless the policy is never', async () => {
    const { outgoing, exec } = setup({});
    const asking = fakeConversation('on-request');
    await expect(exec.handle({ conversation: asking.conversation, eventId: '1', msg: execMsg, channel: { kind: 'elicitation', toolCallId: 1 } })).resolves.toBe('denied');
    const never = fakeConversation('never');
    await expect(exec.handle({ conversation: never.conversation, eventId: '1', msg: execMsg, channel: { kind: 'elicitation', toolCallId: 1 } })).resolves.toBe('approved');
    expect(outgoing.sent).toEqual([]);
    expect(asking.submitted).toEqual([{ type: 'exec_approval', id: 'c1', decision: 'denied' }]);
  });

  it('the elicitation rule does not apply to the conversation API: its listeners are asked', async () => {
    const { outgoing, exec, patch } = setup({});
    const { conversation } = fakeConversation();
    void exec.handle({ conversation, eventId: '3', msg: execMsg, channel: { kind: 'conversation-api' } });
    void patch.handle({ conversation, eventId: '3', msg: patchMsg, channel: { kind: 'conversation-api' } });
    expect(outgoing.sent.map((s) => [s.method, s.params])).toEqual([
      ['execCommandApproval', { conversation_id: 'conv-1', call_id: 'c1', command: ['rm', '-rf', 'x'], cwd: '/w', reason: 'why' }],
      ['applyPatchApproval', { conversation_id: 'conv-1', call_id: 'p1', file_changes: { '/w/a': 'delete' }, grant_root: '/w' }],
    ]);
  });

  it('a timed-out or failed question is a denial', async () => {
    const { outgoing, exec } = setup();
    const { conversation, submitted } = fakeConversation();
    const timedOut = exec.handle({ conversation, eventId: '1', msg: execMsg, channel: { kind: 'conversation-api' } });
    outgoing.sent[0].fail(new OutgoingRequestError('timeout', 'no answer'));
    await expect(timedOut).resolves.toBe('denied');
    const closed = exec.handle({ conversation, eventId: '1', msg: execMsg, channel: { kind: 'conversation-api' } });
    outgoing.sent[1].fail(new OutgoingRequestError('closed', 'connection closed'));
    await expect(closed).resolves.toBe('denied');
    expect(submitted).toHaveLength(2);
  });

  it('abort path: when the owning call is cancelled the question is abandoned and nothing is submitted', async () => {
    const { outgoing, exec } = setup();
    const { conversation, submitted } = fakeConversation();
    const source = new CancellationTokenSource();
    const decided = exec.handle({ conversation, eventId: '1', msg: execMsg, channel: { kind: 'elicitation', toolCallId: 1 }, token: source.token });
    source.cancel();
    await expect(decided).resolves.toBe('abort');
    // A late answer changes nothing.
    outgoing.sent[0].settle({ decision: 'approved' });
    await next();
    expect(submitted).toEqual([]);
    // Already cancelled: not even asked.
    await expect(exec.handle({ conversation, eventId: '1', msg: execMsg, channel: { kind: 'elicitation', toolCallId: 1 }, token: source.token })).resolves.toBe('abort');
    expect(outgoing.sent).toHaveLength(1);
  });
});
