import { inject, injectable } from 'inversify';
import { messageOf } from '../common/errors';
import type { Conversation } from '../core/conversation';
import { shlexJoin } from '../exec/shlex';
import { LoggerFactory, type Logger } from '../logging/logger';
import type { ReviewDecision } from '../protocol/common-types';
import type { EventMsgOf } from '../protocol/events';
import type { ApprovalRequest, ExecApprovalHandler, PatchApprovalHandler } from '../server/approval-handler';
import { OutgoingMessageSender } from '../server/outgoing-message-sender';
import { AcpRequestPermissionRequest } from './acp-methods';
import type { PermissionOption, RequestPermissionParams, RequestPermissionResult, ToolCallUpdate } from './acp-protocol';

/** Either approval request event an ACP session turns into a permission request. */
export type ApprovalRequestMsg = EventMsgOf<'exec_approval_request'> | EventMsgOf<'apply_patch_approval_request'>;

/** The options offered for every approval, and the core decision each one stands for. */
export const PERMISSION_OPTIONS: readonly (PermissionOption & { decision: ReviewDecision })[] = [
  { optionId: 'approved', name: 'Yes', kind: 'allow_once', decision: 'approved' },
  { optionId: 'approved_for_session', name: 'Yes, and don\'t ask again this session', kind: 'allow_always', decision: 'approved_for_session' },
  { optionId: 'denied', name: 'No, and tell Codex what to do differently', kind: 'reject_once', decision: 'denied' },
  { optionId: 'denied_for_session', name: 'No, and don\'t ask again this session', kind: 'reject_always', decision: 'denied' },
];

/** What a session remembers of its "reject always" answers. */
interface RejectMemory {
  /** Commands (shell-joined) the user rejected for the session. */
  readonly commands: Set<string>;
  /** The user rejected every further patch of the session. */
  patches: boolean;
}

export const AcpApprovalHandler = Symbol('AcpApprovalHandler');
/**
 * The ACP flavour of the approval handlers (bound as ExecApprovalHandler and
 * PatchApprovalHandler in an ACP connection's scope): a core approval request becomes
 * `session/request_permission` with allow_once / allow_always / reject_once / reject_always →
 * approved / approved_for_session / denied / denied and remembered for the session. A
 * cancelled request, an error answer, an unknown option or a closed connection is a denial.
 * Answers the core with the decision; never rejects.
 */
export type AcpApprovalHandler = ExecApprovalHandler & PatchApprovalHandler;

@injectable()
export class AcpApprovalHandlerImpl implements ExecApprovalHandler, PatchApprovalHandler {
  private readonly rejected = new WeakMap<Conversation, RejectMemory>();
  private readonly log: Logger;

  constructor(
    @inject(OutgoingMessageSender) private readonly outgoing: OutgoingMessageSender,
    @inject(LoggerFactory) loggers: LoggerFactory,
  ) {
    this.log = loggers.get('acp-approvals');
  }

  async handle(request: ApprovalRequest<ApprovalRequestMsg>): Promise<ReviewDecision> {
    const decision = await this.decide(request);
    if (decision === undefined) return 'abort';
    const { conversation, msg } = request;
    const op = msg.type === 'exec_approval_request' ? 'exec_approval' : 'patch_approval';
    await conversation.submit({ type: op, id: msg.call_id, decision }).catch((e: unknown) => this.log.warn('could not submit approval', { callId: msg.call_id, error: messageOf(e) }));
    return decision;
  }

  /** The user's decision; undefined when the owning call was cancelled first. */
  private async decide({ conversation, msg, channel, token }: ApprovalRequest<ApprovalRequestMsg>): Promise<ReviewDecision | undefined> {
    if (channel.kind !== 'acp') {
      this.log.warn('approval without an ACP session; denied', { callId: msg.call_id });
      return 'denied';
    }
    let memory = this.rejected.get(conversation);
    if (!memory) this.rejected.set(conversation, (memory = { commands: new Set(), patches: false }));
    const commandKey = msg.type === 'exec_approval_request' ? shlexJoin(msg.command) : undefined;
    if (commandKey !== undefined ? memory.commands.has(commandKey) : memory.patches) return 'denied';
    if (token?.isCancellationRequested) return undefined;

    const params: RequestPermissionParams = {
      sessionId: channel.sessionId,
      toolCall: channel.toolCall as ToolCallUpdate,
      options: PERMISSION_OPTIONS.map(({ optionId, name, kind }) => ({ optionId, name, kind })),
    };
    let result: RequestPermissionResult;
    try {
      result = await this.outgoing.sendRequest(AcpRequestPermissionRequest, params);
    } catch (e) {
      this.log.warn('permission request failed; denied', { callId: msg.call_id, error: messageOf(e) });
      return 'denied';
    }
    const outcome = result?.outcome;
    if (outcome?.outcome !== 'selected') return 'denied';
    const option = PERMISSION_OPTIONS.find((o) => o.optionId === outcome.optionId);
    if (!option) {
      this.log.warn('unknown permission option; denied', { optionId: outcome.optionId });
      return 'denied';
    }
    if (option.kind === 'reject_always') {
      if (commandKey !== undefined) memory.commands.add(commandKey);
      else memory.patches = true;
    }
    return option.decision;
  }
}
