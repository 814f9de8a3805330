import { inject, injectable } from 'inversify';
import { ConfigService } from '../config/config-service';
import type { CodexConfig, ConfigOverrides } from '../config/config-types';
import { Conversation, ConversationManager } from '../core/conversation';
import { SessionLockedError } from '../core/rollout/rollout-lock';
import { TurnLimiter, tooManyTurnsMessage } from '../core/turn-limiter';
import { LoggerFactory, type Logger } from '../logging/logger';
import { isShutdownCancellation } from '../transport/connection-factory';
import { CodexToolCallParamDto, CodexToolCallReplyParamDto } from '../protocol/dto/codex-tool-dtos';
import { parseArguments } from '../protocol/dto/serde-style-errors';
import type { Event, EventMsg } from '../protocol/events';
import { messageOf } from '../common/errors';
import { ApprovalHandlers } from './approval-handler';
import { CodexEventNotification, type CallToolResult } from '../protocol/methods';
import type { CodexToolRunner } from './codex-tool-runner';
import type { RequestContext, RequestId } from './method-contribution';
import { OutgoingMessageSender } from './outgoing-message-sender';
import { ProgressReporter } from './progress-reporter';
import { parseSessionId } from './session-id';

/** Keys in the reference's (sorted) order: `{text, type}`, then content, isError, structuredContent. */
const textContent = (text: string) => [{ text, type: 'text' as const }];
const errorResult = (text: string, extra: Record<string, unknown> = {}): CallToolResult => ({
  content: textContent(text),
  isError: true,
  ...extra,
});

/**
 * Runs `codex` / `codex-reply` tool calls: starts or finds the session, forwards its events as
 * `codex/event`, asks approvals by elicitation, and answers when the turn ends.
 */
@injectable()
export class CodexToolRunnerImpl implements CodexToolRunner {
  private readonly log: Logger;

  constructor(
    @inject(ConfigService) private readonly config: ConfigService,
    @inject(ConversationManager) private readonly conversations: ConversationManager,
    @inject(OutgoingMessageSender) private readonly outgoing: OutgoingMessageSender,
    @inject(ApprovalHandlers) private readonly approvals: ApprovalHandlers,
    @inject(LoggerFactory) loggers: LoggerFactory,
    @inject(TurnLimiter) private readonly turns: TurnLimiter,
  ) {
    this.log = loggers.get('codex-tool');
  }

  async runCodex(args: unknown, ctx: RequestContext, meta?: Record<string, unknown>): Promise<CallToolResult> {
    if (args === undefined || args === null) {
      return errorResult('Missing arguments for codex tool-call; the `prompt` field is required.');
    }
    const parsed = parseArguments(CodexToolCallParamDto, args, 'CodexToolCallParam');
    if (!parsed.ok) return errorResult(`Failed to parse configuration for Codex tool: ${parsed.error}`);
    const a = parsed.value;
    const overrides: ConfigOverrides = {
      model: a.model,
      profile: a.profile,
      cwd: a.cwd,
      approval_policy: a['approval-policy'],
      sandbox_mode: a.sandbox,
      base_instructions: a['base-instructions'],
      include_plan_tool: a['include-plan-tool'],
      config: a.config,
    };
    let config: CodexConfig;
    try {
      config = await this.config.load(overrides);
    } catch (e) {
      return errorResult(`Failed to load Codex configuration from overrides: ${messageOf(e)}`);
    }
    // Refuse before making a session that could not run (the core refuses the turn itself too).
    if (this.turns.active >= this.turns.limit) return errorResult(tooManyTurnsMessage(this.turns.limit));
    let created;
    try {
      created = await this.conversations.newConversation(config);
    } catch (e) {
      return errorResult(`Failed to start Codex session: ${messageOf(e)}`);
    }
    this.sendEvent(ctx.id, { id: '', msg: created.sessionConfigured });
    const submissionId = String(ctx.id);
    return this.runTurn(created.conversation, ctx, meta, async () => {
      await created.conversation.submitWithId(submissionId, { type: 'user_input', items: [{ type: 'text', text: a.prompt }] });
      return submissionId;
    });
  }

  async runCodexReply(args: unknown, ctx: RequestContext, meta?: Record<string, unknown>): Promise<CallToolResult> {
    if (args === undefined || args === null) {
      return errorResult('Missing arguments for codex-reply tool-call; the `session_id` and `prompt` fields are required.');
    }
    if (typeof args !== 'object' || Array.isArray(args)) {
      return errorResult(`Failed to parse configuration for Codex tool: invalid type: ${typeof args === 'string' ? `string ${JSON.stringify(args)}` : 'value'}, expected struct CodexToolCallReplyParam`);
    }
    const reply = parseArguments(CodexToolCallReplyParamDto, args, 'CodexToolCallReplyParam');
    if (!reply.ok) return errorResult(`Failed to parse configuration for Codex tool: ${reply.error}`);
    const parsed = parseSessionId(reply.value.sessionId);
    if (!parsed.ok) return errorResult(`Failed to parse session_id: ${parsed.error}`);
    let conversation: Conversation | undefined;
    try {
      // In memory, or reloaded from its rollout (idle-unloaded, or from before a restart).
      conversation = await this.conversations.loadConversation(parsed.id);
    } catch (e) {
      if (e instanceof SessionLockedError) return errorResult(e.message);
      this.log.warn('could not resume session from its rollout', { sessionId: parsed.id, error: messageOf(e) });
    }
    if (!conversation) return errorResult(`Session not found for session_id: ${parsed.id}`);
    const c = conversation;
    // A reply gets a turn of its own: if the session is busy (another call's turn), wait for it.
    if (c.isRunning()) this.log.debug('session busy: the reply waits for the running turn', { sessionId: c.conversationId, requestId: ctx.id });
    if (!(await waitUntilIdle(c, ctx))) return errorResult('cancelled');
    return this.runTurn(c, ctx, meta, () => c.submit({ type: 'user_input', items: [{ type: 'text', text: reply.value.prompt }] }));
  }

  /**
   * Subscribe, submit, forward the events of that submission, answer approvals, and settle on
   * the turn's end. Only events carrying our submission id are ours: a later call on the same
   * session never sees this call's events, nor this call its (the reference races there).
   */
  private runTurn(conversation: Conversation, ctx: RequestContext, meta: Record<string, unknown> | undefined, submit: () => Promise<string>): Promise<CallToolResult> {
    const requestId = ctx.id;
    const threadId = conversation.conversationId;
    const progress = new ProgressReporter(this.outgoing, meta?.progressToken as string | number | undefined);
    let submissionId: string | undefined;
    const early: Event[] = [];
    let cancelled = false;

    return new Promise<CallToolResult>((resolve) => {
      let settled = false;
      const finish = (result: CallToolResult) => {
        if (settled) return;
        settled = true;
        subscription.dispose();
        cancelSub.dispose();
        resolve(result);
      };
      const handle = (event: Event) => {
        if (event.id !== submissionId) return;
        this.sendEvent(requestId, event);
        progress.onEvent(event.msg);
        this.onEvent(conversation, ctx, event, finish, threadId, () => cancelled);
      };
      const subscription = conversation.subscribe((event) => {
        if (submissionId === undefined) early.push(event);
        else handle(event);
      });
      const doCancel = () => {
        if (cancelled || settled) return;
        cancelled = true;
        void conversation.submit({ type: 'interrupt' }).catch(() => undefined);
      };
      // The one cancellation path: the client's notifications/cancelled or the connection closing.
      const cancelSub = ctx.token.onCancellationRequested(doCancel);
      submit().then(
        (id) => {
          submissionId = id;
          for (const e of early.splice(0)) handle(e);
        },
        (e: unknown) => finish(errorResult(`Failed to submit the prompt: ${messageOf(e)}`)),
      );
    });
  }

  private onEvent(
    conversation: Conversation,
    ctx: RequestContext,
    event: Event,
    finish: (r: CallToolResult) => void,
    threadId: string,
    wasCancelled: () => boolean,
  ): void {
    const msg: EventMsg = event.msg;
    const structured = (text: string) => ({ structuredContent: { threadId, sessionId: threadId, content: text } });
    switch (msg.type) {
      case 'task_complete': {
        const text = msg.last_agent_message ?? '';
        finish({ content: textContent(text), ...structured(text) });
        break;
      }
      case 'error':
        finish(errorResult(msg.message, structured(msg.message)));
        break;
      case 'turn_aborted':
        // A cancelled call gets no answer (the transport drops it); an aborted approval does, and
        // so does a call cancelled because the connection is closing (stdin EOF).
        finish(errorResult(wasCancelled() ? (isShutdownCancellation(ctx.token) ? 'server shutting down' : 'cancelled') : 'turn aborted', structured('turn aborted')));
        break;
      case 'exec_approval_request':
      case 'apply_patch_approval_request': {
        const channel = { kind: 'elicitation' as const, toolCallId: ctx.id, relatedTaskId: ctx.task?.taskId };
        const answered = this.approvals.handle({ conversation, eventId: event.id, msg, channel, token: ctx.token });
        ctx.task?.waitForInput(answered);
        break;
      }
      default:
        break;
    }
  }

  private sendEvent(requestId: RequestId, event: Event): void {
    this.outgoing.sendNotification(CodexEventNotification, { _meta: { requestId }, id: event.id, msg: event.msg });
  }
}

/** Resolves true once no turn is running, false if the call is cancelled first. */
async function waitUntilIdle(conversation: Conversation, ctx: RequestContext): Promise<boolean> {
  while (conversation.isRunning()) {
    if (ctx.token.isCancellationRequested) return false;
    await new Promise<void>((resolve) => {
      const done = () => {
        live.dispose();
        cancel.dispose();
        resolve();
      };
      const live = conversation.subscribeLive((e) => {
        if (e.msg.type === 'task_complete' || e.msg.type === 'error' || e.msg.type === 'turn_aborted') setImmediate(done);
      });
      const cancel = ctx.token.onCancellationRequested(done);
      // The turn may have ended between the check and the subscription.
      if (!conversation.isRunning()) setImmediate(done);
    });
  }
  return !ctx.token.isCancellationRequested;
}

