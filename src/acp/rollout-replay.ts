import { ENVIRONMENT_CONTEXT_START, USER_INSTRUCTIONS_START } from '../core/environment-context';
import type { ResponseItem } from '../model/model-types';
import { ShellToolCallParamsDto } from '../protocol/dto/model-tool-dtos';
import { parseToolArguments } from '../protocol/dto/tool-arguments';
import type { SessionUpdate, ToolKind } from './acp-protocol';
import { displayCommand, outputContent } from './tool-call-content';

/**
 * A recorded history as the `session/update`s a client renders on `session/load`: user and
 * agent messages, reasoning, and each tool call with its result. The environment context and
 * AGENTS.md instructions the core adds are not the user's words and are left out.
 */
export function replayUpdates(items: readonly ResponseItem[]): SessionUpdate[] {
  const updates: SessionUpdate[] = [];
  for (const item of items) {
    switch (item.type) {
      case 'message': {
        const text = item.content.map((c) => (c.type === 'input_image' ? '' : c.text)).join('');
        if (!text) break;
        if (item.role === 'user') {
          if (text.startsWith(ENVIRONMENT_CONTEXT_START) || text.startsWith(USER_INSTRUCTIONS_START)) break;
          updates.push({ sessionUpdate: 'user_message_chunk', content: { type: 'text', text } });
        } else if (item.role === 'assistant') {
          updates.push({ sessionUpdate: 'agent_message_chunk', content: { type: 'text', text } });
        }
        break;
      }
      case 'reasoning': {
        const text = [...item.summary.map((s) => s.text), ...(item.content ?? []).map((c) => c.text)].join('\n');
        if (text) updates.push({ sessionUpdate: 'agent_thought_chunk', content: { type: 'text', text } });
        break;
      }
      case 'function_call': {
        const { title, kind } = describeCall(item.name, item.arguments);
        updates.push({ sessionUpdate: 'tool_call', toolCallId: item.call_id, title, kind, status: 'in_progress', rawInput: parseJson(item.arguments) });
        break;
      }
      case 'function_call_output': {
        const { output, exitCode } = parseOutput(item.output);
        updates.push({
          sessionUpdate: 'tool_call_update',
          toolCallId: item.call_id,
          status: exitCode === undefined || exitCode === 0 ? 'completed' : 'failed',
          content: outputContent(output),
        });
        break;
      }
    }
  }
  return updates;
}

function describeCall(name: string, args: string): { title: string; kind: ToolKind } {
  const shell = name === 'shell' ? parseToolArguments(ShellToolCallParamsDto, args) : undefined;
  if (shell?.ok) {
    const { command } = shell.value;
    return command[0] === 'apply_patch' || command[0] === 'applypatch' ? { title: 'Edit', kind: 'edit' } : { title: displayCommand(command), kind: 'execute' };
  }
  if (name === 'apply_patch') return { title: 'Edit', kind: 'edit' };
  if (name === 'update_plan') return { title: 'Update plan', kind: 'think' };
  return { title: name, kind: 'other' };
}

/** Shell outputs are `{"output":…,"metadata":{"exit_code":…}}`; other tools answer plain text. */
function parseOutput(output: string): { output: string; exitCode?: number } {
  const parsed = parseJson(output) as { output?: unknown; metadata?: { exit_code?: unknown } } | undefined;
  if (parsed && typeof parsed.output === 'string') {
    const code = parsed.metadata?.exit_code;
    return { output: parsed.output, exitCode: typeof code === 'number' ? code : undefined };
  }
  return { output };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
