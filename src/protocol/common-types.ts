/**
 * Value types shared by the wire protocol, the config and the agent core.
 * Names and spellings are the reference's (Codex 0.25.0), snake_case where it is.
 */
import type { FileChangeSchema } from './events';
import type { Infer } from './schema/wire-schema';

/** When the user is asked before a command runs (`approval_policy`). */
export type AskForApproval = 'untrusted' | 'on-failure' | 'on-request' | 'never';
export const ASK_FOR_APPROVAL_VALUES: readonly AskForApproval[] = ['untrusted', 'on-failure', 'on-request', 'never'];

/** The coarse sandbox choice (`sandbox_mode`, the `sandbox` tool argument). */
export type SandboxMode = 'read-only' | 'workspace-write' | 'danger-full-access';
export const SANDBOX_MODE_VALUES: readonly SandboxMode[] = ['read-only', 'workspace-write', 'danger-full-access'];

/** The full sandbox policy, as `sendUserTurn.sandboxPolicy` carries it (snake_case fields). */
export type SandboxPolicy =
  | { mode: 'danger-full-access' }
  | { mode: 'read-only' }
  | {
      mode: 'workspace-write';
      writable_roots?: string[];
      network_access?: boolean;
      exclude_tmpdir_env_var?: boolean;
      exclude_slash_tmp?: boolean;
    };

/** `model_reasoning_effort` / `sendUserTurn.effort`. */
export type ReasoningEffort = 'minimal' | 'low' | 'medium' | 'high';
export const REASONING_EFFORT_VALUES: readonly ReasoningEffort[] = ['minimal', 'low', 'medium', 'high'];
/** `model_reasoning_summary` / `sendUserTurn.summary`. */
export type ReasoningSummary = 'auto' | 'concise' | 'detailed' | 'none';
export const REASONING_SUMMARY_VALUES: readonly ReasoningSummary[] = ['auto', 'concise', 'detailed', 'none'];
/** `model_verbosity` (GPT-5 text verbosity). */
export type Verbosity = 'low' | 'medium' | 'high';

/** The user's answer to an approval request. */
export type ReviewDecision = 'approved' | 'approved_for_session' | 'denied' | 'abort';
export const REVIEW_DECISION_VALUES: readonly ReviewDecision[] = ['approved', 'approved_for_session', 'denied', 'abort'];

/** One file's change in a patch, keyed by absolute path in maps. `"delete"` is a bare string on the wire. */
export type FileChange = Infer<typeof FileChangeSchema>;

/** User input as the core takes it (already normalised from the wire's adjacently tagged form). */
export type InputItem =
  | { type: 'text'; text: string }
  | { type: 'image'; image_url: string }
  | { type: 'localImage'; path: string };
