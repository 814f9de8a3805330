import type { Command } from 'commander';
import type { Container } from 'inversify';
import { AuthManager } from '../auth/auth-manager';
import { ConfigService } from '../config/config-service';
import type { CodexConfig } from '../config/config-types';
import { createContainer } from '../container';
import { SandboxLocator } from '../exec/exec-types';
import { checkedOverrides, type ServeOptions } from './serve-command';

/** The services a subcommand uses: the same container the server builds, so it sees what the server sees. */
export interface CliServices {
  /** The DI container built for the subcommand. */
  container: Container;
  /** Loads the effective configuration (config.toml, profile, `-c` flags). */
  config: ConfigService;
  /** Reads and manages the stored credentials. */
  auth: AuthManager;
  /** Finds the Linux sandbox helper. */
  sandbox: SandboxLocator;
  /** The root command's `-c` flags, validated. */
  overrides: string[];
}

/**
 * Build the services for a subcommand from the root options (`-c`, `--log-file`). Logs stay
 * quiet (errors only) unless CODEX_MCP_LOG or RUST_LOG asks for more: the output is for people.
 */
export function openServices(command: Command, version: string): CliServices {
  const root = command.optsWithGlobals<ServeOptions>();
  const overrides = checkedOverrides(root.config ?? []);
  const quiet = !process.env.CODEX_MCP_LOG?.trim() && !process.env.RUST_LOG?.trim();
  const container = createContainer({
    server: { configOverrides: overrides, version },
    logging: { file: root.logFile, ...(quiet ? { level: 'error' } : {}) },
  });
  return {
    container,
    config: container.get<ConfigService>(ConfigService),
    auth: container.get<AuthManager>(AuthManager),
    sandbox: container.get<SandboxLocator>(SandboxLocator),
    overrides,
  };
}

/** The resolved config, or the error that stops it from loading. */
export async function loadConfig(config: ConfigService): Promise<{ config?: CodexConfig; error?: Error }> {
  try {
    return { config: await config.load() };
  } catch (e) {
    return { error: e instanceof Error ? e : new Error(String(e)) };
  }
}

/** Write one line for people to stdout. */
export function say(text = ''): void {
  process.stdout.write(`${text}\n`);
}
