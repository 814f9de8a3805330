import type { CancellationToken } from 'vscode-jsonrpc/node';
import type { Conversation } from '../core/conversation';
import type { ReviewDecision } from '../protocol/common-types';
import type { EventMsgOf } from '../protocol/events';
import type { RequestId } from './method-contribution';

/**
 * Which front-end message asks the question: MCP `elicitation/create` for a `tools/call`
 * (`toolCallId` is that request's id; `relatedTaskId` when the call runs as an MCP task), the
 * conversation API's `execCommandApproval` / `applyPatchApproval` for a conversation listener,
 * or ACP `session/request_permission` for an ACP session (`toolCall` is the ACP tool call the
 * question shows).
 */
export type ApprovalChannel =
  | { kind: 'elicitation'; toolCallId: RequestId; relatedTaskId?: string }
  | { kind: 'conversation-api' }
  | { kind: 'acp'; sessionId: string; toolCall: object };

/** One approval the core waits for. */
export interface ApprovalRequest<M> {
  /** The conversation that asked (the answer is submitted to it). */
  conversation: Conversation;
  /** The event's submission id. */
  eventId: string;
  /** The core's approval request event (exec or patch). */
  msg: M;
  /** Which front-end message carries the question to the client. */
  channel: ApprovalChannel;
  /**
   * The owning call's token: when it fires the question is abandoned, nothing is submitted
   * and `abort` is reported (the call's owner interrupts the turn).
   */
  token?: CancellationToken;
}

/**
 * Turns a core approval request into the connection's question, owns the timeout
 * (`mcp_approval_timeout_ms`) and the reply parsing (`{decision}` or an MCP ElicitResult
 * `{action}`), answers the core with the decision and resolves with it. Never rejects: a
 * failed, timed-out or unanswerable question is a denial.
 */
export interface ApprovalHandler<M> {
  /** Ask the client and answer the core; resolves with the decision (a denial when the question fails). */
  handle(request: ApprovalRequest<M>): Promise<ReviewDecision>;
}

export const ExecApprovalHandler = Symbol('ExecApprovalHandler');
/** Asks whether a command may run (connection scope). */
export type ExecApprovalHandler = ApprovalHandler<EventMsgOf<'exec_approval_request'>>;

export const PatchApprovalHandler = Symbol('PatchApprovalHandler');
/** Asks whether a patch may be applied (connection scope). */
export type PatchApprovalHandler = ApprovalHandler<EventMsgOf<'apply_patch_approval_request'>>;

/** Either approval the core asks for. */
export type ApprovalMsg = EventMsgOf<'exec_approval_request'> | EventMsgOf<'apply_patch_approval_request'>;

export const ApprovalHandlers = Symbol('ApprovalHandlers');
/** Both handlers of the connection scope behind one entry: each request goes to the handler of its message type. */
export interface ApprovalHandlers {
  /** Ask through the handler that matches `request.msg.type`. */
  handle(request: ApprovalRequest<ApprovalMsg>): Promise<ReviewDecision>;
}
