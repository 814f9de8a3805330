/**
 * Validation of the layered TOML tree into typed, still-optional settings (Codex's `ConfigToml`).
 * Wrong types are fatal (ConfigError naming the key and the expected type); unknown keys are
 * reported through a callback and never fatal.
 */
import {
  ASK_FOR_APPROVAL_VALUES,
  REASONING_EFFORT_VALUES,
  REASONING_SUMMARY_VALUES,
  SANDBOX_MODE_VALUES,
  type AskForApproval,
  type ReasoningEffort,
  type ReasoningSummary,
  type SandboxMode,
  type Verbosity,
} from '../protocol/common-types';
import {
  ConfigError,
  type AuthMode,
  type ConfigProfile,
  type HistoryConfig,
  type ShellEnvironmentPolicy,
  type WireApi,
} from './config-types';
import { hasOwn, isTable, type TomlTable } from './toml-tree';

export const VERBOSITY_VALUES: readonly Verbosity[] = ['low', 'medium', 'high'];
export const WIRE_API_VALUES: readonly WireApi[] = ['responses', 'chat'];
export const AUTH_MODE_VALUES: readonly AuthMode[] = ['chatgpt', 'apikey'];
const INHERIT_VALUES: readonly ShellEnvironmentPolicy['inherit'][] = ['all', 'core', 'none'];
const HISTORY_PERSISTENCE_VALUES: readonly HistoryConfig['persistence'][] = ['save-all', 'none'];

/** One `[model_providers.<id>]` table as written; every field optional. */
export interface ModelProviderToml {
  name?: string;
  base_url?: string;
  env_key?: string;
  env_key_instructions?: string;
  wire_api?: WireApi;
  query_params?: Record<string, string>;
  http_headers?: Record<string, string>;
  env_http_headers?: Record<string, string>;
  request_max_retries?: number;
  stream_max_retries?: number;
  stream_idle_timeout_ms?: number;
  requires_openai_auth?: boolean;
}

/** A `[profiles.<name>]` table; upstream also lets a profile pick the instructions file. */
export interface ProfileToml extends ConfigProfile {
  experimental_instructions_file?: string;
}

/** The validated tree: every key optional, defaults not applied yet. */
export interface ConfigToml {
  model?: string;
  model_provider?: string;
  model_providers: Map<string, ModelProviderToml>;
  approval_policy?: AskForApproval;
  sandbox_mode?: SandboxMode;
  sandbox_workspace_write?: {
    writable_roots?: string[];
    network_access?: boolean;
    exclude_tmpdir_env_var?: boolean;
    exclude_slash_tmp?: boolean;
  };
  shell_environment_policy?: Partial<ShellEnvironmentPolicy>;
  model_reasoning_effort?: ReasoningEffort;
  model_reasoning_summary?: ReasoningSummary;
  model_verbosity?: Verbosity;
  model_context_window?: number;
  model_max_output_tokens?: number;
  base_instructions?: string;
  experimental_instructions_file?: string;
  include_plan_tool?: boolean;
  include_apply_patch_tool?: boolean;
  preferred_auth_method?: AuthMode;
  chatgpt_base_url?: string;
  codex_linux_sandbox_exe?: string;
  project_doc_max_bytes?: number;
  history?: Partial<HistoryConfig>;
  mcp_approval_timeout_ms?: number;
  conversation_idle_timeout_ms?: number;
  max_loaded_conversations?: number;
  max_concurrent_turns?: number;
  profile?: string;
  profiles?: Map<string, ProfileToml>;
  tools?: { web_search?: boolean; view_image?: boolean };
}

/**
 * Keys the upstream Codex understands that this server does not use. They are reported as
 * `ignored` rather than `unknown` so a config.toml shared with the Codex CLI stays quiet.
 */
const IGNORED_TOP_LEVEL = new Set([
  'notify',
  'instructions',
  'mcp_servers',
  'file_opener',
  'tui',
  'hide_agent_reasoning',
  'show_raw_agent_reasoning',
  'model_supports_reasoning_summaries',
  'model_reasoning_summary_format',
  'model_auto_compact_token_limit',
  'review_model',
  'experimental_resume',
  'experimental_use_exec_command_tool',
  'experimental_use_unified_exec_tool',
  'projects',
  'disable_response_storage',
  'disable_paste_burst',
  'responses_originator_header_internal_override',
]);
const IGNORED_IN_PROFILE = new Set(['disable_response_storage', 'plan_model', 'plan_model_reasoning_effort']);
const IGNORED_IN_PROVIDER = new Set(['experimental_bearer_token']);
const IGNORED_IN_SHELL_ENV = new Set(['experimental_use_profile']);

/** Why a key was not used: not known at all, or known upstream but irrelevant here. */
export type UnusedKeyKind = 'unknown' | 'ignored';
export type UnusedKeyReporter = (keyPath: string, kind: UnusedKeyKind) => void;

/** Reads typed values out of one table, remembering which keys were consumed. */
class TableReader {
  private readonly used = new Set<string>();

  constructor(
    private readonly data: TomlTable,
    private readonly prefix: string,
  ) {}

  keyPath(key: string): string {
    return this.prefix ? `${this.prefix}.${key}` : key;
  }

  private get(key: string): unknown {
    this.used.add(key);
    return hasOwn(this.data, key) ? this.data[key] : undefined;
  }

  private fail(key: string, expected: string): never {
    throw new ConfigError(`invalid type for \`${this.keyPath(key)}\`: expected ${expected}`);
  }

  string(key: string): string | undefined {
    const v = this.get(key);
    if (v === undefined || typeof v === 'string') return v;
    return this.fail(key, 'a string');
  }

  bool(key: string): boolean | undefined {
    const v = this.get(key);
    if (v === undefined || typeof v === 'boolean') return v;
    return this.fail(key, 'a boolean');
  }

  uint(key: string): number | undefined {
    const v = this.get(key);
    if (v === undefined) return undefined;
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
    if (typeof v === 'bigint' && v >= 0n && v <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(v);
    return this.fail(key, 'a non-negative integer');
  }

  oneOf<T extends string>(key: string, values: readonly T[]): T | undefined {
    const v = this.get(key);
    if (v === undefined) return undefined;
    if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
    return this.fail(key, `one of ${values.join(', ')}`);
  }

  stringArray(key: string): string[] | undefined {
    const v = this.get(key);
    if (v === undefined) return undefined;
    if (Array.isArray(v) && v.every((item) => typeof item === 'string')) return [...(v as string[])];
    return this.fail(key, 'an array of strings');
  }

  stringMap(key: string): Record<string, string> | undefined {
    const v = this.get(key);
    if (v === undefined) return undefined;
    if (!isTable(v)) return this.fail(key, 'a table of strings');
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(v)) {
      if (typeof value !== 'string') this.fail(`${key}.${name}`, 'a string');
      // defineProperty: a header called `__proto__` must stay data.
      Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }

  table(key: string): TableReader | undefined {
    const v = this.get(key);
    if (v === undefined) return undefined;
    if (!isTable(v)) return this.fail(key, 'a table');
    return new TableReader(v, this.keyPath(key));
  }

  /** Each entry of a table of tables (`[profiles.<name>]`, `[model_providers.<id>]`). */
  tableEntries(key: string): Array<[string, TableReader]> | undefined {
    const outer = this.table(key);
    if (!outer) return undefined;
    return Object.keys(outer.data).map((name) => [name, outer.table(name) as TableReader]);
  }

  /** Report keys nobody read. */
  reportUnused(report: UnusedKeyReporter, ignored: ReadonlySet<string> = new Set()): void {
    for (const key of Object.keys(this.data)) {
      if (!this.used.has(key)) report(this.keyPath(key), ignored.has(key) ? 'ignored' : 'unknown');
    }
  }
}

function readProvider(reader: TableReader, report: UnusedKeyReporter): ModelProviderToml {
  const provider: ModelProviderToml = {
    name: reader.string('name'),
    base_url: reader.string('base_url'),
    env_key: reader.string('env_key'),
    env_key_instructions: reader.string('env_key_instructions'),
    wire_api: reader.oneOf('wire_api', WIRE_API_VALUES),
    query_params: reader.stringMap('query_params'),
    http_headers: reader.stringMap('http_headers'),
    env_http_headers: reader.stringMap('env_http_headers'),
    request_max_retries: reader.uint('request_max_retries'),
    stream_max_retries: reader.uint('stream_max_retries'),
    stream_idle_timeout_ms: reader.uint('stream_idle_timeout_ms'),
    requires_openai_auth: reader.bool('requires_openai_auth'),
  };
  reader.reportUnused(report, IGNORED_IN_PROVIDER);
  return dropUndefined(provider);
}

function readProfile(reader: TableReader, report: UnusedKeyReporter): ProfileToml {
  const profile: ProfileToml = {
    model: reader.string('model'),
    model_provider: reader.string('model_provider'),
    approval_policy: reader.oneOf('approval_policy', ASK_FOR_APPROVAL_VALUES),
    model_reasoning_effort: reader.oneOf('model_reasoning_effort', REASONING_EFFORT_VALUES),
    model_reasoning_summary: reader.oneOf('model_reasoning_summary', REASONING_SUMMARY_VALUES),
    model_verbosity: reader.oneOf('model_verbosity', VERBOSITY_VALUES),
    chatgpt_base_url: reader.string('chatgpt_base_url'),
    experimental_instructions_file: reader.string('experimental_instructions_file'),
  };
  reader.reportUnused(report, IGNORED_IN_PROFILE);
  return dropUndefined(profile);
}

/**
 * Validate the whole tree.
 * @throws ConfigError `invalid type for \`<dotted key>\`: expected <type>` on the first bad value.
 */
export function readConfigToml(tree: TomlTable, report: UnusedKeyReporter = () => undefined): ConfigToml {
  const root = new TableReader(tree, '');

  const providers = new Map<string, ModelProviderToml>();
  for (const [id, reader] of root.tableEntries('model_providers') ?? []) {
    providers.set(id, readProvider(reader, report));
  }

  let profiles: Map<string, ProfileToml> | undefined;
  const profileEntries = root.tableEntries('profiles');
  if (profileEntries) {
    profiles = new Map();
    for (const [name, reader] of profileEntries) profiles.set(name, readProfile(reader, report));
  }

  const sww = root.table('sandbox_workspace_write');
  const sandboxWorkspaceWrite = sww && {
    writable_roots: sww.stringArray('writable_roots'),
    network_access: sww.bool('network_access'),
    exclude_tmpdir_env_var: sww.bool('exclude_tmpdir_env_var'),
    exclude_slash_tmp: sww.bool('exclude_slash_tmp'),
  };
  sww?.reportUnused(report);

  const sep = root.table('shell_environment_policy');
  const shellEnvironmentPolicy = sep && {
    inherit: sep.oneOf('inherit', INHERIT_VALUES),
    ignore_default_excludes: sep.bool('ignore_default_excludes'),
    exclude: sep.stringArray('exclude'),
    set: sep.stringMap('set'),
    include_only: sep.stringArray('include_only'),
  };
  sep?.reportUnused(report, IGNORED_IN_SHELL_ENV);

  const hist = root.table('history');
  const history = hist && {
    persistence: hist.oneOf('persistence', HISTORY_PERSISTENCE_VALUES),
    max_bytes: hist.uint('max_bytes'),
  };
  hist?.reportUnused(report);

  const toolsReader = root.table('tools');
  let tools: ConfigToml['tools'];
  if (toolsReader) {
    // `web_search_request` is upstream's older spelling of `web_search`.
    const webSearch = toolsReader.bool('web_search') ?? toolsReader.bool('web_search_request');
    tools = dropUndefined({ web_search: webSearch, view_image: toolsReader.bool('view_image') });
    toolsReader.reportUnused(report);
  }

  const cfg: ConfigToml = {
    model: root.string('model'),
    model_provider: root.string('model_provider'),
    model_providers: providers,
    approval_policy: root.oneOf('approval_policy', ASK_FOR_APPROVAL_VALUES),
    sandbox_mode: root.oneOf('sandbox_mode', SANDBOX_MODE_VALUES),
    sandbox_workspace_write: sandboxWorkspaceWrite && dropUndefined(sandboxWorkspaceWrite),
    shell_environment_policy: shellEnvironmentPolicy && dropUndefined(shellEnvironmentPolicy),
    model_reasoning_effort: root.oneOf('model_reasoning_effort', REASONING_EFFORT_VALUES),
    model_reasoning_summary: root.oneOf('model_reasoning_summary', REASONING_SUMMARY_VALUES),
    model_verbosity: root.oneOf('model_verbosity', VERBOSITY_VALUES),
    model_context_window: root.uint('model_context_window'),
    model_max_output_tokens: root.uint('model_max_output_tokens'),
    base_instructions: root.string('base_instructions'),
    experimental_instructions_file: root.string('experimental_instructions_file'),
    include_plan_tool: root.bool('include_plan_tool'),
    include_apply_patch_tool: root.bool('include_apply_patch_tool'),
    preferred_auth_method: root.oneOf('preferred_auth_method', AUTH_MODE_VALUES),
    chatgpt_base_url: root.string('chatgpt_base_url'),
    codex_linux_sandbox_exe: root.string('codex_linux_sandbox_exe'),
    project_doc_max_bytes: root.uint('project_doc_max_bytes'),
    history: history && dropUndefined(history),
    mcp_approval_timeout_ms: root.uint('mcp_approval_timeout_ms'),
    conversation_idle_timeout_ms: root.uint('conversation_idle_timeout_ms'),
    max_loaded_conversations: root.uint('max_loaded_conversations'),
    max_concurrent_turns: root.uint('max_concurrent_turns'),
    profile: root.string('profile'),
    profiles,
    tools,
  };
  root.reportUnused(report, IGNORED_TOP_LEVEL);
  return dropUndefined(cfg);
}

/** Remove keys whose value is undefined, so "absent" is `!('key' in obj)` everywhere. */
function dropUndefined<T extends object>(obj: T): T {
  for (const key of Object.keys(obj) as Array<keyof T>) {
    if (obj[key] === undefined) delete obj[key];
  }
  return obj;
}
