#!/usr/bin/env node
import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { validateCliOverrides } from './config/cli-overrides';
import { createContainer, disposeContainer } from './container';
import { ExecRunner } from './exec/exec-types';
import { LoggerFactory } from './logging/logger';
import { JsonRpcServer } from './server/json-rpc-server';

function packageVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export interface CliOptions {
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

/** Parse the command line; commander prints --help/--version itself and exits. */
export function parseCommandLine(argv: string[], version: string): CliOptions {
  const program = new Command()
    .name('codex-mcp-server')
    .description('Codex MCP server: JSON-RPC 2.0 over stdio (MCP tools `codex` and `codex-reply`, plus the Codex conversation API).')
    .version(version, '-V, --version')
    .option(
      '-c, --config <key=value>',
      'override a config.toml value for every session (repeatable; value parsed as TOML, e.g. -c model="o3" -c sandbox_workspace_write.network_access=true)',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--log-file <path>', 'write logs to this file instead of stderr')
    .option('--max-message-bytes <n>', 'refuse and skip incoming messages larger than this (default: 67108864, 64 MiB)', parseByteCount)
    .addHelpText(
      'after',
      '\nEnvironment:\n  CODEX_HOME       config and state directory (default ~/.codex)\n  CODEX_MCP_LOG    log level: error, warn, info, debug (RUST_LOG is honoured too)\n  OPENAI_API_KEY   API key for the openai provider\n  CODEX_LOGIN_PORT port of the ChatGPT login callback server (default 1455; 0 = any free port)\n  CODEX_AUTH_ISSUER OAuth issuer for ChatGPT login and token refresh (default https://auth.openai.com)',
    );
  program.parse(argv);
  const opts = program.opts<{ config: string[]; logFile?: string; maxMessageBytes?: number }>();
  return { config: opts.config, logFile: opts.logFile, maxMessageBytes: opts.maxMessageBytes };
}

async function main(): Promise<void> {
  const version = packageVersion();
  const cli = parseCommandLine(process.argv, version);
  try {
    validateCliOverrides(cli.config);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  }
  const container = createContainer({ server: { configOverrides: cli.config, version, maxMessageBytes: cli.maxMessageBytes }, logging: { file: cli.logFile } });
  const log = container.get<LoggerFactory>(LoggerFactory).get('main');
  const server = container.get<JsonRpcServer>(JsonRpcServer);
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
      await server.flush();
    } catch (e) {
      log.error('error during shutdown', { error: e instanceof Error ? e.message : String(e) });
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('unhandledRejection', (reason) => {
    log.error('unhandled rejection', { reason: reason instanceof Error ? reason.message : String(reason) });
  });
  process.stdout.on('error', () => void stop('stdout closed'));

  await server.serve(process.stdin, process.stdout);
  await stop('stdin closed');
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`codex-mcp-server: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
