import type { ResponseItem } from '../model/model-types';
import type { AskForApproval, SandboxPolicy } from '../protocol/common-types';

/**
 * The `<environment_context>` user message the model sees first (upstream environment_context.rs).
 * No `<shell>` line: upstream only names zsh on macOS, and the Linux reference never sends one.
 */
export function environmentContextText(cwd: string, approvalPolicy: AskForApproval, sandbox: SandboxPolicy): string {
  const network = sandbox.mode === 'danger-full-access' || (sandbox.mode === 'workspace-write' && sandbox.network_access === true)
    ? 'enabled'
    : 'restricted';
  return [
    '<environment_context>',
    `  <cwd>${cwd}</cwd>`,
    `  <approval_policy>${approvalPolicy}</approval_policy>`,
    `  <sandbox_mode>${sandbox.mode}</sandbox_mode>`,
    `  <network_access>${network}</network_access>`,
    '</environment_context>',
  ].join('\n');
}

export const ENVIRONMENT_CONTEXT_START = '<environment_context>';
export const USER_INSTRUCTIONS_START = '<user_instructions>';

/** The environment context as a history item (role user, one input_text). */
export function environmentContextMessage(cwd: string, approvalPolicy: AskForApproval, sandbox: SandboxPolicy): ResponseItem {
  return userTextMessage(environmentContextText(cwd, approvalPolicy, sandbox));
}

/** AGENTS.md / CODEX_HOME instructions wrapped the way upstream's client_common.rs does. */
export function userInstructionsMessage(instructions: string): ResponseItem {
  return userTextMessage(`${USER_INSTRUCTIONS_START}\n\n${instructions}\n\n</user_instructions>`);
}

/** A user message holding one text; `id: null` keeps the Responses request body identical to the reference. */
export function userTextMessage(text: string): ResponseItem {
  return { type: 'message', id: null, role: 'user', content: [{ type: 'input_text', text }] };
}
