/**
 * Whether a command or a patch runs without asking, asks the user, or is refused — and whether it
 * runs in the sandbox (upstream `safety.rs`: `assess_command_safety`, `assess_patch_safety`).
 * No processes; patch paths are checked on the filesystem (symlinks followed).
 */
import type { AskForApproval, SandboxPolicy } from '../protocol/common-types';
import { isKnownSafeCommand } from './safe-command';
import { isProtectedWrite, isWritePermitted, type ResolvedSandboxPolicy } from './sandbox/resolved-policy';
import { shlexTryJoin } from './shlex';

/** The verdict on a command or patch: run (with or without sandbox), ask the user, or refuse. */
export type Assessment =
  | { kind: 'auto'; sandbox: 'none' | 'sandboxed' }
  | { kind: 'ask'; reason?: string }
  | { kind: 'reject'; reason: string };

/** Upstream's text when `never` meets an untrusted command and no sandbox exists. */
export const REJECT_UNTRUSTED_NO_SANDBOX = 'auto-rejected because command is not on trusted list';
/** Upstream's text when `never` meets a patch that writes outside the writable roots. */
export const REJECT_PATCH_OUTSIDE_ROOTS = 'writing outside of the project; rejected by user approval settings';
export const REJECT_EMPTY_PATCH = 'empty patch';
/** `never` meets a patch that would have to be applied sandboxed, and no sandbox exists. */
export const REJECT_PATCH_NO_SANDBOX = 'the sandbox is unavailable; rejected by user approval settings';

/**
 * The key of `command` in the session's "approved for session" set: its shell-joined form
 * (JSON for the odd command with a NUL byte, which shlex cannot join unambiguously).
 */
export function sessionApprovalKey(command: readonly string[]): string {
  return shlexTryJoin(command) ?? JSON.stringify(command);
}

/** What assessCommand decides from. */
export interface CommandAssessmentInput {
  /** The argv the model asked to run. */
  command: string[];
  /** The turn's approval policy. */
  approvalPolicy: AskForApproval;
  /** The turn's sandbox policy. */
  sandboxPolicy: SandboxPolicy;
  /** sessionApprovalKey() of every command the user approved for the session. */
  approvedForSession: ReadonlySet<string>;
  /** The model asked to run outside the sandbox (`with_escalated_permissions`). */
  withEscalatedPermissions: boolean;
  /** A working sandbox helper exists (SandboxLocator.isAvailable). */
  sandboxAvailable: boolean;
}

/**
 * Known-safe and session-approved commands skip the question, never the sandbox. Other commands:
 *
 * | approval \ sandbox | danger-full-access | read-only / workspace-write                      |
 * |--------------------|--------------------|-------------------------------------------------|
 * | untrusted          | ask                | ask                                             |
 * | on-request         | auto, no sandbox   | escalated → ask; else sandboxed (no sandbox → ask) |
 * | on-failure         | auto, no sandbox   | sandboxed (no sandbox → ask); core offers an unsandboxed retry after a denial |
 * | never              | auto, no sandbox   | sandboxed (no sandbox → reject)                 |
 *
 * An approved question runs the command without the sandbox: that is what the user agreed to.
 */
export function assessCommand(input: CommandAssessmentInput): Assessment {
  const { command, approvalPolicy, sandboxPolicy, sandboxAvailable } = input;
  const noQuestion = isKnownSafeCommand(command) || input.approvedForSession.has(sessionApprovalKey(command));
  if (sandboxPolicy.mode === 'danger-full-access') {
    return approvalPolicy === 'untrusted' && !noQuestion ? { kind: 'ask' } : { kind: 'auto', sandbox: 'none' };
  }
  if (approvalPolicy === 'on-request' && input.withEscalatedPermissions) return { kind: 'ask' };
  if (approvalPolicy === 'untrusted' && !noQuestion) return { kind: 'ask' };
  if (sandboxAvailable) return { kind: 'auto', sandbox: 'sandboxed' };
  // No sandbox to contain the command: ask if we may, refuse if we may not.
  return approvalPolicy === 'never' ? { kind: 'reject', reason: REJECT_UNTRUSTED_NO_SANDBOX } : { kind: 'ask' };
}

/** What assessPatch decides from. */
export interface PatchAssessmentInput {
  /** Every path the patch writes (added, deleted, updated, and move destinations), absolute. */
  changedPaths: string[];
  /** The turn's approval policy. */
  approvalPolicy: AskForApproval;
  /** The turn's resolved policy. */
  policy: ResolvedSandboxPolicy;
  /** A working sandbox helper exists (SandboxLocator.isAvailable). */
  sandboxAvailable: boolean;
}

/**
 * True when every path the patch writes lands (symlinks followed at every component) inside a
 * writable root and outside its read-only sub-paths.
 */
export function isPatchConstrainedToWritableRoots(changedPaths: readonly string[], policy: ResolvedSandboxPolicy): boolean {
  return changedPaths.every((p) => isWritePermitted(policy, p));
}

/**
 * Whether to ask before a patch. The patch itself is applied inside the sandbox unless the user
 * approved it (PatchRunner): this only decides the question.
 *
 * - `untrusted` always asks; `danger-full-access` never asks otherwise;
 * - `read-only`: every patch asks (refused under `never`);
 * - `workspace-write`: a patch confined to the writable roots applies without asking; one that
 *   writes elsewhere asks (`on-request`, `untrusted`), is refused (`never`), or is tried in the
 *   sandbox first (`on-failure`, which asks before retrying unsandboxed) — except a write into a
 *   `.git` or `.codex`, which always asks;
 * - without a sandbox helper, anything that would run sandboxed asks instead (refused under `never`).
 */
export function assessPatch(input: PatchAssessmentInput): Assessment {
  const { approvalPolicy, policy } = input;
  if (input.changedPaths.length === 0) return { kind: 'reject', reason: REJECT_EMPTY_PATCH };
  if (approvalPolicy === 'untrusted') return { kind: 'ask' };
  if (policy.mode === 'danger-full-access') return { kind: 'auto', sandbox: 'none' };
  const constrained = policy.mode === 'workspace-write' && isPatchConstrainedToWritableRoots(input.changedPaths, policy);
  // on-failure lets the sandbox judge writes outside the roots; .git and .codex are never tried.
  const tryInSandbox = approvalPolicy === 'on-failure' && policy.mode === 'workspace-write' && !input.changedPaths.some((p) => isProtectedWrite(policy, p));
  if (!constrained && !tryInSandbox) {
    return approvalPolicy === 'never' ? { kind: 'reject', reason: REJECT_PATCH_OUTSIDE_ROOTS } : { kind: 'ask' };
  }
  if (input.sandboxAvailable) return { kind: 'auto', sandbox: 'sandboxed' };
  return approvalPolicy === 'never' ? { kind: 'reject', reason: REJECT_PATCH_NO_SANDBOX } : { kind: 'ask' };
}
