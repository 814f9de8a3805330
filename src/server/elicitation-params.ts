import { shlexJoin } from '../exec/shlex';
import type { EventMsgOf } from '../protocol/events';
import type { ParamsOf } from '../protocol/method-types';
import type { ElicitationRequest } from '../protocol/methods';

type ElicitationParams = ParamsOf<typeof ElicitationRequest>;

/** `elicitation/create` params for an exec approval, as the reference sends them (plus `_meta`). */
export function execElicitationParams(ev: EventMsgOf<'exec_approval_request'>, toolCallId: string, eventId: string): ElicitationParams {
  const codex: Omit<ElicitationParams, 'message' | 'requestedSchema' | '_meta'> = {
    codex_elicitation: 'exec-approval',
    codex_mcp_tool_call_id: toolCallId,
    codex_event_id: eventId,
    codex_call_id: ev.call_id,
    codex_command: ev.command,
    codex_cwd: ev.cwd,
  };
  if (ev.reason !== undefined && ev.reason !== null) codex.codex_reason = ev.reason;
  return {
    message: `Allow Codex to run \`${shlexJoin(ev.command)}\` in \`${ev.cwd}\`?`,
    requestedSchema: { properties: {}, type: 'object' },
    ...codex,
    // SDK clients strip unknown top-level params but keep `_meta`.
    _meta: { ...codex },
  };
}

/** `elicitation/create` params for a patch approval. */
export function patchElicitationParams(ev: EventMsgOf<'apply_patch_approval_request'>, toolCallId: string, eventId: string): ElicitationParams {
  const codex: Omit<ElicitationParams, 'message' | 'requestedSchema' | '_meta'> = {
    codex_elicitation: 'patch-approval',
    codex_mcp_tool_call_id: toolCallId,
    codex_event_id: eventId,
    codex_call_id: ev.call_id,
  };
  if (ev.reason !== undefined && ev.reason !== null) codex.codex_reason = ev.reason;
  if (ev.grant_root !== undefined && ev.grant_root !== null) codex.codex_grant_root = ev.grant_root;
  codex.codex_changes = ev.changes;
  const lines = ev.reason ? [ev.reason] : [];
  lines.push('Allow Codex to apply proposed code changes?');
  return {
    message: lines.join('\n'),
    requestedSchema: { properties: {}, type: 'object' },
    ...codex,
    _meta: { ...codex },
  };
}
