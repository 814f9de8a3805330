import { Command } from 'commander';
import { addServeOptions, serve, type ServeOptions } from './serve-command';

/** What every subcommand may need from the program that runs it. */
export interface CliContext {
  /** This package's version (also the MCP `serverInfo.version`). */
  version: string;
}

/**
 * A subcommand: one file in src/cli/ exporting a function that builds its `Command`.
 * To add one, write `src/cli/<name>-command.ts` and add its factory to `subcommands` below.
 */
export type SubcommandFactory = (ctx: CliContext) => Command;

/** Every subcommand, in --help order. Their modules load only here. */
async function subcommands(): Promise<SubcommandFactory[]> {
  const [login, logout, status, doctor, acp, generate] = await Promise.all([
    import('./login-command'),
    import('./logout-command'),
    import('./status-command'),
    import('./doctor-command'),
    import('./acp-command'),
    import('./generate-command'),
  ]);
  return [login.loginCommand, logout.logoutCommand, status.statusCommand, doctor.doctorCommand, acp.acpCommand, generate.generateJsonSchemaCommand, generate.generateTsCommand];
}

/**
 * True when a command line (the arguments after the script) can only be the bare command: every
 * argument is an option (`--listen=…`, `-V`) and none asks for help. An option's value given as
 * its own argument (`-c key=value`) looks like a command name, so that line gets the whole program.
 */
export function onlyOptions(args: readonly string[]): boolean {
  return args.every((a) => /^--?[A-Za-z]/.test(a) && a !== '-h' && a !== '--help');
}

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
 * exit. Parse with `parseAsync`: the actions are async. A line of `args` that can only be the
 * bare command gets a program without the subcommands, so an MCP start does not load their code.
 */
export async function createProgram(ctx: CliContext, args: readonly string[] = process.argv.slice(2)): Promise<Command> {
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
  if (onlyOptions(args)) return program;
  for (const factory of await subcommands()) program.addCommand(factory(ctx));
  return program;
}
