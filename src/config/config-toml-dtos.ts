/**
 * config.toml as written (Codex's `ConfigToml`): every key optional, defaults not applied yet.
 * Each class is the single declaration of a table: readTomlTable validates a tree with it and
 * the resolved config is built from its instances.
 */
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min, ValidateNested } from '../common/validators';
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
import { Alias, IsMapOf, IsStringRecord } from '../protocol/dto/dto-fields';
import type { AuthMode, HistoryConfig, ShellEnvironmentPolicy, WireApi } from './config-types';
import { IgnoredKeys } from './toml-dto-reader';

export const VERBOSITY_VALUES: readonly Verbosity[] = ['low', 'medium', 'high'];
export const WIRE_API_VALUES: readonly WireApi[] = ['responses', 'chat'];
export const AUTH_MODE_VALUES: readonly AuthMode[] = ['chatgpt', 'apikey'];
const INHERIT_VALUES: readonly ShellEnvironmentPolicy['inherit'][] = ['all', 'core', 'none'];
const HISTORY_PERSISTENCE_VALUES: readonly HistoryConfig['persistence'][] = ['save-all', 'none'];

const oneOf = <T extends string>(values: readonly T[]) => IsIn(values as T[]);

/** A count or a duration in ms: a non-negative integer JavaScript holds exactly. */
function Uint(): PropertyDecorator {
  return (target, property) => {
    for (const decorate of [IsOptional(), IsInt(), Min(0), Max(Number.MAX_SAFE_INTEGER)]) decorate(target, property);
  };
}

/** One `[model_providers.<id>]` table. */
@IgnoredKeys('experimental_bearer_token')
export class ModelProviderToml {
  @IsOptional() @IsString() name?: string;
  @IsOptional() @IsString() base_url?: string;
  @IsOptional() @IsString() env_key?: string;
  @IsOptional() @IsString() env_key_instructions?: string;
  @IsOptional() @oneOf(WIRE_API_VALUES) wire_api?: WireApi;
  @IsOptional() @IsStringRecord() query_params?: Record<string, string>;
  @IsOptional() @IsStringRecord() http_headers?: Record<string, string>;
  /** header name -> environment variable name */
  @IsOptional() @IsStringRecord() env_http_headers?: Record<string, string>;
  @Uint() request_max_retries?: number;
  @Uint() stream_max_retries?: number;
  @Uint() stream_idle_timeout_ms?: number;
  @IsOptional() @IsBoolean() requires_openai_auth?: boolean;
}

/** A `[profiles.<name>]` table; upstream also lets a profile pick the instructions file. */
@IgnoredKeys('disable_response_storage', 'plan_model', 'plan_model_reasoning_effort')
export class ProfileToml {
  @IsOptional() @IsString() model?: string;
  @IsOptional() @IsString() model_provider?: string;
  @IsOptional() @oneOf(ASK_FOR_APPROVAL_VALUES) approval_policy?: AskForApproval;
  @IsOptional() @oneOf(REASONING_EFFORT_VALUES) model_reasoning_effort?: ReasoningEffort;
  @IsOptional() @oneOf(REASONING_SUMMARY_VALUES) model_reasoning_summary?: ReasoningSummary;
  @IsOptional() @oneOf(VERBOSITY_VALUES) model_verbosity?: Verbosity;
  @IsOptional() @IsString() chatgpt_base_url?: string;
  @IsOptional() @IsString() experimental_instructions_file?: string;
}

/** `[sandbox_workspace_write]`. */
export class SandboxWorkspaceWriteToml {
  @IsOptional() @IsArray() @IsString({ each: true }) writable_roots?: string[];
  @IsOptional() @IsBoolean() network_access?: boolean;
  @IsOptional() @IsBoolean() exclude_tmpdir_env_var?: boolean;
  @IsOptional() @IsBoolean() exclude_slash_tmp?: boolean;
}

/** `[shell_environment_policy]`. */
@IgnoredKeys('experimental_use_profile')
export class ShellEnvironmentPolicyToml {
  @IsOptional() @oneOf(INHERIT_VALUES) inherit?: ShellEnvironmentPolicy['inherit'];
  @IsOptional() @IsBoolean() ignore_default_excludes?: boolean;
  @IsOptional() @IsArray() @IsString({ each: true }) exclude?: string[];
  @IsOptional() @IsStringRecord() set?: Record<string, string>;
  @IsOptional() @IsArray() @IsString({ each: true }) include_only?: string[];
}

/** `[history]`. */
export class HistoryToml {
  @IsOptional() @oneOf(HISTORY_PERSISTENCE_VALUES) persistence?: HistoryConfig['persistence'];
  @Uint() max_bytes?: number;
}

/** `[tools]`. */
export class ToolsToml {
  /** `web_search_request` is upstream's older spelling. */
  @Alias('web_search_request') @IsOptional() @IsBoolean() web_search?: boolean;
  @IsOptional() @IsBoolean() view_image?: boolean;
}

/** The whole file (after `-c` flags and a call's `config` map were layered on). */
@IgnoredKeys(
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
)
export class ConfigToml {
  @IsOptional() @IsString() model?: string;
  @IsOptional() @IsString() model_provider?: string;
  @IsOptional() @IsMapOf(() => ModelProviderToml) model_providers?: Map<string, ModelProviderToml>;
  @IsOptional() @oneOf(ASK_FOR_APPROVAL_VALUES) approval_policy?: AskForApproval;
  @IsOptional() @oneOf(SANDBOX_MODE_VALUES) sandbox_mode?: SandboxMode;
  @IsOptional() @ValidateNested() @Type(() => SandboxWorkspaceWriteToml) sandbox_workspace_write?: SandboxWorkspaceWriteToml;
  @IsOptional() @ValidateNested() @Type(() => ShellEnvironmentPolicyToml) shell_environment_policy?: ShellEnvironmentPolicyToml;
  @IsOptional() @oneOf(REASONING_EFFORT_VALUES) model_reasoning_effort?: ReasoningEffort;
  @IsOptional() @oneOf(REASONING_SUMMARY_VALUES) model_reasoning_summary?: ReasoningSummary;
  @IsOptional() @oneOf(VERBOSITY_VALUES) model_verbosity?: Verbosity;
  @Uint() model_context_window?: number;
  @Uint() model_max_output_tokens?: number;
  @IsOptional() @IsString() base_instructions?: string;
  @IsOptional() @IsString() experimental_instructions_file?: string;
  @IsOptional() @IsBoolean() include_plan_tool?: boolean;
  @IsOptional() @IsBoolean() include_apply_patch_tool?: boolean;
  @IsOptional() @oneOf(AUTH_MODE_VALUES) preferred_auth_method?: AuthMode;
  @IsOptional() @IsString() chatgpt_base_url?: string;
  @IsOptional() @IsString() codex_linux_sandbox_exe?: string;
  @Uint() project_doc_max_bytes?: number;
  @IsOptional() @ValidateNested() @Type(() => HistoryToml) history?: HistoryToml;
  @Uint() mcp_approval_timeout_ms?: number;
  @Uint() conversation_idle_timeout_ms?: number;
  @Uint() max_loaded_conversations?: number;
  @Uint() max_concurrent_turns?: number;
  @IsOptional() @IsString() profile?: string;
  @IsOptional() @IsMapOf(() => ProfileToml) profiles?: Map<string, ProfileToml>;
  @IsOptional() @ValidateNested() @Type(() => ToolsToml) tools?: ToolsToml;
}
