/**
 * Whether a command or a patch runs without asking, asks the user, or is refused — and whether it
 * runs in the sandbox (upstream `safety.rs`: `assess_command_safety`, `assess_patch_safety`).
 * Pure: no processes, no I/O beyond checking which `.git` directories exist.
 */
import * as path from 'node:path';
import type { AskForApproval, SandboxPolicy } from '../protocol/common-types';
import { isKnownSafeCommand } from './safe-command';
import { getWritableRoots, isPathWritable } from './sandbox/writable-roots';
import { shlexTryJoin } from './shlex';

export type Assessment =
  | { kind: 'auto'; sandbox: 'none' | 'sandboxed' }
  | { kind: 'ask'; reason?: string }
  | { kind: 'reject'; reason: string };

/** Upstream's text when `never` meets an untrusted command and no sandbox exists. */
export const REJECT_UNTRUSTED_NO_SANDBOX = 'auto-rejected because command is not on trusted list';
/** Upstream's text when `never` meets a patch that writes outside the writable roots. */
export const REJECT_PATCH_OUTSIDE_ROOTS = 'writing outside of the project; rejected by user approval settings';
export const REJECT_EMPTY_PATCH = 'empty patch';

/**
 * The key of `command` in the session's "approved for session" set: its shell-joined form
 * (JSON for the odd command with a NUL byte, which shlex cannot join unambiguously).
 */
export function sessionApprovalKey(command: readonly string[]): string {
  return shlexTryJoin(command) ?? JSON.stringify(command);
}

export interface CommandAssessmentInput {
  command: string[];
  approvalPolicy: AskForApproval;
  sandboxPolicy: SandboxPolicy;
  /** sessionApprovalKey() of every command the user approved for the session. */
  approvedForSession: ReadonlySet<string>;
  /** The model asked to run outside the sandbox (`with_escalated_permissions`). */
  withEscalatedPermissions: boolean;
  /** A working sandbox helper exists (SandboxLocator.isAvailable). */
  sandboxAvailable: boolean;
}

/**
 * Known-safe and session-approved commands run without a sandbox under every policy. Other
 * commands:
 *
 * | approval \ sandbox | danger-full-access | read-only / workspace-write                      |
 * |--------------------|--------------------|-------------------------------------------------|
 * | untrusted          | ask                | ask                                             |
 * | on-request         | auto, no sandbox   | escalated → ask; else sandboxed (no sandbox → ask) |
 * | on-failure         | auto, no sandbox   | sandboxed (no sandbox → ask); core offers an unsandboxed retry after a denial |
 * | never              | auto, no sandbox   | sandboxed (no sandbox → reject)                 |
 */
export function assessCommand(input: CommandAssessmentInput): Assessment {
  const { command, approvalPolicy, sandboxPolicy, sandboxAvailable } = input;
  // A user who approved a command for the session may have done so because it needs to run
  // outside the sandbox, so those run unsandboxed, like the known-safe list.
  if (isKnownSafeCommand(command) || input.approvedForSession.has(sessionApprovalKey(command))) {
    return { kind: 'auto', sandbox: 'none' };
  }
  if (approvalPolicy === 'untrusted') return { kind: 'ask' };
  if (sandboxPolicy.mode === 'danger-full-access') return { kind: 'auto', sandbox: 'none' };
  if (approvalPolicy === 'on-request' && input.withEscalatedPermissions) return { kind: 'ask' };
  if (sandboxAvailable) return { kind: 'auto', sandbox: 'sandboxed' };
  // No sandbox to contain an untrusted command: ask if we may, refuse if we may not.
  return approvalPolicy === 'never' ? { kind: 'reject', reason: REJECT_UNTRUSTED_NO_SANDBOX } : { kind: 'ask' };
}

export interface PatchAssessmentInput {
  /** Every path the patch writes (added, deleted, updated, and move destinations); relative to cwd or absolute. */
  changedPaths: string[];
  cwd: string;
  approvalPolicy: AskForApproval;
  sandboxPolicy: SandboxPolicy;
  sandboxAvailable: boolean;
  /** Environment for `$TMPDIR` (defaults to the server's). */
  env?: NodeJS.ProcessEnv;
}

/** True when every path the patch writes is inside a writable root of the policy. */
export function isPatchConstrainedToWritableRoots(
  changedPaths: readonly string[],
  sandboxPolicy: SandboxPolicy,
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (sandboxPolicy.mode === 'danger-full-access') return true;
  if (sandboxPolicy.mode === 'read-only') return false;
  const roots = getWritableRoots(sandboxPolicy, cwd, env);
  return changedPaths.every((p) => isPathWritable(roots, path.resolve(cwd, p)));
}

/**
 * `untrusted` always asks. Otherwise a patch confined to the writable roots (or any patch under
 * `on-failure`) is applied without asking; one that writes elsewhere asks, or is refused under
 * `never`. Without a sandbox helper, anything but `danger-full-access` asks instead.
 */
export function assessPatch(input: PatchAssessmentInput): Assessment {
  const { approvalPolicy, sandboxPolicy } = input;
  if (input.changedPaths.length === 0) return { kind: 'reject', reason: REJECT_EMPTY_PATCH };
  if (approvalPolicy === 'untrusted') return { kind: 'ask' };
  const constrained = isPatchConstrainedToWritableRoots(input.changedPaths, sandboxPolicy, input.cwd, input.env);
  if (constrained || approvalPolicy === 'on-failure') {
    if (sandboxPolicy.mode === 'danger-full-access') return { kind: 'auto', sandbox: 'none' };
    return input.sandboxAvailable ? { kind: 'auto', sandbox: 'sandboxed' } : { kind: 'ask' };
  }
  if (approvalPolicy === 'never') return { kind: 'reject', reason: REJECT_PATCH_OUTSIDE_ROOTS };
  return { kind: 'ask' };
}
