import { Disposable } from 'vscode-jsonrpc/node';
import type { CodexConfig } from '../config/config-types';
import type { ResponseItem } from '../model/model-types';
import type { InputItem } from '../protocol/common-types';
import type { Event, EventMsg } from '../protocol/events';
import type { Conversation, Op } from './conversation';
import { EventHub } from './event-hub';
import { PendingApprovals } from './pending-approvals';
import { tooManyTurnsMessage } from './turn-limiter';
import type { ConversationDeps, ConversationInit } from './conversation-deps';
import { TurnTask, type TurnSession } from './turn-task';
import { userInputToResponseItem } from './user-input';

interface QueuedSubmission {
  id: string;
  op: Op;
}

/**
 * One session (upstream codex.rs Session + submission_loop). Submissions are handled one after
 * another; a turn (a TurnTask) runs in the background and is interrupted through its abort().
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
  private activeTurn: TurnTask | undefined;
  private readonly session: TurnSession;
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
    this.session = {
      deps,
      history: this.history,
      approvals: this.approvals,
      approvedCommands: this.approvedCommands,
      takePendingInput: () => this.takePendingInput(),
      hasPendingInput: () => this.pendingInput.length > 0,
      emit: (id, msg) => this.emit(id, msg),
      turnEnded: (turn) => {
        if (this.activeTurn === turn) this.activeTurn = undefined;
      },
    };
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
    const turn = new TurnTask(subId, this.currentConfig, slot, this.session);
    this.activeTurn = turn;
    turn.run(input).catch((err: unknown) => {
      this.deps.logger.error('turn failed unexpectedly', { error: String(err) });
    });
  }

  /** Abort the running turn at once: model stream, commands, approvals; emits turn_aborted. */
  private interrupt(): void {
    this.approvals.abortAll();
    const turn = this.activeTurn;
    if (!turn) return;
    this.activeTurn = undefined;
    turn.abort();
  }

  private takePendingInput(): ResponseItem[] {
    const pending = this.pendingInput;
    this.pendingInput = [];
    return pending;
  }

  private emit(id: string, msg: EventMsg): void {
    this.deps.recorder.recordEvent(msg);
    this.hub.emit({ id, msg });
  }
}
