import * as fs from 'node:fs';
import * as path from 'node:path';
import { inject, injectable } from 'inversify';
import { parse, TomlError } from 'smol-toml';
import {
  ASK_FOR_APPROVAL_VALUES,
  SANDBOX_MODE_VALUES,
  type SandboxMode,
  type SandboxPolicy,
} from '../protocol/common-types';
import { LoggerFactory, type Logger } from '../logging/logger';
import { ServerOptions } from '../server-options';
import { parseCliOverrides } from './cli-overrides';
import { CONFIG_TOML_FILE, ensureCodexHome, ensureCodexHomeSync, findCodexHome } from './codex-home';
import type { ConfigService } from './config-service';
import { readConfigToml, type ConfigToml, type ProfileToml, type UnusedKeyKind } from './config-toml';
import { ConfigError, DEFAULT_SERVER_LIMITS, type CodexConfig, type ConfigOverrides, type ServerLimits } from './config-types';
import { configMapToOverrides } from './json-to-toml';
import { builtInModelProviders, mergeModelProviders } from './model-providers';
import { applyOverride, newTable, type TomlTable } from './toml-tree';
import { messageOf } from '../common/errors';

export const DEFAULT_MODEL = 'gpt-5';
export const DEFAULT_MODEL_PROVIDER = 'openai';
export const DEFAULT_CHATGPT_BASE_URL = 'https://chatgpt.com/backend-api/codex';
export const DEFAULT_PROJECT_DOC_MAX_BYTES = 32 * 1024;
export const DEFAULT_MCP_APPROVAL_TIMEOUT_MS = 600_000;

/**
 * Layers config.toml < server `-c` flags < per-call `config` map < selected profile < explicit
 * per-call fields < nothing (defaults fill the gaps). Unlike the reference, the server's `-c`
 * flags reach every session. config.toml is re-read on every call, so edits apply to the next
 * session without a restart.
 */
@injectable()
export class ConfigServiceImpl implements ConfigService {
  private readonly home: string;
  private homeEnsured = false;
  private readonly log: Logger;
  /** Unused keys already logged: a config is re-read per session, say it once. */
  private readonly reportedKeys = new Set<string>();

  constructor(
    @inject(ServerOptions) private readonly options: ServerOptions,
    @inject(LoggerFactory) loggers: LoggerFactory,
  ) {
    this.log = loggers.get('config');
    this.home = findCodexHome(process.env);
  }

  /** Created (mode 0700) the first time anyone asks for it. */
  get codexHome(): string {
    if (!this.homeEnsured) {
      try {
        ensureCodexHomeSync(this.home);
        this.homeEnsured = true;
      } catch (err) {
        this.log.warn('cannot create CODEX_HOME', { path: this.home, error: messageOf(err) });
      }
    }
    return this.home;
  }

  async load(overrides: ConfigOverrides = {}): Promise<CodexConfig> {
    return this.asConfigError(async () => {
      const cfg = readConfigToml(await this.layeredTree(overrides.config), this.reportUnused);
      const config = await this.resolve(cfg, overrides);
      this.log.debug('config resolved', {
        model: config.model,
        provider: config.model_provider_id,
        profile: config.profile,
        cwd: config.cwd,
      });
      return config;
    });
  }

  async getUserSavedConfig(): Promise<Record<string, unknown>> {
    return this.asConfigError(async () => {
      const cfg = readConfigToml(await this.layeredTree(undefined), this.reportUnused);
      return userSavedConfig(cfg);
    });
  }

  /** Anything unexpected still surfaces as a ConfigError, never as a crash. */
  private async asConfigError<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof ConfigError) throw err;
      throw new ConfigError(`failed to load configuration: ${messageOf(err)}`);
    }
  }

  private readonly reportUnused = (keyPath: string, kind: UnusedKeyKind): void => {
    if (this.reportedKeys.has(keyPath)) return;
    this.reportedKeys.add(keyPath);
    if (kind === 'unknown') this.log.warn(`ignoring unknown config key \`${keyPath}\``);
    else this.log.debug(`ignoring config key \`${keyPath}\` (not used by this server)`);
  };

  /** config.toml, then the server's `-c` flags, then the call's `config` map, as one tree. */
  private async layeredTree(configMap: Record<string, unknown> | undefined): Promise<TomlTable> {
    const tree = await this.readConfigFile();
    for (const [keyPath, value] of parseCliOverrides(this.options.configOverrides ?? [])) {
      applyOverride(tree, keyPath, value);
    }
    for (const [keyPath, value] of configMapToOverrides(configMap ?? {})) {
      applyOverride(tree, keyPath, value);
    }
    return tree;
  }

  private async readConfigFile(): Promise<TomlTable> {
    try {
      await ensureCodexHome(this.home);
      this.homeEnsured = true;
    } catch (err) {
      this.log.warn('cannot create CODEX_HOME', { path: this.home, error: messageOf(err) });
    }
    const file = path.join(this.home, CONFIG_TOML_FILE);
    let text: string;
    try {
      text = await fs.promises.readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return newTable();
      throw new ConfigError(`failed to read ${file}: ${messageOf(err)}`);
    }
    return parseConfigText(file, text);
  }

  /** config.toml and the `-c` flags only, read synchronously (once, at start). Bad values fall back to defaults. */
  serverLimits(): ServerLimits {
    const file = path.join(this.home, CONFIG_TOML_FILE);
    try {
      let tree: TomlTable;
      try {
        tree = parseConfigText(file, fs.readFileSync(file, 'utf8'));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        tree = newTable();
      }
      for (const [keyPath, value] of parseCliOverrides(this.options.configOverrides ?? [])) applyOverride(tree, keyPath, value);
      const cfg = readConfigToml(tree, () => undefined);
      return {
        conversation_idle_timeout_ms: cfg.conversation_idle_timeout_ms ?? DEFAULT_SERVER_LIMITS.conversation_idle_timeout_ms,
        max_loaded_conversations: Math.max(1, cfg.max_loaded_conversations ?? DEFAULT_SERVER_LIMITS.max_loaded_conversations),
        max_concurrent_turns: Math.max(1, cfg.max_concurrent_turns ?? DEFAULT_SERVER_LIMITS.max_concurrent_turns),
      };
    } catch (err) {
      // Sessions report the config error themselves; the server still needs its caps.
      this.log.warn('using default server limits', { error: messageOf(err) });
      return { ...DEFAULT_SERVER_LIMITS };
    }
  }

  private async resolve(cfg: ConfigToml, overrides: ConfigOverrides): Promise<CodexConfig> {
    checkOneOf('approval_policy', overrides.approval_policy, ASK_FOR_APPROVAL_VALUES);
    checkOneOf('sandbox_mode', overrides.sandbox_mode, SANDBOX_MODE_VALUES);

    const profileName = overrides.profile ?? cfg.profile;
    let profile: ProfileToml = {};
    if (profileName !== undefined) {
      const found = cfg.profiles?.get(profileName);
      if (!found) throw new ConfigError(`config profile \`${profileName}\` not found`);
      profile = found;
    }

    const modelProviders = mergeModelProviders(
      builtInModelProviders(process.env, this.options.version),
      cfg.model_providers ?? new Map(),
    );
    const modelProviderId =
      overrides.model_provider ?? profile.model_provider ?? cfg.model_provider ?? DEFAULT_MODEL_PROVIDER;
    if (!Object.prototype.hasOwnProperty.call(modelProviders, modelProviderId)) {
      throw new ConfigError(`Model provider \`${modelProviderId}\` not found`);
    }

    // Relative paths resolve against the server process's cwd, as the reference does.
    const cwd = overrides.cwd !== undefined ? path.resolve(process.cwd(), overrides.cwd) : process.cwd();

    const baseInstructions =
      overrides.base_instructions ??
      cfg.base_instructions ??
      (await readInstructionsFile(profile.experimental_instructions_file ?? cfg.experimental_instructions_file, cwd));

    const sep = cfg.shell_environment_policy ?? {};
    return {
      codex_home: this.home,
      model: overrides.model ?? profile.model ?? cfg.model ?? DEFAULT_MODEL,
      model_provider_id: modelProviderId,
      model_provider: modelProviders[modelProviderId],
      model_providers: modelProviders,
      model_context_window: cfg.model_context_window,
      model_max_output_tokens: cfg.model_max_output_tokens,
      model_reasoning_effort: profile.model_reasoning_effort ?? cfg.model_reasoning_effort,
      model_reasoning_summary: profile.model_reasoning_summary ?? cfg.model_reasoning_summary ?? 'auto',
      model_verbosity: profile.model_verbosity ?? cfg.model_verbosity,
      approval_policy: overrides.approval_policy ?? profile.approval_policy ?? cfg.approval_policy ?? 'on-request',
      sandbox_policy: sandboxPolicy(overrides.sandbox_mode ?? cfg.sandbox_mode ?? 'read-only', cfg, cwd),
      shell_environment_policy: {
        inherit: sep.inherit ?? 'all',
        ignore_default_excludes: sep.ignore_default_excludes ?? false,
        exclude: sep.exclude ?? [],
        set: sep.set ?? {},
        include_only: sep.include_only ?? [],
      },
      cwd,
      base_instructions: baseInstructions,
      include_plan_tool: overrides.include_plan_tool ?? cfg.include_plan_tool ?? false,
      include_apply_patch_tool: overrides.include_apply_patch_tool ?? cfg.include_apply_patch_tool ?? false,
      preferred_auth_method: cfg.preferred_auth_method ?? 'chatgpt',
      chatgpt_base_url: profile.chatgpt_base_url ?? cfg.chatgpt_base_url ?? DEFAULT_CHATGPT_BASE_URL,
      codex_linux_sandbox_exe:
        cfg.codex_linux_sandbox_exe !== undefined ? path.resolve(cfg.codex_linux_sandbox_exe) : undefined,
      project_doc_max_bytes: cfg.project_doc_max_bytes ?? DEFAULT_PROJECT_DOC_MAX_BYTES,
      history: { persistence: cfg.history?.persistence ?? 'save-all', max_bytes: cfg.history?.max_bytes },
      mcp_approval_timeout_ms: cfg.mcp_approval_timeout_ms ?? DEFAULT_MCP_APPROVAL_TIMEOUT_MS,
      profile: profileName,
    };
  }
}

function parseConfigText(file: string, text: string): TomlTable {
  try {
    return parse(text) as TomlTable;
  } catch (err) {
    if (err instanceof TomlError) {
      // Only the first line: the rest is a code frame that could echo a secret from the file.
      const reason = err.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
      throw new ConfigError(`failed to parse ${file} at line ${err.line}, column ${err.column}: ${reason}`, {
        file,
        line: err.line,
        column: err.column,
      });
    }
    throw new ConfigError(`failed to parse ${file}: ${messageOf(err)}`);
  }
}

function sandboxPolicy(mode: SandboxMode, cfg: ConfigToml, cwd: string): SandboxPolicy {
  switch (mode) {
    case 'read-only':
      return { mode: 'read-only' };
    case 'danger-full-access':
      return { mode: 'danger-full-access' };
    case 'workspace-write': {
      const sww = cfg.sandbox_workspace_write ?? {};
      return {
        mode: 'workspace-write',
        writable_roots: (sww.writable_roots ?? []).map((root) => path.resolve(cwd, root)),
        network_access: sww.network_access ?? false,
        exclude_tmpdir_env_var: sww.exclude_tmpdir_env_var ?? false,
        exclude_slash_tmp: sww.exclude_slash_tmp ?? false,
      };
    }
  }
}

/** `experimental_instructions_file`: relative to the session cwd (as upstream); must be non-empty. */
async function readInstructionsFile(file: string | undefined, cwd: string): Promise<string | undefined> {
  if (file === undefined) return undefined;
  const full = path.resolve(cwd, file);
  let text: string;
  try {
    text = await fs.promises.readFile(full, 'utf8');
  } catch (err) {
    throw new ConfigError(`failed to read experimental instructions file ${full}: ${messageOf(err)}`);
  }
  const trimmed = text.trim();
  if (trimmed === '') throw new ConfigError(`experimental instructions file is empty: ${full}`);
  return trimmed;
}

/** Explicit per-call fields normally come validated; check anyway so a bad value cannot slip in. */
function checkOneOf(key: string, value: string | undefined, values: readonly string[]): void {
  if (value !== undefined && !values.includes(value)) {
    throw new ConfigError(`invalid type for \`${key}\`: expected one of ${values.join(', ')}`);
  }
}

/** The `getConfigToml` shape: camelCase, absent keys omitted. */
function userSavedConfig(cfg: ConfigToml): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const put = (target: Record<string, unknown>, key: string, value: unknown): void => {
    if (value !== undefined) target[key] = value;
  };
  put(out, 'approvalPolicy', cfg.approval_policy);
  put(out, 'sandboxMode', cfg.sandbox_mode);
  if (cfg.sandbox_workspace_write) {
    const sww = cfg.sandbox_workspace_write;
    out.sandboxSettings = {
      writableRoots: sww.writable_roots ?? [],
      networkAccess: sww.network_access ?? false,
      excludeTmpdirEnvVar: sww.exclude_tmpdir_env_var ?? false,
      excludeSlashTmp: sww.exclude_slash_tmp ?? false,
    };
  }
  put(out, 'model', cfg.model);
  put(out, 'modelReasoningEffort', cfg.model_reasoning_effort);
  put(out, 'modelReasoningSummary', cfg.model_reasoning_summary);
  put(out, 'modelVerbosity', cfg.model_verbosity);
  if (cfg.tools) {
    const tools: Record<string, unknown> = {};
    put(tools, 'webSearch', cfg.tools.web_search);
    put(tools, 'viewImage', cfg.tools.view_image);
    out.tools = tools;
  }
  put(out, 'profile', cfg.profile);
  if (cfg.profiles) {
    const profiles: Array<[string, Record<string, unknown>]> = [];
    for (const [name, p] of cfg.profiles) {
      const profile: Record<string, unknown> = {};
      put(profile, 'model', p.model);
      put(profile, 'modelProvider', p.model_provider);
      put(profile, 'approvalPolicy', p.approval_policy);
      put(profile, 'modelReasoningEffort', p.model_reasoning_effort);
      put(profile, 'modelReasoningSummary', p.model_reasoning_summary);
      put(profile, 'modelVerbosity', p.model_verbosity);
      put(profile, 'chatgptBaseUrl', p.chatgpt_base_url);
      profiles.push([name, profile]);
    }
    out.profiles = Object.fromEntries(profiles);
  }
  return out;
}
