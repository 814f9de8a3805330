import { Command } from 'commander';
import { acpCommand } from './acp-command';
import { doctorCommand } from './doctor-command';
import { generateJsonSchemaCommand, generateTsCommand } from './generate-command';
import { loginCommand } from './login-command';
import { logoutCommand } from './logout-command';
import { addServeOptions, serve, type ServeOptions } from './serve-command';
import { statusCommand } from './status-command';

/** What every subcommand may need from the program that runs it. */
export interface CliContext {
  /** This package's version (also the MCP `serverInfo.version`). */
  version: string;
}

/**
 * A subcommand: one file in src/cli/ exporting a function that builds its `Command`.
 * To add one, write `src/cli/<name>-command.ts` and append its factory here.
 */
export type SubcommandFactory = (ctx: CliContext) => Command;

const SUBCOMMANDS: SubcommandFactory[] = [loginCommand, logoutCommand, statusCommand, doctorCommand, acpCommand, generateJsonSchemaCommand, generateTsCommand];

const ENVIRONMENT_HELP = `
Environment:
  CODEX_HOME         config and state directory (default ~/.codex)
  CODEX_MCP_LOG      log level: error, warn, info, debug (RUST_LOG is honoured too)
  OPENAI_API_KEY     API key for the openai provider (used when auth.json holds none)
  CODEX_LOGIN_PORT   port of the ChatGPT login callback server (default 1455; 0 = any free port)
  CODEX_AUTH_ISSUER  OAuth issuer for ChatGPT login and token refresh (default https://auth.openai.com)

Get started: codex-mcp-server login, then codex-mcp-server doctor.`;

/**
 * The whole command line. The bare command serves MCP on stdio; subcommands do one job and
 * exit. Parse with `parseAsync`: the actions are async.
 */
export function createProgram(ctx: CliContext): Command {
  const program = new Command()
    .name('codex-mcp-server')
    .description(
      'Codex MCP server: JSON-RPC 2.0 over stdio (MCP tools `codex` and `codex-reply`, plus the Codex conversation API).\n' +
        'Without a command it serves MCP on stdin/stdout; an MCP client starts it.',
    )
    .version(ctx.version, '-V, --version');
  addServeOptions(program)
    .addHelpText('after', ENVIRONMENT_HELP)
    .action(async (options: ServeOptions) => serve(options, ctx.version));
  for (const factory of SUBCOMMANDS) program.addCommand(factory(ctx));
  return program;
}
