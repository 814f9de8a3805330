import { InvalidArgumentError, type Command } from 'commander';
import type { Container, ContainerModule } from 'inversify';
import { validateCliOverrides } from '../config/cli-overrides';
import { createContainer } from '../container';
import { ExecRunner } from '../exec/exec-types';
import { LoggerFactory } from '../logging/logger';
import { ConnectionScopeFactory } from '../server/connection-scope';
import { createStdioTransport } from '../transport/connection-factory';
import { CliUsageError } from './cli-errors';
import { httpListenOptions, serveHttp, type HttpServeFlags } from './serve-http';
import { installShutdown } from './shutdown';
import { messageOf } from '../common/errors';
import { CODE_CACHE_SAVE_KEY, CODE_CACHE_STATUS_KEY, type CodeCacheStage } from '../build/code-cache-prelude';
import { whenMade } from '../common/deferred-bindings';
import { TurnLimiter } from '../core/turn-limiter';

/** The root command's options: they shape the MCP server that the bare command runs. */
export interface ServeOptions extends HttpServeFlags {
  /** `-c key=value` overrides, in command-line order. */
  config: string[];
  /** `--log-file`: write logs here instead of stderr. */
  logFile?: string;
  /** `--max-message-bytes`: largest accepted incoming message. */
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
    .option('--max-message-bytes <n>', 'refuse and skip incoming messages larger than this (default: 67108864, 64 MiB)', parseByteCount)
    .option('--listen <address>', 'stdio, or http://127.0.0.1:PORT to serve MCP over Streamable HTTP at /mcp (port 0: any free port)', 'stdio')
    .option('--auth-token-file <path>', 'HTTP: require this bearer token (the file holds it; needed beyond loopback)')
    .option('--allow-origin <origin>', 'HTTP: also accept this browser Origin (repeatable)', (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option('--max-body-bytes <n>', 'HTTP: largest request body (default 4194304)')
    .option('--session-timeout <seconds>', 'HTTP: close a session idle this long, cancelling its calls (default 1800)');
}

/** Validated `-c` overrides. @throws CliUsageError naming the bad flag. */
export function checkedOverrides(config: string[]): string[] {
  try {
    validateCliOverrides(config);
  } catch (e) {
    throw new CliUsageError(messageOf(e));
  }
  return config;
}

/**
 * Has the code cache take in a turn once the first one has run: the model client, the tools and
 * the core load on first use, and without this every start's first turn would compile them.
 * Waits for the turn limiter without making it.
 */
function saveCodeCacheAfterFirstTurn(container: Container, save: (stage: CodeCacheStage) => void): void {
  whenMade(container.get<TurnLimiter>(TurnLimiter), (turns) => {
    const first = turns.onDidEndTurn(() => {
      first.dispose();
      setTimeout(() => save('turn'), 100).unref();
      process.once('exit', () => save('turn'));
    });
  });
}

/**
 * The bare command: serve MCP (and the conversation API) on stdin/stdout until stdin closes.
 * `frontEnd` (the processors of the connection's scope) serves another protocol instead (`acp`).
 */
export async function serve(options: ServeOptions, version: string, frontEnd?: ContainerModule): Promise<void> {
  const configOverrides = checkedOverrides(options.config);
  const http = await httpListenOptions(options);
  const modules = http ? [(await import('../http/http-module')).httpModule] : [];
  const container = createContainer({ server: { configOverrides, version }, logging: { file: options.logFile }, http, modules });
  const log = container.get<LoggerFactory>(LoggerFactory).get('main');
  // Last line of defence: no child process group outlives us, however we exit.
  const exec = container.get<ExecRunner>(ExecRunner);
  process.on('exit', () => exec.dispose());
  process.on('unhandledRejection', (reason) => {
    log.error('unhandled rejection', { reason: messageOf(reason) });
  });
  log.debug('code cache', { status: (globalThis as Record<string, unknown>)[CODE_CACHE_STATUS_KEY] ?? 'not bundled' });
  const saveCodeCache = (globalThis as Record<string, unknown>)[CODE_CACHE_SAVE_KEY] as ((stage: CodeCacheStage) => void) | undefined;
  if (typeof saveCodeCache === 'function') saveCodeCacheAfterFirstTurn(container, saveCodeCache);
  if (http) return serveHttp(container, log);

  // stdio is exactly one connection: one scope over the shared core.
  const connect = container.get<ConnectionScopeFactory>(ConnectionScopeFactory);
  const session = connect(
    createStdioTransport(process.stdin, process.stdout, container.get<LoggerFactory>(LoggerFactory).get('jsonrpc'), { maxMessageBytes: options.maxMessageBytes }),
    frontEnd,
  );
  const stop = installShutdown(container, log, { after: () => session.flush() });
  process.stdout.on('error', () => void stop('stdout closed'));

  const served = session.serve();
  // The start path, once the first request (initialize) has had time to be answered (over HTTP,
  // the prelude's own timer). Attached after the reader's own listener, so it only watches the
  // first chunk go by.
  if (typeof saveCodeCache === 'function') process.stdin.once('data', () => setTimeout(() => saveCodeCache('start'), 100).unref());
  await served;
  await stop('stdin closed');
}
