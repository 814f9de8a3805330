import { InvalidArgumentError, type Command } from 'commander';
import type { ContainerModule } from 'inversify';
import { validateCliOverrides } from '../config/cli-overrides';
import { createContainer, disposeContainer } from '../container';
import { ExecRunner } from '../exec/exec-types';
import { LoggerFactory } from '../logging/logger';
import { ConnectionScopeFactory } from '../server/connection-scope';
import { createStdioTransport } from '../transport/connection-factory';
import { CliUsageError } from './cli-errors';

/** The root command's options: they shape the MCP server that the bare command runs. */
export interface ServeOptions {
  config: string[];
  logFile?: string;
  maxMessageBytes?: number;
}

/** `--max-message-bytes`: a positive integer count of bytes. */
function parseByteCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer number of bytes');
  return n;
}

/** `-c` and `--log-file`; subcommands read them too (`status -c model="o3"`). Add server flags here. */
export function addServeOptions(program: Command): Command {
  return program
    .option(
      '-c, --config <key=value>',
      'override a config.toml value for every session (repeatable; value parsed as TOML, e.g. -c model="o3" -c sandbox_workspace_write.network_access=true)',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--log-file <path>', 'write logs to this file instead of stderr')
    .option('--max-message-bytes <n>', 'refuse and skip incoming messages larger than this (default: 67108864, 64 MiB)', parseByteCount);
}

/** Validated `-c` overrides. @throws CliUsageError naming the bad flag. */
export function checkedOverrides(config: string[]): string[] {
  try {
    validateCliOverrides(config);
  } catch (e) {
    throw new CliUsageError(e instanceof Error ? e.message : String(e));
  }
  return config;
}

/**
 * The bare command: serve MCP (and the conversation API) on stdin/stdout until stdin closes.
 * `frontEnd` (the processors of the connection's scope) serves another protocol instead (`acp`).
 */
export async function serve(options: ServeOptions, version: string, frontEnd?: ContainerModule): Promise<void> {
  const configOverrides = checkedOverrides(options.config);
  const container = createContainer({ server: { configOverrides, version }, logging: { file: options.logFile } });
  const log = container.get<LoggerFactory>(LoggerFactory).get('main');
  // stdio is exactly one connection: one scope over the shared core.
  const connect = container.get<ConnectionScopeFactory>(ConnectionScopeFactory);
  const session = connect(
    createStdioTransport(process.stdin, process.stdout, container.get<LoggerFactory>(LoggerFactory).get('jsonrpc'), { maxMessageBytes: options.maxMessageBytes }),
    frontEnd,
  );
  // Last line of defence: no child process group outlives us, however we exit.
  const exec = container.get<ExecRunner>(ExecRunner);
  process.on('exit', () => exec.killAll());

  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { why });
    // Never take longer than 2 s to exit, whatever a service does.
    setTimeout(() => process.exit(0), 1800).unref();
    try {
      await disposeContainer(container);
      await session.flush();
    } catch (e) {
      log.error('error during shutdown', { error: e instanceof Error ? e.message : String(e) });
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  // The terminal or session that started us went away: same orderly stop (Node would just die).
  process.on('SIGHUP', () => void stop('SIGHUP'));
  process.on('unhandledRejection', (reason) => {
    log.error('unhandled rejection', { reason: reason instanceof Error ? reason.message : String(reason) });
  });
  process.stdout.on('error', () => void stop('stdout closed'));

  await session.serve();
  await stop('stdin closed');
}
