import { inject, injectable, injectFromBase } from 'inversify';
import { LoggerFactory, type Logger } from '../logging/logger';
import type { ReviewDecision } from '../protocol/common-types';
import type { EventMsgOf } from '../protocol/events';
import type { ParamsOf, RequestType, ResultOf } from '../protocol/method-types';
import { ApplyPatchApprovalRequest, ElicitationRequest, ExecCommandApprovalRequest } from '../protocol/methods';
import { messageOf } from '../common/errors';
import {
  ExecApprovalHandler,
  PatchApprovalHandler,
  type ApprovalHandler,
  type ApprovalHandlers,
  type ApprovalMsg,
  type ApprovalRequest,
} from './approval-handler';
import { decisionFromReply } from './approval-decisions';
import { ClientSession } from './client-session';
import { execElicitationParams, patchElicitationParams } from './elicitation-params';
import { OutgoingMessageSender } from './outgoing-message-sender';
import { RELATED_TASK_META_KEY } from '../protocol/task-types';

/** The question one approval becomes on the wire. */
interface Question {
  type: RequestType<unknown, ApprovalReply>;
  params: unknown;
}
type ApprovalReply = ResultOf<typeof ElicitationRequest>;
/** Pair a question's descriptor with params of its type. */
const ask = <P>(type: RequestType<P, ApprovalReply>, params: P): Question => ({ type: type as RequestType<unknown, ApprovalReply>, params });

/** The flow both handlers share; subclasses say what the question looks like. */
@injectable()
abstract class ApprovalHandlerBase<M extends ApprovalMsg> implements ApprovalHandler<M> {
  private readonly log: Logger;
  /** The core op that carries the answer. */
  protected abstract readonly op: 'exec_approval' | 'patch_approval';

  constructor(
    @inject(OutgoingMessageSender) private readonly outgoing: OutgoingMessageSender,
    @inject(ClientSession) private readonly client: ClientSession,
    @inject(LoggerFactory) loggers: LoggerFactory,
  ) {
    this.log = loggers.get('approvals');
  }

  /** The `elicitation/create` params of the MCP flavour. */
  protected abstract elicitationParams(msg: M, toolCallId: string, eventId: string): ParamsOf<typeof ElicitationRequest>;
  /** The conversation API flavour's question (`execCommandApproval` / `applyPatchApproval`). */
  protected abstract conversationQuestion(conversationId: string, msg: M): Question;

  /** The question for `request` on its channel. */
  private question({ conversation, eventId, msg, channel }: ApprovalRequest<M>): Question {
    if (channel.kind === 'elicitation') return ask(ElicitationRequest, this.elicitationParams(msg, String(channel.toolCallId), eventId));
    return this.conversationQuestion(conversation.conversationId, msg);
  }

  async handle(request: ApprovalRequest<M>): Promise<ReviewDecision> {
    const decision = await this.decide(request);
    if (decision === undefined) return 'abort';
    await request.conversation
      .submit({ type: this.op, id: request.msg.call_id, decision })
      .catch((e: unknown) => this.log.warn('could not submit approval', { callId: request.msg.call_id, error: messageOf(e) }));
    return decision;
  }

  /** The client's decision; undefined when the owning call was cancelled first. */
  private decide(request: ApprovalRequest<M>): Promise<ReviewDecision | undefined> {
    const { conversation, channel, token, msg } = request;
    if (channel.kind === 'elicitation' && !this.client.supportsElicitation()) {
      // Nobody can be asked: only `never` may proceed (it never asks anyway).
      this.log.warn('client does not support elicitation; denying', { callId: msg.call_id });
      return Promise.resolve(conversation.config.approval_policy === 'never' ? 'approved' : 'denied');
    }
    if (token?.isCancellationRequested) return Promise.resolve(undefined);
    const { type, params } = withRelatedTask(this.question(request), channel);
    const method = type.method;
    const answer = this.outgoing
      .sendRequest(type, params, { timeoutMs: conversation.config.mcp_approval_timeout_ms })
      .then(decisionFromReply, (e: unknown): ReviewDecision => {
        this.log.warn('approval request failed; treating as denied', { method, callId: msg.call_id, error: messageOf(e) });
        return 'denied';
      });
    if (!token) return answer;
    return new Promise((resolve) => {
      const cancelled = token.onCancellationRequested(() => resolve(undefined));
      void answer.then((decision) => {
        cancelled.dispose();
        resolve(decision);
      });
    });
  }
}

/** `elicitation/create` (exec-approval) or `execCommandApproval`. */
@injectable()
@injectFromBase()
export class ExecApprovalHandlerImpl extends ApprovalHandlerBase<EventMsgOf<'exec_approval_request'>> implements ExecApprovalHandler {
  protected readonly op = 'exec_approval';
  protected readonly elicitationParams = execElicitationParams;

  protected conversationQuestion(conversationId: string, msg: EventMsgOf<'exec_approval_request'>): Question {
    const { call_id, command, cwd, reason } = msg;
    return ask(ExecCommandApprovalRequest, { conversation_id: conversationId, call_id, command, cwd, ...optionalReason(reason) });
  }
}

/** `elicitation/create` (patch-approval) or `applyPatchApproval`. */
@injectable()
@injectFromBase()
export class PatchApprovalHandlerImpl extends ApprovalHandlerBase<EventMsgOf<'apply_patch_approval_request'>> implements PatchApprovalHandler {
  protected readonly op = 'patch_approval';
  protected readonly elicitationParams = patchElicitationParams;

  protected conversationQuestion(conversationId: string, msg: EventMsgOf<'apply_patch_approval_request'>): Question {
    const params: ParamsOf<typeof ApplyPatchApprovalRequest> = { conversation_id: conversationId, call_id: msg.call_id, file_changes: msg.changes, ...optionalReason(msg.reason) };
    if (msg.grant_root) params.grant_root = msg.grant_root;
    return ask(ApplyPatchApprovalRequest, params);
  }
}

/** Routes each approval to the scope's exec or patch handler. */
@injectable()
export class ApprovalHandlersImpl implements ApprovalHandlers {
  constructor(
    @inject(ExecApprovalHandler) private readonly exec: ExecApprovalHandler,
    @inject(PatchApprovalHandler) private readonly patch: PatchApprovalHandler,
  ) {}

  handle(request: ApprovalRequest<ApprovalMsg>): Promise<ReviewDecision> {
    const { msg } = request;
    return msg.type === 'exec_approval_request' ? this.exec.handle({ ...request, msg }) : this.patch.handle({ ...request, msg });
  }
}

/** `reason` goes on the wire only when the core gave one. */
function optionalReason(reason: string | null | undefined): { reason?: string } {
  return reason !== undefined && reason !== null ? { reason } : {};
}

/** A question a task asks carries the related-task `_meta` (MCP tasks, 2025-11-25). */
function withRelatedTask(q: Question, channel: ApprovalRequest<unknown>['channel']): Question {
  if (channel.kind !== 'elicitation' || channel.relatedTaskId === undefined) return q;
  const params = q.params as { _meta?: Record<string, unknown> };
  return { type: q.type, params: { ...params, _meta: { ...params._meta, [RELATED_TASK_META_KEY]: { taskId: channel.relatedTaskId } } } };
}
