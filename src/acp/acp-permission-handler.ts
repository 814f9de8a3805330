import { inject, injectable } from 'inversify';
import { shlexJoin } from '../exec/shlex';
import { LoggerFactory, type Logger } from '../logging/logger';
import type { ReviewDecision } from '../protocol/common-types';
import type { EventMsgOf } from '../protocol/events';
import { OutgoingMessageSender } from '../server/outgoing-message-sender';
import { AcpClientMethod, type PermissionOption, type RequestPermissionParams, type RequestPermissionResult, type ToolCallUpdate } from './acp-protocol';

export type ApprovalRequestMsg = EventMsgOf<'exec_approval_request'> | EventMsgOf<'apply_patch_approval_request'>;

/** The options offered for every approval, and the core decision each one stands for. */
export const PERMISSION_OPTIONS: readonly (PermissionOption & { decision: ReviewDecision })[] = [
  { optionId: 'approved', name: 'Yes', kind: 'allow_once', decision: 'approved' },
  { optionId: 'approved_for_session', name: 'Yes, and don\'t ask again this session', kind: 'allow_always', decision: 'approved_for_session' },
  { optionId: 'denied', name: 'No, and tell Codex what to do differently', kind: 'reject_once', decision: 'denied' },
  { optionId: 'denied_for_session', name: 'No, and don\'t ask again this session', kind: 'reject_always', decision: 'denied' },
];

/** What a session remembers of its "always" answers. */
export interface PermissionMemory {
  /** Commands (shell-joined) the user rejected for the session. */
  readonly rejectedCommands: Set<string>;
  /** The user rejected every further patch of the session. */
  rejectPatches: boolean;
}

export const AcpPermissionHandler = Symbol('AcpPermissionHandler');
/**
 * The ACP flavour of the approval handlers: a core approval request becomes
 * `session/request_permission` (allow_once / allow_always / reject_once / reject_always →
 * approved / approved_for_session / denied / denied and remembered). A cancelled request, an
 * error answer, an unknown option or a closed connection is a denial. Never rejects.
 */
export interface AcpPermissionHandler {
  ask(sessionId: string, msg: ApprovalRequestMsg, toolCall: ToolCallUpdate, memory: PermissionMemory): Promise<ReviewDecision>;
}

@injectable()
export class AcpPermissionHandlerImpl implements AcpPermissionHandler {
  private readonly log: Logger;

  constructor(
    @inject(OutgoingMessageSender) private readonly outgoing: OutgoingMessageSender,
    @inject(LoggerFactory) loggers: LoggerFactory,
  ) {
    this.log = loggers.get('acp-permission');
  }

  async ask(sessionId: string, msg: ApprovalRequestMsg, toolCall: ToolCallUpdate, memory: PermissionMemory): Promise<ReviewDecision> {
    const commandKey = msg.type === 'exec_approval_request' ? shlexJoin(msg.command) : undefined;
    if (commandKey !== undefined ? memory.rejectedCommands.has(commandKey) : memory.rejectPatches) return 'denied';
    const params: RequestPermissionParams = {
      sessionId,
      toolCall,
      options: PERMISSION_OPTIONS.map(({ optionId, name, kind }) => ({ optionId, name, kind })),
    };
    let result: RequestPermissionResult;
    try {
      result = await this.outgoing.sendRequest<RequestPermissionResult>(AcpClientMethod.requestPermission, params);
    } catch (e) {
      this.log.warn('permission request failed; denied', { callId: msg.call_id, error: e instanceof Error ? e.message : String(e) });
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
      if (commandKey !== undefined) memory.rejectedCommands.add(commandKey);
      else memory.rejectPatches = true;
    }
    return option.decision;
  }
}
