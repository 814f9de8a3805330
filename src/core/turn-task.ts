import type { Disposable } from 'vscode-jsonrpc/node';
import { messageOf } from '../common/errors';
import type { CodexConfig } from '../config/config-types';
import { ModelError, type Prompt, type ResponseItem } from '../model/model-types';
import type { ReviewDecision } from '../protocol/common-types';
import type { EventMsg, EventMsgOf } from '../protocol/events';
import type { PendingApprovals } from './pending-approvals';
import { BASE_INSTRUCTIONS } from './prompts/base-instructions';
import { TurnAbortedError, type ToolCallContext, type TurnContext, type TurnDiff } from './tools/tool-types';
import type { ConversationDeps } from './conversation-deps';

/** What a running turn shares with its conversation. */
export interface TurnSession {
  /** The conversation's deps (model client, tools, recorder). */
  readonly deps: ConversationDeps;
  /** The history the model sees; the turn appends what it records. */
  readonly history: ResponseItem[];
  /** Approval questions the turn waits on, keyed by call id. */
  readonly approvals: PendingApprovals;
  /** Commands the user approved for the whole session. */
  readonly approvedCommands: Set<string>;
  /** Take (and clear) the input that arrived while the turn ran. */
  takePendingInput(): ResponseItem[];
  /** True when input arrived while the turn ran and is not yet taken. */
  hasPendingInput(): boolean;
  /** Record and deliver an event of this conversation. */
  emit(id: string, msg: EventMsg): void;
  /** The turn ended by itself (completed or failed; not interrupted). */
  turnEnded(turn: TurnTask): void;
}

/** What one model request produced. */
interface TurnOutcome {
  /** Output items and tool outputs, in order, to record in history. */
  items: ResponseItem[];
  /** True when a tool ran: its output must go back to the model. */
  needsFollowUp: boolean;
}

/**
 * One turn (upstream run_task): model requests and the tool calls they ask for, until the model
 * answers without calling a tool. Interrupted through abort(): from then on nothing it does
 * reaches history or the listeners.
 */
export class TurnTask {
  readonly context: TurnContext;
  private readonly controller = new AbortController();
  private aborted = false;
  private diff: TurnDiff | undefined;

  constructor(
    readonly subId: string,
    config: CodexConfig,
    /** This turn's slot in the TurnLimiter. */
    private readonly slot: Disposable,
    private readonly session: TurnSession,
  ) {
    this.context = { subId, cwd: config.cwd, approvalPolicy: config.approval_policy, sandboxPolicy: config.sandbox_policy, config };
  }

  /** Stop at once: model stream, commands, approvals; emits turn_aborted. */
  abort(): void {
    this.slot.dispose();
    // Flag first: nothing the dying turn does afterwards may reach the listeners.
    this.aborted = true;
    this.controller.abort();
    this.session.emit(this.subId, { type: 'turn_aborted', reason: 'interrupted' });
  }

  /** Run the turn on `input` (upstream run_task). */
  async run(input: ResponseItem[]): Promise<void> {
    this.emit({ type: 'task_started', model_context_window: this.context.config.model_context_window ?? null });
    this.record(input);
    let last: EventMsg;
    try {
      for (;;) {
        const pending = this.session.takePendingInput();
        if (pending.length > 0) this.record(pending);
        const outcome = await this.runTurn();
        if (this.aborted) return;
        this.record(outcome.items);
        if (outcome.needsFollowUp) continue;
        // The turn's lines reach the disk before its last event: a failed write is told inside the turn.
        await this.session.deps.recorder.flush();
        if (this.aborted) return;
        // Input queued during the last request (or that flush) must not be lost: ask the model again.
        if (this.session.hasPendingInput()) continue;
        last = { type: 'task_complete', last_agent_message: lastAssistantMessage(outcome.items) };
        break;
      }
    } catch (err) {
      if (this.aborted) return;
      const message = messageOf(err);
      if (!(err instanceof ModelError)) this.session.deps.logger.error('turn error', { error: message });
      await this.session.deps.recorder.flush();
      if (this.aborted) return;
      last = { type: 'error', message };
    } finally {
      this.slot.dispose();
    }
    this.finish();
    this.emit(last);
    // The last event's own line, fsynced too.
    await this.session.deps.recorder.flush();
  }

  /** One model request and the tool calls it asks for (upstream run_turn / try_run_turn). */
  private async runTurn(): Promise<TurnOutcome> {
    const config = this.context.config;
    const prompt: Prompt = {
      instructions: config.base_instructions ?? BASE_INSTRUCTIONS,
      input: withAbortedCallOutputs(this.session.history),
      tools: this.session.deps.tools.specs(this.context),
      model: config.model,
      summary: config.model_reasoning_summary,
    };
    if (config.model_reasoning_effort !== undefined) prompt.effort = config.model_reasoning_effort;

    const items: ResponseItem[] = [];
    let needsFollowUp = false;
    let completed = false;
    for await (const event of this.session.deps.client.stream(prompt, this.controller.signal)) {
      if (this.aborted) throw new TurnAbortedError();
      switch (event.type) {
        case 'created':
          break;
        case 'output_text_delta':
          this.emit({ type: 'agent_message_delta', delta: event.delta });
          break;
        case 'reasoning_summary_delta':
          this.emit({ type: 'agent_reasoning_delta', delta: event.delta });
          break;
        case 'reasoning_content_delta':
          // Raw reasoning is not shown (upstream: show_raw_agent_reasoning defaults to false).
          break;
        case 'retrying':
          // The client re-sends the whole request: what the broken attempt produced is
          // replaced by the retry's answer, or history would hold it twice.
          this.emit({ type: 'stream_error', message: event.message });
          items.length = 0;
          needsFollowUp = false;
          break;
        case 'output_item_done': {
          // Tools run as their calls arrive, as upstream does; the stream waits meanwhile.
          const output = await this.handleItem(event.item);
          if (this.aborted) throw new TurnAbortedError();
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
            this.emit({
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
    if (this.aborted) throw new TurnAbortedError();
    if (!completed) throw new ModelError('stream disconnected before completion: stream closed before response.completed');
    return { items, needsFollowUp };
  }

  /** Show an output item to the client; run it when it is a tool call and return its output item. */
  private async handleItem(item: ResponseItem): Promise<ResponseItem | undefined> {
    switch (item.type) {
      case 'message':
        if (item.role === 'assistant') {
          for (const content of item.content) {
            if (content.type === 'output_text') this.emit({ type: 'agent_message', message: content.text });
          }
        }
        return undefined;
      case 'reasoning':
        for (const summary of item.summary) this.emit({ type: 'agent_reasoning', text: summary.text });
        return undefined;
      case 'function_call': {
        const output = await this.callTool(item.name, item.arguments, item.call_id);
        return { type: 'function_call_output', call_id: item.call_id, output };
      }
      case 'function_call_output':
        this.session.deps.logger.debug('ignoring function_call_output from the model stream');
        return undefined;
    }
  }

  private async callTool(name: string, args: string, callId: string): Promise<string> {
    const diff = () => this.diff ?? (this.diff = this.session.deps.newTurnDiff());
    const ctx: ToolCallContext = {
      turn: this.context,
      callId,
      signal: this.controller.signal,
      session: { approvedCommands: this.session.approvedCommands },
      get diff(): TurnDiff {
        return diff();
      },
      logger: this.session.deps.logger,
      patchWriter: this.session.deps.patchWriter,
      emit: (msg) => this.emit(msg),
      requestApproval: (request) => this.requestApproval(request),
    };
    try {
      return await this.session.deps.tools.dispatch(name, args, ctx);
    } catch (err) {
      if (this.aborted || err instanceof TurnAbortedError) throw new TurnAbortedError();
      const message = messageOf(err);
      this.session.deps.logger.error('tool call failed', { tool: name, error: message });
      return `${name} failed: ${message}`;
    }
  }

  private requestApproval(
    request: EventMsgOf<'exec_approval_request'> | EventMsgOf<'apply_patch_approval_request'>,
  ): Promise<ReviewDecision> {
    if (this.aborted) return Promise.resolve('abort');
    // Register before emitting: a listener may answer synchronously.
    const decision = this.session.approvals.register(request.call_id);
    this.emit(request);
    return decision;
  }

  private finish(): void {
    this.slot.dispose();
    this.session.turnEnded(this);
  }

  private record(items: ResponseItem[]): void {
    if (this.aborted || items.length === 0) return;
    this.session.history.push(...items);
    this.session.deps.recorder.recordItems(items);
  }

  private emit(msg: EventMsg): void {
    if (this.aborted) return;
    this.session.emit(this.subId, msg);
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
