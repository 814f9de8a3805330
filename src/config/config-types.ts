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

/** Which HTTP API a provider speaks: `/responses` or `/chat/completions`. */
export type WireApi = 'responses' | 'chat';
/** How requests authenticate: an API key or ChatGPT tokens. */
export type AuthMode = 'apikey' | 'chatgpt';

/** One `[model_providers.<id>]` entry (built-ins: `openai`, `oss`). */
export interface ModelProviderInfo {
  /** The table key (`openai`, `oss`, `mock_provider`, …). */
  id: string;
  /** Display name of the provider. */
  name: string;
  /** e.g. `https://api.openai.com/v1`; requests go to `${base_url}/responses` or `/chat/completions`. */
  base_url?: string;
  /** Environment variable holding the API key for this provider. */
  env_key?: string;
  /** Extra hint appended to the error shown when `env_key` is not set. */
  env_key_instructions?: string;
  /** Which HTTP API the provider speaks. */
  wire_api: WireApi;
  /** Query parameters put on every request URL to this provider. */
  query_params?: Record<string, string>;
  /** Fixed headers sent with every request to this provider. */
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

/** `[shell_environment_policy]`: which environment variables commands the model runs get. */
export interface ShellEnvironmentPolicy {
  /** Starting set: the whole environment, a core set of variables, or nothing. */
  inherit: 'all' | 'core' | 'none';
  /** Keep secret-looking variables (keys, tokens, URLs with passwords) the built-in excludes would drop. */
  ignore_default_excludes: boolean;
  /** Name patterns of variables to drop. */
  exclude: string[];
  /** Variables set (or overridden) after the drops. */
  set: Record<string, string>;
  /** When non-empty, only variables matching these patterns are kept. */
  include_only: string[];
}

/** `[history]` as read. Validated for config compatibility; this server writes no history file. */
export interface HistoryConfig {
  /** Whether upstream Codex would save history (`save-all`) or not. */
  persistence: 'save-all' | 'none';
  /** Upstream's cap on the history file size, in bytes. */
  max_bytes?: number;
}

/** Everything a conversation needs to run. All paths are absolute. */
export interface CodexConfig {
  /** Absolute `$CODEX_HOME` (default `~/.codex`): config.toml, auth.json, AGENTS.md. */
  codex_home: string;
  /** Model name sent in requests. */
  model: string;
  /** Key of the provider in use in `model_providers`. */
  model_provider_id: string;
  /** The provider in use, resolved from `model_provider_id`. */
  model_provider: ModelProviderInfo;
  /** All known providers (built-ins merged with the user's). */
  model_providers: Record<string, ModelProviderInfo>;
  /** Context window size in tokens, reported in `task_started`; unknown when absent. */
  model_context_window?: number;
  /** Output token cap from config.toml; read but not sent to the provider. */
  model_max_output_tokens?: number;
  /** Reasoning effort sent to reasoning models; absent means `medium`. */
  model_reasoning_effort?: ReasoningEffort;
  /** Reasoning summary mode sent to reasoning models. */
  model_reasoning_summary: ReasoningSummary;
  /** GPT-5 text verbosity, sent only to models that support it. */
  model_verbosity?: Verbosity;
  /** When commands and patches need the user's approval. */
  approval_policy: AskForApproval;
  /** What commands may read, write and reach. */
  sandbox_policy: SandboxPolicy;
  /** Environment given to commands the model runs. */
  shell_environment_policy: ShellEnvironmentPolicy;
  /** Working directory for the conversation's commands and patches. */
  cwd: string;
  /** Replaces the built-in system prompt when set. */
  base_instructions?: string;
  /** Whether the model is offered the `update_plan` tool. */
  include_plan_tool: boolean;
  /** Whether the model is offered the `apply_patch` function tool. */
  include_apply_patch_tool: boolean;
  /** Credential to prefer when auth.json holds both an API key and ChatGPT tokens. */
  preferred_auth_method: AuthMode;
  /** ChatGPT backend base URL, used for requests in ChatGPT mode. */
  chatgpt_base_url: string;
  /** Path of the Linux sandbox helper (bwrap); undefined → look up `bwrap` on PATH. */
  codex_linux_sandbox_exe?: string;
  /** Most bytes of AGENTS.md project docs added to the instructions. */
  project_doc_max_bytes: number;
  /** The `[history]` table as read. */
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
  /** Model name, overriding the config and profile. */
  model?: string;
  /** Provider key in `model_providers` to use. */
  model_provider?: string;
  /** Profile in config.toml to apply. */
  profile?: string;
  /** Working directory; relative paths resolve against the server's cwd. */
  cwd?: string;
  /** When commands and patches need approval. */
  approval_policy?: AskForApproval;
  /** Sandbox mode, turned into the sandbox policy. */
  sandbox_mode?: SandboxMode;
  /** Replaces the built-in system prompt. */
  base_instructions?: string;
  /** Whether to offer the `update_plan` tool. */
  include_plan_tool?: boolean;
  /** Whether to offer the `apply_patch` function tool. */
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
