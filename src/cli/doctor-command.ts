import * as path from 'node:path';
import { Command } from 'commander';
import { CONFIG_TOML_FILE } from '../config/codex-home';
import { CliFailure } from './cli-errors';
import { loadConfig, openServices, say } from './cli-services';
import type { CheckResult } from './doctor-checks';
import type { CliContext } from './program';

const MARK: Record<CheckResult['status'], string> = { ok: '✓', fail: '✗', warn: '!', skip: '-' };

function print(r: CheckResult): void {
  say(`${MARK[r.status]} ${r.name}: ${r.detail}`);
  if (r.fix && r.status !== 'ok') say(`    fix: ${r.fix}`);
}

export function doctorCommand(ctx: CliContext): Command {
  return new Command('doctor')
    .description('check this machine and configuration, one line per check with a fix; exits 1 when something blocks use')
    .option('--offline', 'skip the request to the model provider')
    .action(async (options: { offline?: boolean }, command: Command) => {
      // The checks' code loads when doctor runs, not with every start of the server.
      const [{ summarizeAccount }, { checkAuth, checkCodexHome, checkConfig, checkHandshake, checkNode, checkProvider, checkSandbox, checkSetpriv }] =
        await Promise.all([import('../auth/account-summary'), import('./doctor-checks')]);
      const services = openServices(command, ctx.version);
      const home = services.config.codexHome;
      const { config, error } = await loadConfig(services.config);
      const account = await summarizeAccount(home, config?.preferred_auth_method ?? 'chatgpt');
      const results: CheckResult[] = [];
      const run = async (check: CheckResult | Promise<CheckResult>) => {
        const r = await check;
        results.push(r);
        print(r);
      };
      await run(checkNode());
      await run(checkCodexHome(home));
      await run(checkConfig(path.join(home, CONFIG_TOML_FILE), error));
      await run(checkAuth(config, account));
      if (options.offline) await run({ name: 'provider', status: 'skip', detail: 'skipped (--offline)' });
      else if (!config) await run({ name: 'provider', status: 'skip', detail: 'skipped: the configuration does not load' });
      else await run(checkProvider(config, services.auth));
      await run(checkSandbox(config, services.sandbox));
      await run(checkSetpriv());
      const overrides = services.overrides.flatMap((o) => ['-c', o]);
      await run(checkHandshake(require.main?.filename ?? process.argv[1], overrides));
      const blocking = results.filter((r) => r.status === 'fail' && r.blocking);
      say();
      if (blocking.length > 0) {
        throw new CliFailure(`${blocking.length} problem${blocking.length === 1 ? '' : 's'} block${blocking.length === 1 ? 's' : ''} normal use: ${blocking.map((r) => r.name).join(', ')}`);
      }
      say('Everything needed to serve MCP works here.');
    });
}
