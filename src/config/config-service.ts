import type { CodexConfig, ConfigOverrides } from './config-types';

export const ConfigService = Symbol('ConfigService');

/** Loads and layers configuration. One instance per server; it holds the server's `-c` flags. */
export interface ConfigService {
  /** `$CODEX_HOME` or `~/.codex` (absolute); created on demand with mode 0700. */
  readonly codexHome: string;
  /**
   * Resolve the config for a new session: config.toml < server `-c` flags < per-call `config`
   * map < selected profile < explicit per-call fields. Re-reads config.toml each call.
   * @throws ConfigError with a user-facing message.
   */
  load(overrides?: ConfigOverrides): Promise<CodexConfig>;
  /** The user-saved subset for `getConfigToml` / `getUserSavedConfig` (camelCase, RESEARCH.md A.7). */
  getUserSavedConfig(): Promise<Record<string, unknown>>;
}
