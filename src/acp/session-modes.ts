import type { AskForApproval, SandboxPolicy } from '../protocol/common-types';
import type { SessionMode, SessionModeState } from './acp-protocol';

/** An approval preset: what `session/set_mode` switches to. */
export interface ApprovalPreset extends SessionMode {
  /** The approval policy the preset sets. */
  approvalPolicy: AskForApproval;
  /** The sandbox policy the preset sets. */
  sandboxPolicy: SandboxPolicy;
}

/** Codex's approval presets (the `/approvals` choices of the Codex CLI). */
export const APPROVAL_PRESETS: readonly ApprovalPreset[] = [
  {
    id: 'read-only',
    name: 'Read Only',
    description: 'Codex can read files and answer questions. Codex requires approval to make edits, run commands, or access network.',
    approvalPolicy: 'on-request',
    sandboxPolicy: { mode: 'read-only' },
  },
  {
    id: 'auto',
    name: 'Auto',
    description: 'Codex can read files, make edits, and run commands in the workspace. Codex requires approval to work outside the workspace or access network.',
    approvalPolicy: 'on-request',
    sandboxPolicy: { mode: 'workspace-write' },
  },
  {
    id: 'full-access',
    name: 'Full Access',
    description: 'Codex can read files, make edits, and run commands with network access, without approval. Exercise caution.',
    approvalPolicy: 'never',
    sandboxPolicy: { mode: 'danger-full-access' },
  },
];

/** The mode that stands for the session's configured policies when no preset matches them. */
export const CONFIGURED_MODE_ID = 'configured';

/**
 * The modes of a session whose config says `approvalPolicy` + `sandboxPolicy`: the presets, plus
 * "As configured" when the config matches none of them (config.toml, profiles and `-c` flags
 * are honoured, not silently replaced by a preset).
 */
export function modesFor(approvalPolicy: AskForApproval, sandboxPolicy: SandboxPolicy): { state: SessionModeState; configured?: ApprovalPreset } {
  const match = APPROVAL_PRESETS.find((p) => p.approvalPolicy === approvalPolicy && p.sandboxPolicy.mode === sandboxPolicy.mode);
  if (match) return { state: { currentModeId: match.id, availableModes: APPROVAL_PRESETS.map(wire) } };
  const configured: ApprovalPreset = {
    id: CONFIGURED_MODE_ID,
    name: 'As configured',
    description: `approval policy ${approvalPolicy}, sandbox ${sandboxPolicy.mode} (from config.toml)`,
    approvalPolicy,
    sandboxPolicy,
  };
  return { state: { currentModeId: configured.id, availableModes: [...APPROVAL_PRESETS, configured].map(wire) }, configured };
}

function wire(p: ApprovalPreset): SessionMode {
  return { id: p.id, name: p.name, description: p.description };
}
