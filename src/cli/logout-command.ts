import { Command } from 'commander';
import { loadConfig, openServices, say } from './cli-services';
import type { CliContext } from './program';

export function logoutCommand(ctx: CliContext): Command {
  return new Command('logout')
    .description('remove the saved credentials ($CODEX_HOME/auth.json)')
    .action(async (_options: unknown, command: Command) => {
      const services = openServices(command, ctx.version);
      const { config } = await loadConfig(services.config);
      const { summarizeAccount } = await import('../auth/account-summary');
      const account = await summarizeAccount(services.config.codexHome, config?.preferred_auth_method ?? 'chatgpt');
      if (!account.authFileExists) {
        say(`Not signed in: ${account.authFile} does not exist.`);
      } else {
        const held: string[] = [];
        if (account.hasChatGptTokens) held.push(`the ChatGPT sign-in${account.email ? ` of ${account.email}` : ''}`);
        if (account.hasApiKey) held.push('an API key');
        if (account.authFileError) held.push('unreadable contents');
        await services.auth.logout();
        say(`Removed ${account.authFile}${held.length > 0 ? ` (${held.join(' and ')})` : ''}.`);
      }
      if (process.env.OPENAI_API_KEY?.trim()) {
        say('OPENAI_API_KEY is still set in this environment: the server will keep using it.');
      }
    });
}
