import { Command } from 'commander';
import type { SubcommandFactory } from './program';
import { addServeOptions, serve, type ServeOptions } from './serve-command';

/** `codex-mcp-server acp`: serve the Agent Client Protocol on stdio (Zed, JetBrains, …). */
export const acpCommand: SubcommandFactory = (ctx) =>
  addServeOptions(new Command('acp'))
    .description('serve the Agent Client Protocol (ACP) on stdio instead of MCP, for editors such as Zed and JetBrains IDEs')
    .option('-p, --profile <name>', 'config profile for every session (same as -c profile="<name>")')
    .action(async (_options: unknown, command: Command) => {
      // -c given before or after `acp` both count (the root program shares the option).
      const options = command.optsWithGlobals<ServeOptions & { profile?: string }>();
      const config = options.profile === undefined ? options.config : [...options.config, `profile=${JSON.stringify(options.profile)}`];
      // Loaded here: the MCP server never needs the ACP front end.
      const { acpFrontEndModule } = await import('../acp/acp-module');
      await serve({ ...options, config }, ctx.version, acpFrontEndModule);
    });
