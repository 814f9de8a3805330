/**
 * The resolved configuration a session runs with, after config.toml, profiles, `-c` flags,
 * per-call `config` maps and explicit per-call fields have been layered (see ConfigService).
 */
import type {
  AskForApproval,
  ReasoningEffort,
  ReasoningSummary,
  SandboxMode,
  SandboxPolicy,
  Verbosity,
} from '../protocol/common-types';

export type WireApi = 'responses' | 'chat';
export type AuthMode = 'apikey' | 'chatgpt';

/** One `[model_providers.<id>]` entry (built-ins: `openai`, `oss`). */
export interface ModelProviderInfo {
  /** The table key (`openai`, `oss`, `mock_provider`, …). */
  id: string;
  name: string;
  /** e.g. `https://api.openai.com/v1`; requests go to `${base_url}/responses` or `/chat/completions`. */
  base_url?: string;
  /** Environment variable holding the API key for this provider. */
  env_key?: string;
  env_key_instructions?: string;
  wire_api: WireApi;
  query_params?: Record<string, string>;
  http_headers?: Record<string, string>;
  /** header name -> environment variable name */
  env_http_headers?: Record<string, string>;
  /** Default 4. */
  request_max_retries: number;
  /** Default 5. */
  stream_max_retries: number;
  /** Default 300000. */
  stream_idle_timeout_ms: number;
  /** True for the built-in `openai` provider: auth comes from the AuthManager (auth.json / OPENAI_API_KEY). */
  requires_openai_auth: boolean;
}

export interface ShellEnvironmentPolicy {
  inherit: 'all' | 'core' | 'none';
  ignore_default_excludes: boolean;
  exclude: string[];
  set: Record<string, string>;
  include_only: string[];
}

/** `[history]` as read. Validated for config compatibility; this server writes no history file. */
export interface HistoryConfig {
  persistence: 'save-all' | 'none';
  max_bytes?: number;
}

/** Everything a conversation needs to run. All paths are absolute. */
export interface CodexConfig {
  codex_home: string;
  model: string;
  model_provider_id: string;
  model_provider: ModelProviderInfo;
  /** All known providers (built-ins merged with the user's). */
  model_providers: Record<string, ModelProviderInfo>;
  model_context_window?: number;
  model_max_output_tokens?: number;
  model_reasoning_effort?: ReasoningEffort;
  model_reasoning_summary: ReasoningSummary;
  model_verbosity?: Verbosity;
  approval_policy: AskForApproval;
  sandbox_policy: SandboxPolicy;
  shell_environment_policy: ShellEnvironmentPolicy;
  cwd: string;
  /** Replaces the built-in system prompt when set. */
  base_instructions?: string;
  include_plan_tool: boolean;
  include_apply_patch_tool: boolean;
  preferred_auth_method: AuthMode;
  chatgpt_base_url: string;
  /** Path of the Linux sandbox helper (bwrap); undefined → look up `bwrap` on PATH. */
  codex_linux_sandbox_exe?: string;
  project_doc_max_bytes: number;
  history: HistoryConfig;
  /** How long an MCP elicitation may wait for an answer before it counts as denied. Default 600000. */
  mcp_approval_timeout_ms: number;
  /** Name of the active profile, if any. */
  profile?: string;
}

export const ServerLimits = Symbol('ServerLimits');
/**
 * Server-wide caps, read once at start from config.toml and the server's `-c` flags (a call's
 * `config` map cannot change them: they protect the whole process).
 */
export interface ServerLimits {
  /** Unload a conversation after this long without a turn, a listener or an API call; 0 = never. Default 1800000. */
  conversation_idle_timeout_ms: number;
  /** Most conversations kept in memory; past it the least recently used idle ones are unloaded. Default 50. */
  max_loaded_conversations: number;
  /** Most turns running at once across all conversations; more are refused, never queued. Default 8. */
  max_concurrent_turns: number;
}

export const DEFAULT_SERVER_LIMITS: ServerLimits = {
  conversation_idle_timeout_ms: 30 * 60_000,
  max_loaded_conversations: 50,
  max_concurrent_turns: 8,
};

/** Explicit per-call fields (the `codex` tool's arguments, `newConversation`'s params). Highest precedence. */
export interface ConfigOverrides {
  model?: string;
  model_provider?: string;
  profile?: string;
  cwd?: string;
  approval_policy?: AskForApproval;
  sandbox_mode?: SandboxMode;
  base_instructions?: string;
  include_plan_tool?: boolean;
  include_apply_patch_tool?: boolean;
  /** The per-call `config` map (JSON; converted to TOML values and applied as dotted keys). */
  config?: Record<string, unknown>;
}

/** A user-facing config problem (bad TOML, wrong type, unknown profile/provider). Message is shown as-is. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    message: string,
    /** Where in config.toml, for a syntax error. */
    readonly location?: { file: string; line: number; column: number },
  ) {
    super(message);
  }
}
