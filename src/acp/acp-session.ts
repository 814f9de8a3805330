import type { CodexConfig } from '../config/config-types';
import type { Disposable } from 'vscode-jsonrpc/node';
import type { Conversation } from '../core/conversation';
import type { Logger } from '../logging/logger';
import type { InputItem } from '../protocol/common-types';
import { RpcError } from '../protocol/errors';
import type { Event } from '../protocol/events';
import type { ApprovalHandlers } from '../server/approval-handler';
import type { OutgoingMessageSender } from '../server/outgoing-message-sender';
import { AcpSessionUpdateNotification } from './acp-methods';
import type { SessionModeState, SessionUpdate, StopReason } from './acp-protocol';
import type { ApprovalRequestMsg } from './acp-approval-handler';
import { APPROVAL_PRESETS, modesFor, type ApprovalPreset } from './session-modes';
import { SessionUpdateMapper } from './session-update-mapper';
import { messageOf } from '../common/errors';

/** What a session is made of (the agent processor fills it in when a session is created or loaded). */
export interface AcpSessionInit {
  /** The core conversation behind the session. */
  conversation: Conversation;
  /** The config the conversation was created with (policies, model, cwd). */
  config: CodexConfig;
}

/** Connection services an ACP session uses. */
export interface AcpSessionDeps {
  /** Sends `session/update` notifications and requests to the client. */
  outgoing: OutgoingMessageSender;
  /** The connection's approval handlers (the ACP flavour: `session/request_permission`). */
  approvals: ApprovalHandlers;
  /** The session's logger. */
  logger: Logger;
  /** The text of a file a patch deletes (for its diff), when readable. */
  oldContents?: (p: string) => string | undefined;
}

interface ActivePrompt {
  subId?: string;
  cancelled: boolean;
  resolve(reason: StopReason): void;
  reject(error: unknown): void;
}

/**
 * One ACP session over one Codex conversation: prompts become turns, the turn's events become
 * `session/update`s, approvals become `session/request_permission`, cancel interrupts. One
 * prompt at a time (ACP clients wait for `{stopReason}` before the next).
 */
export class AcpSession {
  readonly sessionId: string;
  private readonly mapper: SessionUpdateMapper;
  private readonly subscription: Disposable;
  private readonly modeState: SessionModeState;
  private mode: ApprovalPreset;
  private active: ActivePrompt | undefined;
  private disposed = false;

  constructor(
    private readonly init: AcpSessionInit,
    private readonly deps: AcpSessionDeps,
  ) {
    this.sessionId = init.conversation.conversationId;
    this.mapper = new SessionUpdateMapper(deps.oldContents);
    const { state, configured } = modesFor(init.config.approval_policy, init.config.sandbox_policy);
    this.modeState = state;
    this.mode = configured ?? this.presetWithConfig(APPROVAL_PRESETS.find((p) => p.id === state.currentModeId)!);
    // A real listener: the core keeps the conversation loaded while this session holds it.
    this.subscription = init.conversation.subscribe((event) => this.onEvent(event));
  }

  /** The modes offered and the current one (for `session/new` and `session/load` answers). */
  get modes(): SessionModeState {
    return { currentModeId: this.mode.id, availableModes: this.modeState.availableModes };
  }

  /** Send updates (replayed history) to the client. */
  sendUpdates(updates: readonly SessionUpdate[]): void {
    for (const update of updates) this.notify(update);
  }

  /** Run one turn with `items`; resolves with the stop reason once every update of it was sent. */
  prompt(items: InputItem[]): Promise<StopReason> {
    if (this.disposed) return Promise.reject(RpcError.invalidRequest(`session closed: ${this.sessionId}`));
    if (this.active) return Promise.reject(RpcError.invalidRequest(`a prompt is already running in session ${this.sessionId}`));
    const { conversation, config } = this.init;
    return new Promise<StopReason>((resolve, reject) => {
      const active: ActivePrompt = {
        cancelled: false,
        resolve: (reason) => {
          this.active = undefined;
          resolve(reason);
        },
        reject: (error) => {
          this.active = undefined;
          reject(error);
        },
      };
      this.active = active;
      conversation
        .submit({
          type: 'user_turn',
          items,
          cwd: config.cwd,
          approval_policy: this.mode.approvalPolicy,
          sandbox_policy: this.mode.sandboxPolicy,
          model: conversation.config.model,
          effort: conversation.config.model_reasoning_effort,
          summary: conversation.config.model_reasoning_summary,
        })
        .then(
          (subId) => {
            active.subId = subId;
          },
          (e: unknown) => active.reject(RpcError.internal(`could not start the turn: ${messageOf(e)}`)),
        );
    });
  }

  /** `session/cancel`: interrupt the running turn (commands are killed); the prompt answers `cancelled`. */
  async cancel(): Promise<void> {
    const active = this.active;
    if (!active) return;
    active.cancelled = true;
    await this.init.conversation.submit({ type: 'interrupt' });
  }

  /** `session/set_mode`: the next turn runs with the preset's approval and sandbox policy. */
  setMode(modeId: string): void {
    const preset = this.modeState.availableModes.some((m) => m.id === modeId)
      ? (APPROVAL_PRESETS.find((p) => p.id === modeId) ?? modesFor(this.init.config.approval_policy, this.init.config.sandbox_policy).configured)
      : undefined;
    if (!preset) throw RpcError.invalidParams(`Invalid params: unknown mode: ${modeId}`, { availableModes: this.modeState.availableModes.map((m) => m.id) });
    this.mode = this.presetWithConfig(preset);
    this.notify({ sessionUpdate: 'current_mode_update', currentModeId: preset.id });
  }

  /** Stop listening; a running prompt answers `cancelled`. The conversation is the caller's to remove. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.subscription.dispose();
    this.active?.resolve('cancelled');
  }

  /** A preset keeps the config's sandbox details (writable roots, network) when its mode is the configured one. */
  private presetWithConfig(preset: ApprovalPreset): ApprovalPreset {
    const configured = this.init.config.sandbox_policy;
    return configured.mode === preset.sandboxPolicy.mode ? { ...preset, sandboxPolicy: configured } : preset;
  }

  private onEvent(event: Event): void {
    const { msg } = event;
    for (const update of this.mapper.map(msg)) this.notify(update);
    switch (msg.type) {
      case 'exec_approval_request':
      case 'apply_patch_approval_request':
        void this.askPermission(event.id, msg);
        break;
      case 'task_complete':
        this.finish(event.id, 'end_turn');
        break;
      case 'turn_aborted':
        this.finish(event.id, 'cancelled');
        break;
      case 'error':
        if (this.active && this.isActiveTurn(event.id)) {
          if (this.active.cancelled) this.active.resolve('cancelled');
          else this.active.reject(RpcError.internal(msg.message));
        }
        break;
      default:
        break;
    }
  }

  private finish(subId: string, reason: StopReason): void {
    const active = this.active;
    if (!active || !this.isActiveTurn(subId)) return;
    active.resolve(active.cancelled ? 'cancelled' : reason);
  }

  /** Events of other submissions (none today: one prompt at a time) never end the prompt. */
  private isActiveTurn(subId: string): boolean {
    return this.active?.subId === undefined || this.active.subId === subId;
  }

  private async askPermission(eventId: string, msg: ApprovalRequestMsg): Promise<void> {
    const { conversation } = this.init;
    const channel = { kind: 'acp' as const, sessionId: this.sessionId, toolCall: this.mapper.permissionToolCall(msg) };
    const decision = await this.deps.approvals.handle({ conversation, eventId, msg, channel });
    if (this.disposed) return;
    if (decision === 'denied' || decision === 'abort') {
      for (const update of this.mapper.declined(msg.call_id)) this.notify(update);
    }
  }

  private notify(update: SessionUpdate): void {
    this.deps.outgoing.sendNotification(AcpSessionUpdateNotification, { sessionId: this.sessionId, update });
  }
}
