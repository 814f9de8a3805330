import type { FileChange } from '../protocol/common-types';
import type { EventMsg, EventMsgOf } from '../protocol/events';
import type { SessionUpdate, ToolCall, ToolCallUpdate } from './acp-protocol';
import { describeChanges, describeCommand, MAX_SHOWN_OUTPUT_CHARS, outputContent, textContent } from './tool-call-content';

/** Output kept per running command: a bounded tail. */
interface RunningCommand {
  output: string;
}

/**
 * Turns one session's core events into ACP `session/update`s. Stateful per session: it knows
 * which tool calls the client has already seen (so a call announced for a permission request is
 * updated, not announced twice), whether a message was streamed (so the final full message is
 * not sent again) and the tail of each running command's output. Memory is bounded: one output
 * tail of at most MAX_SHOWN_OUTPUT_CHARS per running command.
 */
export class SessionUpdateMapper {
  private streamedMessage = false;
  private streamedReasoning = false;
  private readonly announced = new Set<string>();
  private readonly running = new Map<string, RunningCommand>();
  private contextWindow: number | null = null;

  constructor(private readonly oldContents: (p: string) => string | undefined = () => undefined) {}

  /** The updates for one event (often none). */
  map(msg: EventMsg): SessionUpdate[] {
    switch (msg.type) {
      case 'task_started':
        this.contextWindow = msg.model_context_window;
        return [];
      case 'agent_message_delta':
        this.streamedMessage = true;
        return msg.delta ? [{ sessionUpdate: 'agent_message_chunk', content: { type: 'text', text: msg.delta } }] : [];
      case 'agent_message': {
        const streamed = this.streamedMessage;
        this.streamedMessage = false;
        return streamed || !msg.message ? [] : [{ sessionUpdate: 'agent_message_chunk', content: { type: 'text', text: msg.message } }];
      }
      case 'agent_reasoning_delta':
      case 'agent_reasoning_raw_content_delta':
        this.streamedReasoning = true;
        return msg.delta ? [{ sessionUpdate: 'agent_thought_chunk', content: { type: 'text', text: msg.delta } }] : [];
      case 'agent_reasoning':
      case 'agent_reasoning_raw_content': {
        const streamed = this.streamedReasoning;
        this.streamedReasoning = false;
        return streamed || !msg.text ? [] : [{ sessionUpdate: 'agent_thought_chunk', content: { type: 'text', text: msg.text } }];
      }
      case 'exec_approval_request':
        return [this.announce(this.commandCall(msg.call_id, msg.command, msg.cwd, [], 'pending'))];
      case 'exec_command_begin': {
        this.running.set(msg.call_id, { output: '' });
        return [this.announce(this.commandCall(msg.call_id, msg.command, msg.cwd, msg.parsed_cmd, 'in_progress'))];
      }
      case 'exec_command_output_delta':
        return this.outputDelta(msg);
      case 'exec_command_end': {
        this.running.delete(msg.call_id);
        this.announced.delete(msg.call_id);
        return [
          {
            sessionUpdate: 'tool_call_update',
            toolCallId: msg.call_id,
            status: msg.exit_code === 0 ? 'completed' : 'failed',
            content: outputContent(msg.aggregated_output),
            rawOutput: { exit_code: msg.exit_code, duration: msg.duration, formatted_output: msg.formatted_output },
          },
        ];
      }
      case 'apply_patch_approval_request':
        return [this.announce(this.patchCall(msg.call_id, msg.changes, 'pending'))];
      case 'patch_apply_begin':
        return [this.announce(this.patchCall(msg.call_id, msg.changes, 'in_progress'))];
      case 'patch_apply_end':
        this.announced.delete(msg.call_id);
        return [
          {
            sessionUpdate: 'tool_call_update',
            toolCallId: msg.call_id,
            status: msg.success ? 'completed' : 'failed',
            rawOutput: { stdout: msg.stdout, stderr: msg.stderr, success: msg.success },
          },
        ];
      case 'plan_update':
        return [
          {
            sessionUpdate: 'plan',
            entries: msg.plan.map((p) => ({ content: p.step, priority: 'medium' as const, status: p.status })),
          },
        ];
      case 'token_count':
        return this.contextWindow ? [{ sessionUpdate: 'usage_update', used: msg.total_tokens, size: this.contextWindow }] : [];
      case 'turn_aborted':
      case 'task_complete':
        // Whatever was pending is over; the next turn starts clean.
        this.streamedMessage = false;
        this.streamedReasoning = false;
        return this.failRunning();
      default:
        return [];
    }
  }

  /** The tool call shown with a permission request (the same the client was just told about). */
  permissionToolCall(msg: EventMsgOf<'exec_approval_request'> | EventMsgOf<'apply_patch_approval_request'>): ToolCallUpdate {
    const call = msg.type === 'exec_approval_request' ? this.commandCall(msg.call_id, msg.command, msg.cwd, [], 'pending') : this.patchCall(msg.call_id, msg.changes, 'pending');
    const update: ToolCallUpdate = { ...call };
    if (msg.reason) update.content = [...(call.content ?? []), { type: 'content', content: { type: 'text', text: msg.reason } }];
    return update;
  }

  /** The user declined the call: it will not run. */
  declined(callId: string): SessionUpdate[] {
    if (!this.announced.delete(callId)) return [];
    return [{ sessionUpdate: 'tool_call_update', toolCallId: callId, status: 'failed', content: [textContent('Declined by the user')] }];
  }

  /** A tool call the client has seen is changed; an unseen one is announced. */
  private announce(call: ToolCall): SessionUpdate {
    if (this.announced.has(call.toolCallId)) return { sessionUpdate: 'tool_call_update', ...call };
    this.announced.add(call.toolCallId);
    return { sessionUpdate: 'tool_call', ...call };
  }

  private commandCall(callId: string, command: string[], cwd: string, parsed: EventMsgOf<'exec_command_begin'>['parsed_cmd'], status: 'pending' | 'in_progress'): ToolCall {
    const { title, kind, locations } = describeCommand(command, cwd, parsed);
    return { toolCallId: callId, title, kind, status, locations, rawInput: { command, cwd } };
  }

  private patchCall(callId: string, changes: Record<string, FileChange>, status: 'pending' | 'in_progress'): ToolCall {
    const { title, locations, content } = describeChanges(changes, this.oldContents);
    return { toolCallId: callId, title, kind: 'edit', status, locations, content, rawInput: { changes } };
  }

  private outputDelta(msg: EventMsgOf<'exec_command_output_delta'>): SessionUpdate[] {
    const cmd = this.running.get(msg.call_id);
    if (!cmd) return [];
    cmd.output += Buffer.from(msg.chunk).toString('utf8');
    if (cmd.output.length > MAX_SHOWN_OUTPUT_CHARS) cmd.output = cmd.output.slice(-MAX_SHOWN_OUTPUT_CHARS);
    return [{ sessionUpdate: 'tool_call_update', toolCallId: msg.call_id, content: outputContent(cmd.output) }];
  }

  /** Commands still running when the turn ended (interrupt) are shown as failed. */
  private failRunning(): SessionUpdate[] {
    const updates: SessionUpdate[] = [];
    for (const id of this.running.keys()) updates.push({ sessionUpdate: 'tool_call_update', toolCallId: id, status: 'failed' });
    for (const id of this.announced) if (!this.running.has(id)) updates.push({ sessionUpdate: 'tool_call_update', toolCallId: id, status: 'failed' });
    this.running.clear();
    this.announced.clear();
    return updates;
  }
}
