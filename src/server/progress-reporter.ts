import type { EventMsg } from '../protocol/events';
import { ProgressNotification } from '../protocol/methods';
import type { OutgoingMessageSender } from './outgoing-message-sender';

/** Minimum gap between two progress notifications for routine events. */
const THROTTLE_MS = 250;

/**
 * MCP `notifications/progress` for a tools/call that carried `_meta.progressToken`, so SDK
 * clients with `resetTimeoutOnProgress` keep long runs alive. Milestones always go out;
 * streaming noise is throttled.
 */
export class ProgressReporter {
  private progress = 0;
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly outgoing: OutgoingMessageSender,
    private readonly token: string | number | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  onEvent(msg: EventMsg): void {
    if (this.token === undefined) return;
    const message = describe(msg);
    if (!message) return;
    const t = this.now();
    if (!message.milestone && t - this.last < THROTTLE_MS) return;
    this.last = t;
    this.progress += 1;
    this.outgoing.sendNotification(ProgressNotification, { progressToken: this.token, progress: this.progress, message: message.text });
  }
}

function describe(msg: EventMsg): { text: string; milestone: boolean } | undefined {
  switch (msg.type) {
    case 'task_started':
      return { text: 'Codex is working', milestone: true };
    case 'agent_message_delta':
    case 'agent_reasoning_delta':
      return { text: 'Codex is thinking', milestone: false };
    case 'exec_command_begin':
      return { text: `Running: ${msg.command.join(' ')}`.slice(0, 200), milestone: true };
    case 'exec_command_output_delta':
      return { text: 'Command running', milestone: false };
    case 'exec_command_end':
      return { text: `Command finished (exit ${msg.exit_code})`, milestone: true };
    case 'exec_approval_request':
    case 'apply_patch_approval_request':
      return { text: 'Waiting for approval', milestone: true };
    case 'patch_apply_end':
      return { text: msg.success ? 'Patch applied' : 'Patch failed', milestone: true };
    case 'agent_message':
      return { text: 'Codex answered', milestone: true };
    default:
      return undefined;
  }
}
