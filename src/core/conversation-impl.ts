import type { CodexConfig } from '../config/config-types';
import type { Logger } from '../logging/logger';
import { ModelError, type ModelClient, type Prompt, type ResponseItem } from '../model/model-types';
import type { InputItem, ReviewDecision } from '../protocol/common-types';
import type { Event, EventMsg, EventMsgOf } from '../protocol/events';
import { Disposable } from 'vscode-jsonrpc/node';
import type { Conversation, Op } from './conversation';
import { EventHub } from './event-hub';
import { PendingApprovals } from './pending-approvals';
import { BASE_INSTRUCTIONS } from './prompts/base-instructions';
import type { RolloutRecorder } from './rollout/rollout-types';
import type { ToolRegistry } from './tools/tool-registry';
import { tooManyTurnsMessage, type TurnLimiter } from './turn-limiter';
import { TurnAbortedError, type PatchWriter, type ToolCallContext, type TurnContext, type TurnDiff } from './tools/tool-types';
import { userInputToResponseItem } from './user-input';
import { messageOf } from '../common/errors';

/** What a conversation is built from (see ConversationFactory). */
export interface ConversationDeps {
  /** The model client of this conversation (one per conversation: it carries the session id). */
  client: ModelClient;
  /** The tools offered to the model and the dispatch of its calls. */
  tools: ToolRegistry;
  /** Where history items and events are recorded. */
  recorder: RolloutRecorder;
  logger: Logger;
  /** A fresh diff tracker for a turn that applies patches. */
  newTurnDiff: () => TurnDiff;
  /** The front end's patch writer (ACP clients that write through the editor). */
  patchWriter?: PatchWriter;
  /** The process-wide cap on running turns (none: unlimited). */
  turns?: TurnLimiter;
}

export interface ConversationInit {
  /** The conversation (session) id: a uuid. */
  conversationId: string;
  /** The config the first turn runs with. */
  config: CodexConfig;
  /** History the model sees first (user instructions + environment context, or a resumed history). */
  history: ResponseItem[];
}

/** The turn being run (one at a time). */
interface ActiveTurn {
  readonly subId: string;
  readonly context: TurnContext;
  readonly controller: AbortController;
  aborted: boolean;
  diff?: TurnDiff;
  /** This turn's slot in the TurnLimiter. */
  slot?: Disposable;
}

interface QueuedSubmission {
  id: string;
  op: Op;
}

/** What one model request produced. */
interface TurnOutcome {
  /** Output items and tool outputs, in order, to record in history. */
  items: ResponseItem[];
  /** True when a tool ran: its output must go back to the model. */
  needsFollowUp: boolean;
}

/**
 * One session (upstream codex.rs Session + submission_loop + run_task). Submissions are handled
 * one after another; a turn runs in the background and is interrupted through an AbortSignal.
 */
export class ConversationImpl implements Conversation {
  readonly conversationId: string;
  readonly rolloutPath: string;
  private currentConfig: CodexConfig;
  private readonly history: ResponseItem[];
  private readonly hub: EventHub;
  private readonly approvals = new PendingApprovals();
  private readonly approvedCommands = new Set<string>();
  /** Input that arrived while a turn ran; it goes into the running turn's next request. */
  private pendingInput: ResponseItem[] = [];
  private nextSubmissionId = 0;
  private readonly queue: QueuedSubmission[] = [];
  private draining = false;
  private drainScheduled = false;
  /** The submission being handled right now. */
  private handling: QueuedSubmission | undefined;
  private activeTurn: ActiveTurn | undefined;
  /** Id of the last turn started: where notes about the session (a failed rollout) are sent. */
  private lastTurnId = '';
  private closed = false;

  constructor(
    init: ConversationInit,
    private readonly deps: ConversationDeps,
  ) {
    this.conversationId = init.conversationId;
    this.rolloutPath = deps.recorder.path;
    this.currentConfig = init.config;
    this.history = [...init.history];
    this.hub = new EventHub(deps.logger);
    deps.recorder.onDidFail((reason) => {
      this.emit(this.activeTurn?.subId ?? this.lastTurnId, {
        type: 'background_event',
        message: `session recording stopped: ${reason}. The rollout keeps every line written before; this session resumes only up to there.`,
      });
    });
  }

  get config(): CodexConfig {
    return this.currentConfig;
  }

  async submit(op: Op): Promise<string> {
    const id = String(this.nextSubmissionId++);
    await this.submitWithId(id, op);
    return id;
  }

  /**
   * Queues the submission and resolves at once, like upstream's channel send: the op is handled
   * on a later tick, so a caller that answers its client right after submitting (sendUserMessage)
   * does so before the first event of the turn.
   */
  async submitWithId(id: string, op: Op): Promise<void> {
    if (this.closed) throw new Error('conversation is shut down');
    this.queue.push({ id, op });
    if (this.draining || this.drainScheduled) return;
    this.drainScheduled = true;
    setImmediate(() => {
      this.drainScheduled = false;
      void this.drain();
    });
  }

  subscribe(listener: (event: Event) => void): Disposable {
    return this.hub.subscribe(listener);
  }

  subscribeLive(listener: (event: Event) => void): Disposable {
    return this.hub.subscribeLive(listener);
  }

  hasListeners(): boolean {
    return this.hub.hasListeners();
  }

  /** True while a turn runs, and already when input that will start one is queued. */
  isRunning(): boolean {
    if (this.activeTurn !== undefined) return true;
    const startsTurn = (sub: QueuedSubmission | undefined) => sub !== undefined && (sub.op.type === 'user_input' || sub.op.type === 'user_turn');
    return startsTurn(this.handling) || this.queue.some(startsTurn);
  }

  async dispose(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.interrupt();
    this.queue.length = 0;
    await this.deps.recorder.close();
  }

  /** Handle queued submissions one after another, in order. */
  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (let sub = this.queue.shift(); sub; sub = this.queue.shift()) {
        this.handling = sub;
        try {
          await this.handle(sub.id, sub.op);
        } catch (err) {
          this.deps.logger.error('submission failed', { id: sub.id, type: sub.op.type, error: String(err) });
        }
      }
    } finally {
      this.handling = undefined;
      this.draining = false;
    }
  }

  private async handle(id: string, op: Op): Promise<void> {
    if (this.closed) {
      this.deps.logger.warn('dropping submission after shutdown', { id, type: op.type });
      return;
    }
    switch (op.type) {
      case 'user_input':
        await this.acceptInput(id, op.items);
        return;
      case 'user_turn':
        // The overrides apply to this turn and persist for later ones.
        this.currentConfig = {
          ...this.currentConfig,
          cwd: op.cwd,
          approval_policy: op.approval_policy,
          sandbox_policy: op.sandbox_policy,
          model: op.model,
          model_reasoning_effort: op.effort ?? this.currentConfig.model_reasoning_effort,
          model_reasoning_summary: op.summary,
        };
        await this.acceptInput(id, op.items);
        return;
      case 'interrupt':
        this.interrupt();
        return;
      case 'exec_approval':
      case 'patch_approval':
        if (op.decision === 'abort') {
          // As upstream: aborting an approval interrupts the whole turn.
          this.interrupt();
        } else if (!this.approvals.resolve(op.id, op.decision)) {
          this.deps.logger.warn('no pending approval for this call id', { callId: op.id, type: op.type });
        }
        return;
      case 'shutdown':
        this.interrupt();
        this.closed = true;
        await this.deps.recorder.close();
        this.emit(id, { type: 'shutdown_complete' });
        this.queue.length = 0;
        return;
    }
  }

  private async acceptInput(subId: string, items: InputItem[]): Promise<void> {
    const item = await userInputToResponseItem(items, this.deps.logger);
    if (this.activeTurn) {
      this.pendingInput.push(item);
      return;
    }
    this.startTurn(subId, [...this.takePendingInput(), item]);
  }

  private startTurn(subId: string, input: ResponseItem[]): void {
    this.lastTurnId = subId;
    const slot = this.deps.turns ? this.deps.turns.tryAcquire() : Disposable.create(() => undefined);
    if (!slot) {
      // Refused, never queued: the caller hears at once (the codex tool answers isError).
      this.emit(subId, { type: 'error', message: tooManyTurnsMessage(this.deps.turns?.limit ?? 0) });
      return;
    }
    const config = this.currentConfig;
    const turn: ActiveTurn = {
      subId,
      context: {
        subId,
        cwd: config.cwd,
        approvalPolicy: config.approval_policy,
        sandboxPolicy: config.sandbox_policy,
        config,
      },
      controller: new AbortController(),
      aborted: false,
      slot,
    };
    this.activeTurn = turn;
    this.runTask(turn, input).catch((err: unknown) => {
      this.deps.logger.error('turn failed unexpectedly', { error: String(err) });
    });
  }

  /** Abort the running turn at once: model stream, commands, approvals; emits turn_aborted. */
  private interrupt(): void {
    this.approvals.abortAll();
    const turn = this.activeTurn;
    if (!turn) return;
    this.activeTurn = undefined;
    turn.slot?.dispose();
    // Flag first: nothing the dying turn does afterwards may reach the listeners.
    turn.aborted = true;
    turn.controller.abort();
    this.emit(turn.subId, { type: 'turn_aborted', reason: 'interrupted' });
  }

  /** upstream run_task: model requests until the model answers without calling a tool. */
  private async runTask(turn: ActiveTurn, input: ResponseItem[]): Promise<void> {
    this.emitTurn(turn, { type: 'task_started', model_context_window: turn.context.config.model_context_window ?? null });
    this.record(turn, input);
    let last: EventMsg;
    try {
      for (;;) {
        const pending = this.takePendingInput();
        if (pending.length > 0) this.record(turn, pending);
        const outcome = await this.runTurn(turn);
        if (turn.aborted) return;
        this.record(turn, outcome.items);
        if (outcome.needsFollowUp) continue;
        // The turn's lines reach the disk before its last event: a failed write is told inside the turn.
        await this.deps.recorder.flush();
        if (turn.aborted) return;
        // Input queued during the last request (or that flush) must not be lost: ask the model again.
        if (this.pendingInput.length > 0) continue;
        last = { type: 'task_complete', last_agent_message: lastAssistantMessage(outcome.items) };
        break;
      }
    } catch (err) {
      if (turn.aborted) return;
      const message = messageOf(err);
      if (!(err instanceof ModelError)) this.deps.logger.error('turn error', { error: message });
      await this.deps.recorder.flush();
      if (turn.aborted) return;
      last = { type: 'error', message };
    } finally {
      turn.slot?.dispose();
    }
    this.finishTurn(turn);
    this.emitTurn(turn, last);
    // The last event's own line, fsynced too.
    await this.deps.recorder.flush();
  }

  /** One model request and the tool calls it asks for (upstream run_turn / try_run_turn). */
  private async runTurn(turn: ActiveTurn): Promise<TurnOutcome> {
    const config = turn.context.config;
    const prompt: Prompt = {
      instructions: config.base_instructions ?? BASE_INSTRUCTIONS,
      input: withAbortedCallOutputs(this.history),
      tools: this.deps.tools.specs(turn.context),
      model: config.model,
      summary: config.model_reasoning_summary,
    };
    if (config.model_reasoning_effort !== undefined) prompt.effort = config.model_reasoning_effort;

    const items: ResponseItem[] = [];
    let needsFollowUp = false;
    let completed = false;
    for await (const event of this.deps.client.stream(prompt, turn.controller.signal)) {
      if (turn.aborted) throw new TurnAbortedError();
      switch (event.type) {
        case 'created':
          break;
        case 'output_text_delta':
          this.emitTurn(turn, { type: 'agent_message_delta', delta: event.delta });
          break;
        case 'reasoning_summary_delta':
          this.emitTurn(turn, { type: 'agent_reasoning_delta', delta: event.delta });
          break;
        case 'reasoning_content_delta':
          // Raw reasoning is not shown (upstream: show_raw_agent_reasoning defaults to false).
          break;
        case 'retrying':
          // The client re-sends the whole request: what the broken attempt produced is
          // replaced by the retry's answer, or history would hold it twice.
          this.emitTurn(turn, { type: 'stream_error', message: event.message });
          items.length = 0;
          needsFollowUp = false;
          break;
        case 'output_item_done': {
          // Tools run as their calls arrive, as upstream does; the stream waits meanwhile.
          const output = await this.handleItem(turn, event.item);
          if (turn.aborted) throw new TurnAbortedError();
          items.push(event.item);
          if (output) {
            items.push(output);
            needsFollowUp = true;
          }
          break;
        }
        case 'completed':
          if (event.token_usage) {
            const u = event.token_usage;
            this.emitTurn(turn, {
              type: 'token_count',
              input_tokens: u.input_tokens,
              cached_input_tokens: u.cached_input_tokens,
              output_tokens: u.output_tokens,
              reasoning_output_tokens: u.reasoning_output_tokens,
              total_tokens: u.total_tokens,
            });
          }
          completed = true;
          break;
      }
      if (completed) break;
    }
    if (turn.aborted) throw new TurnAbortedError();
    if (!completed) throw new ModelError('stream disconnected before completion: stream closed before response.completed');
    return { items, needsFollowUp };
  }

  /** Show an output item to the client; run it when it is a tool call and return its output item. */
  private async handleItem(turn: ActiveTurn, item: ResponseItem): Promise<ResponseItem | undefined> {
    switch (item.type) {
      case 'message':
        if (item.role === 'assistant') {
          for (const content of item.content) {
            if (content.type === 'output_text') this.emitTurn(turn, { type: 'agent_message', message: content.text });
          }
        }
        return undefined;
      case 'reasoning':
        for (const summary of item.summary) this.emitTurn(turn, { type: 'agent_reasoning', text: summary.text });
        return undefined;
      case 'function_call': {
        const output = await this.callTool(turn, item.name, item.arguments, item.call_id);
        return { type: 'function_call_output', call_id: item.call_id, output };
      }
      case 'function_call_output':
        this.deps.logger.debug('ignoring function_call_output from the model stream');
        return undefined;
    }
  }

  private async callTool(turn: ActiveTurn, name: string, args: string, callId: string): Promise<string> {
    const newDiff = this.deps.newTurnDiff;
    const ctx: ToolCallContext = {
      turn: turn.context,
      callId,
      signal: turn.controller.signal,
      session: { approvedCommands: this.approvedCommands },
      get diff(): TurnDiff {
        return turn.diff ?? (turn.diff = newDiff());
      },
      logger: this.deps.logger,
      patchWriter: this.deps.patchWriter,
      emit: (msg) => this.emitTurn(turn, msg),
      requestApproval: (request) => this.requestApproval(turn, request),
    };
    try {
      return await this.deps.tools.dispatch(name, args, ctx);
    } catch (err) {
      if (turn.aborted || err instanceof TurnAbortedError) throw new TurnAbortedError();
      const message = messageOf(err);
      this.deps.logger.error('tool call failed', { tool: name, error: message });
      return `${name} failed: ${message}`;
    }
  }

  private requestApproval(
    turn: ActiveTurn,
    request: EventMsgOf<'exec_approval_request'> | EventMsgOf<'apply_patch_approval_request'>,
  ): Promise<ReviewDecision> {
    if (turn.aborted) return Promise.resolve('abort');
    // Register before emitting: a listener may answer synchronously.
    const decision = this.approvals.register(request.call_id);
    this.emitTurn(turn, request);
    return decision;
  }

  private finishTurn(turn: ActiveTurn): void {
    turn.slot?.dispose();
    if (this.activeTurn === turn) this.activeTurn = undefined;
  }

  private takePendingInput(): ResponseItem[] {
    const pending = this.pendingInput;
    this.pendingInput = [];
    return pending;
  }

  private record(turn: ActiveTurn, items: ResponseItem[]): void {
    if (turn.aborted || items.length === 0) return;
    this.history.push(...items);
    this.deps.recorder.recordItems(items);
  }

  private emitTurn(turn: ActiveTurn, msg: EventMsg): void {
    if (turn.aborted) return;
    this.emit(turn.subId, msg);
  }

  private emit(id: string, msg: EventMsg): void {
    this.deps.recorder.recordEvent(msg);
    this.hub.emit({ id, msg });
  }
}

/** Text of the last assistant message among `items`, or null (upstream get_last_assistant_message_from_turn). */
export function lastAssistantMessage(items: readonly ResponseItem[]): string | null {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item.type !== 'message' || item.role !== 'assistant') continue;
    for (let j = item.content.length - 1; j >= 0; j--) {
      const content = item.content[j];
      if (content.type === 'output_text') return content.text;
    }
  }
  return null;
}

/**
 * The history with a synthetic `aborted` output after every tool call that never got one
 * (a call interrupted before its output was recorded), so both wires accept the request.
 */
export function withAbortedCallOutputs(history: readonly ResponseItem[]): ResponseItem[] {
  const answered = new Set<string>();
  for (const item of history) if (item.type === 'function_call_output') answered.add(item.call_id);
  const input: ResponseItem[] = [];
  for (const item of history) {
    input.push(item);
    if (item.type === 'function_call' && !answered.has(item.call_id)) {
      input.push({ type: 'function_call_output', call_id: item.call_id, output: 'aborted' });
    }
  }
  return input;
}
