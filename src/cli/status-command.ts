import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command } from 'commander';
import type { AccountSummary } from '../auth/account-summary';
import { CONFIG_TOML_FILE } from '../config/codex-home';
import { CliFailure } from './cli-errors';
import { loadConfig, openServices, say, type CliServices } from './cli-services';
import type { CliContext } from './program';
import { messageOf } from '../common/errors';

/** What `status --json` prints (stable keys for scripts; never a token). */
export interface StatusReport {
  /** This server's version. */
  version: string;
  /** Absolute `$CODEX_HOME` in use. */
  codexHome: string;
  /** The config.toml that was (or would be) read. */
  configFile: {
    /** Absolute path of `$CODEX_HOME/config.toml`. */
    path: string;
    /** Whether that file is present. */
    exists: boolean;
  };
  /** Set when the configuration cannot be loaded; the config fields below are then absent. */
  configError?: string;
  /** Active profile name; absent when none is selected. */
  profile?: string;
  /** Model name requests would use. */
  model?: string;
  /** The provider requests would go to. */
  modelProvider?: {
    /** Key of the provider in `model_providers`. */
    id: string;
    /** Display name of the provider. */
    name: string;
    /** Provider base URL; absent when the provider has none configured. */
    baseUrl?: string;
    /** `responses` or `chat`. */
    wireApi: string;
  };
  /** Effective approval policy (`untrusted`, `on-request`, ...). */
  approvalPolicy?: string;
  /** Effective sandbox mode (`read-only`, `workspace-write`, `danger-full-access`). */
  sandboxMode?: string;
  /** Sign-in state, without secrets. */
  auth: {
    /** Whether some credential would be used now. */
    signedIn: boolean;
    /** Credential kind in use, when signed in. */
    mode?: AccountSummary['mode'];
    /** Where that credential comes from. */
    source?: AccountSummary['source'];
    /** Email from the ChatGPT id_token. */
    email?: string;
    /** ChatGPT plan from the id_token. */
    plan?: string;
    /** Absolute path of auth.json. */
    authFile: string;
    /** Why auth.json cannot be used, when it exists but is broken. */
    authFileError?: string;
  };
  /** Whether commands can be sandboxed on this machine. */
  sandbox: {
    /** True when the sandbox helper was found and works. */
    works: boolean;
    /** Path of the working sandbox helper. */
    helper?: string;
    /** Why sandboxing does not work here. */
    problem?: string;
  };
}

function authPart(account: AccountSummary): StatusReport['auth'] {
  const out: StatusReport['auth'] = { signedIn: account.mode !== undefined, authFile: account.authFile };
  if (account.mode) out.mode = account.mode;
  if (account.source) out.source = account.source;
  if (account.mode === 'chatgpt' && account.email) out.email = account.email;
  if (account.mode === 'chatgpt' && account.plan) out.plan = account.plan;
  if (account.authFileError) out.authFileError = account.authFileError;
  return out;
}

async function sandboxPart(services: CliServices, explicitExe: string | undefined): Promise<StatusReport['sandbox']> {
  try {
    return { works: true, helper: await services.sandbox.resolve(explicitExe) };
  } catch (e) {
    return { works: false, problem: messageOf(e) };
  }
}

/** Everything `status` reports. */
export async function gatherStatus(services: CliServices, version: string): Promise<StatusReport> {
  const codexHome = services.config.codexHome;
  const configPath = path.join(codexHome, CONFIG_TOML_FILE);
  const { config, error } = await loadConfig(services.config);
  const { summarizeAccount } = await import('../auth/account-summary');
  const account = await summarizeAccount(codexHome, config?.preferred_auth_method ?? 'chatgpt');
  const report: StatusReport = {
    version,
    codexHome,
    configFile: { path: configPath, exists: fs.existsSync(configPath) },
    auth: authPart(account),
    sandbox: await sandboxPart(services, config?.codex_linux_sandbox_exe),
  };
  if (error) report.configError = error.message;
  if (config) {
    if (config.profile) report.profile = config.profile;
    report.model = config.model;
    const p = config.model_provider;
    report.modelProvider = { id: p.id, name: p.name, wireApi: p.wire_api, ...(p.base_url ? { baseUrl: p.base_url } : {}) };
    report.approvalPolicy = config.approval_policy;
    report.sandboxMode = config.sandbox_policy.mode;
  }
  return report;
}

async function printStatus(r: StatusReport): Promise<void> {
  const { describeAccount } = await import('../auth/account-summary');
  const auth = r.auth.signedIn
    ? `signed in ${describeAccount(r.auth)}`
    : `not signed in (run \`codex-mcp-server login\` or set OPENAI_API_KEY)${r.auth.authFileError ? `: ${r.auth.authFileError}` : ''}`;
  const rows: Array<[string, string]> = [
    ['version', r.version],
    ['CODEX_HOME', r.codexHome],
    ['config file', `${r.configFile.path}${r.configFile.exists ? '' : ' (absent: built-in defaults)'}`],
  ];
  if (r.configError) rows.push(['config error', r.configError]);
  else {
    rows.push(['profile', r.profile ?? '(none)']);
    rows.push(['model', r.model ?? '']);
    const p = r.modelProvider;
    if (p) rows.push(['provider', `${p.id} (${p.wireApi} wire${p.baseUrl ? `, ${p.baseUrl}` : ''})`]);
    rows.push(['approval policy', r.approvalPolicy ?? '']);
    rows.push(['sandbox mode', r.sandboxMode ?? '']);
  }
  rows.push(['auth', auth]);
  rows.push(['sandbox', r.sandbox.works ? `works (${r.sandbox.helper})` : `does not work here: ${r.sandbox.problem}`]);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) say(`${`${k}:`.padEnd(width + 2)}${v}`);
}

export function statusCommand(ctx: CliContext): Command {
  return new Command('status')
    .description('show the account, CODEX_HOME, config, model and provider, approval and sandbox defaults')
    .option('--json', 'print one JSON object (for scripts)')
    .action(async (options: { json?: boolean }, command: Command) => {
      const report = await gatherStatus(openServices(command, ctx.version), ctx.version);
      if (options.json) say(JSON.stringify(report, null, 2));
      else await printStatus(report);
      if (report.configError) throw new CliFailure(`the configuration does not load: ${report.configError}`);
    });
}
