/**
 * The checks of `codex-mcp-server doctor`. Each answers with one line for people and, when
 * something is wrong, how to fix it. `blocking` marks what stops normal use.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeAccount, type AccountSummary } from '../auth/account-summary';
import type { AuthManager } from '../auth/auth-manager';
import { ConfigError, type CodexConfig } from '../config/config-types';
import { findOnPath } from '../exec/sandbox/sandbox-locator';
import type { SandboxLocator } from '../exec/sandbox/sandbox-locator';
import { chatGptCodexBaseUrl, DEFAULT_OPENAI_BASE_URL } from '../model/provider-transport';
import { messageOf } from '../common/errors';

/** How one doctor check came out; `skip` when a prerequisite failed. */
export type CheckStatus = 'ok' | 'fail' | 'warn' | 'skip';

/** The outcome of one doctor check, as printed. */
export interface CheckResult {
  /** Short label of what was checked. */
  name: string;
  /** Whether the check passed, failed, warned or was skipped. */
  status: CheckStatus;
  /** What was found, one line. */
  detail: string;
  /** What to do about it (for fail and warn). */
  fix?: string;
  /** True when this failure stops normal use (doctor then exits non-zero). */
  blocking?: boolean;
}

const MIN_NODE_MAJOR = 20;
/** A provider that does not answer within this long counts as unreachable. */
export const PROVIDER_TIMEOUT_MS = 5_000;
const HANDSHAKE_TIMEOUT_MS = 15_000;

const LOGIN_FIX = 'run `codex-mcp-server login` (ChatGPT) or `codex-mcp-server login --with-api-key`, or set OPENAI_API_KEY in the environment the client gives this server';

function message(e: unknown): string {
  return messageOf(e);
}

export function checkNode(version: string = process.versions.node): CheckResult {
  const major = Number(version.split('.')[0]);
  return major >= MIN_NODE_MAJOR
    ? { name: 'Node.js', status: 'ok', detail: `Node.js ${version}` }
    : {
        name: 'Node.js',
        status: 'fail',
        blocking: true,
        detail: `Node.js ${version} is older than ${MIN_NODE_MAJOR}`,
        fix: `install Node.js ${MIN_NODE_MAJOR} or later`,
      };
}

/** CODEX_HOME must be ours to write (sessions, auth.json) and nobody else's; auth.json private. */
export function checkCodexHome(codexHome: string): CheckResult {
  const name = 'CODEX_HOME';
  let st: fs.Stats;
  try {
    st = fs.statSync(codexHome);
  } catch (e) {
    return { name, status: 'fail', blocking: true, detail: `${codexHome} cannot be created: ${message(e)}`, fix: `create it: mkdir -m 700 -p ${codexHome}, or point CODEX_HOME elsewhere` };
  }
  if (!st.isDirectory()) {
    return { name, status: 'fail', blocking: true, detail: `${codexHome} is not a directory`, fix: 'move the file away or point CODEX_HOME at a directory' };
  }
  try {
    fs.accessSync(codexHome, fs.constants.R_OK | fs.constants.W_OK | fs.constants.X_OK);
  } catch {
    return { name, status: 'fail', blocking: true, detail: `${codexHome} is not writable by this user`, fix: `chown it to this user and chmod 700 ${codexHome}` };
  }
  const mode = st.mode & 0o777;
  if (mode & 0o022) {
    return {
      name,
      status: 'fail',
      blocking: true,
      detail: `${codexHome} is writable by others (mode ${mode.toString(8)}): anyone could plant a config.toml`,
      fix: `chmod 700 ${codexHome}`,
    };
  }
  const authFile = path.join(codexHome, 'auth.json');
  try {
    const authMode = fs.statSync(authFile).mode & 0o777;
    if (authMode & 0o077) {
      return { name, status: 'warn', detail: `${authFile} is readable by others (mode ${authMode.toString(8)})`, fix: `chmod 600 ${authFile}` };
    }
  } catch {
    // no auth.json: nothing to protect
  }
  if (mode & 0o077) {
    return { name, status: 'warn', detail: `${codexHome} is readable by others (mode ${mode.toString(8)})`, fix: `chmod 700 ${codexHome}` };
  }
  return { name, status: 'ok', detail: `${codexHome} (mode ${mode.toString(8)})` };
}

export function checkConfig(configFile: string, error: Error | undefined): CheckResult {
  const name = 'config.toml';
  if (!error) {
    return { name, status: 'ok', detail: fs.existsSync(configFile) ? `${configFile} loads` : `${configFile} absent: built-in defaults` };
  }
  const loc = error instanceof ConfigError ? error.location : undefined;
  if (loc) {
    const reason = error.message.replace(/^.*? at line \d+, column \d+: /, '');
    return {
      name,
      status: 'fail',
      blocking: true,
      detail: `${loc.file}:${loc.line}:${loc.column}: ${reason}`,
      fix: `correct line ${loc.line} of ${loc.file} (config/config.example.toml in the package documents every key)`,
    };
  }
  return { name, status: 'fail', blocking: true, detail: error.message, fix: `correct ${configFile} (config/config.example.toml in the package documents every key)` };
}

export function checkAuth(config: CodexConfig | undefined, account: AccountSummary, now = Date.now()): CheckResult {
  const name = 'credentials';
  const provider = config?.model_provider;
  const envKey = provider?.env_key;
  if (envKey && process.env[envKey]?.trim()) {
    return { name, status: 'ok', detail: `${envKey} is set for provider ${provider.id}` };
  }
  if (provider && !provider.requires_openai_auth) {
    return envKey
      ? { name, status: 'fail', blocking: true, detail: `${envKey} is not set (provider ${provider.id} needs it)`, fix: `set ${envKey} in the environment the client gives this server${provider.env_key_instructions ? `; ${provider.env_key_instructions}` : ''}` }
      : { name, status: 'ok', detail: `provider ${provider.id} needs no credentials` };
  }
  if (account.authFileError) {
    return { name, status: 'fail', blocking: true, detail: `${account.authFile}: ${account.authFileError}`, fix: `delete ${account.authFile} and ${LOGIN_FIX}` };
  }
  if (!account.mode) return { name, status: 'fail', blocking: true, detail: 'not signed in', fix: LOGIN_FIX };
  const who = describeAccount(account);
  if (account.mode === 'chatgpt' && account.accessTokenExpiresAt && Date.parse(account.accessTokenExpiresAt) <= now) {
    return {
      name,
      status: 'warn',
      detail: `signed in ${who}; the access token expired at ${account.accessTokenExpiresAt} (it is refreshed on first use)`,
      fix: 'if model requests then fail with 401, run `codex-mcp-server login` again',
    };
  }
  return { name, status: 'ok', detail: `signed in ${who}` };
}

/** A short request to the provider: any HTTP answer means it is reachable; 401/403 means the credentials are refused. */
export async function checkProvider(config: CodexConfig, auth: AuthManager, timeoutMs = PROVIDER_TIMEOUT_MS): Promise<CheckResult> {
  const name = 'provider';
  const provider = config.model_provider;
  let token = provider.env_key ? process.env[provider.env_key]?.trim() || undefined : undefined;
  let mode: string | undefined;
  if (!token && provider.requires_openai_auth) {
    try {
      const resolved = await auth.getAuth();
      token = resolved?.token;
      mode = resolved?.mode;
    } catch {
      // reported by the credentials check; still see whether the host answers
    }
  }
  const base =
    mode === 'chatgpt' && provider.wire_api === 'responses'
      ? chatGptCodexBaseUrl(config.chatgpt_base_url)
      : (provider.base_url ?? DEFAULT_OPENAI_BASE_URL).replace(/\/+$/, '');
  const url = new URL(`${base}/models`);
  for (const [k, v] of Object.entries(provider.query_params ?? {})) url.searchParams.set(k, v);
  try {
    const res = await fetch(url, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.body?.cancel().catch(() => undefined);
    if ((res.status === 401 || res.status === 403) && token && mode !== 'chatgpt') {
      return { name, status: 'fail', blocking: true, detail: `${base} refused the credentials (HTTP ${res.status})`, fix: LOGIN_FIX };
    }
    return { name, status: 'ok', detail: `${provider.id} at ${base} answers (HTTP ${res.status})` };
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const why = (e as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (cause?.code ?? cause?.message ?? message(e));
    return {
      name,
      status: 'fail',
      blocking: true,
      detail: `${provider.id} at ${base} is unreachable: ${why}`,
      fix: `check the network, a proxy, or model_providers.${provider.id}.base_url in config.toml; --offline skips this check`,
    };
  }
}

export async function checkSandbox(config: CodexConfig | undefined, locator: SandboxLocator): Promise<CheckResult> {
  const name = 'sandbox';
  const needed = config?.sandbox_policy.mode !== 'danger-full-access';
  const explicit = config?.codex_linux_sandbox_exe;
  try {
    const exe = await locator.resolve(explicit);
    return { name, status: 'ok', detail: `${exe} creates a user namespace (trial run of \`true\` succeeded)` };
  } catch (e) {
    const missing = explicit === undefined && findOnPath('bwrap', process.env.PATH) === undefined;
    return {
      name,
      status: needed ? 'fail' : 'warn',
      blocking: needed,
      detail: missing ? 'bubblewrap (bwrap) is not on PATH: sandboxed commands cannot run' : message(e),
      fix: missing
        ? 'install bubblewrap (apt-get install bubblewrap, dnf install bubblewrap, pacman -S bubblewrap)'
        : 'allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1; on Ubuntu 24.04+ kernel.apparmor_restrict_unprivileged_userns=0 or an AppArmor profile for bwrap)',
    };
  }
}

export function checkSetpriv(): CheckResult {
  const exe = findOnPath('setpriv', process.env.PATH);
  return exe
    ? { name: 'setpriv', status: 'ok', detail: exe }
    : {
        name: 'setpriv',
        status: 'warn',
        detail: 'setpriv is not on PATH: without bubblewrap, commands are not tied to the server\'s life',
        fix: 'install util-linux (it provides setpriv)',
      };
}

/** Start this very program as a server over a pipe: initialize, tools/list, then stdin closes and it must exit. */
export function checkHandshake(entry: string, args: string[], timeoutMs = HANDSHAKE_TIMEOUT_MS): Promise<CheckResult> {
  const name = 'MCP handshake';
  const fail = (detail: string): CheckResult => ({
    name,
    status: 'fail',
    blocking: true,
    detail,
    fix: 'run the server by hand with CODEX_MCP_LOG=debug and read stderr',
  });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [entry, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: process.env });
    let out = '';
    let err = '';
    let settled = false;
    let tools: string[] | undefined;
    let server = '';
    const finish = (result: CheckResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
      resolve(result);
    };
    const timer = setTimeout(() => finish(fail(`no answer within ${timeoutMs} ms${err ? `; stderr: ${err.trim().split('\n').pop()}` : ''}`)), timeoutMs);
    const send = (m: object) => child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', ...m })}\n`);
    child.on('error', (e) => finish(fail(`cannot start ${process.execPath} ${entry}: ${e.message}`)));
    child.stdin.on('error', () => undefined);
    child.stderr.on('data', (d: Buffer) => {
      if (err.length < 8192) err += d.toString();
    });
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      let nl: number;
      while ((nl = out.indexOf('\n')) >= 0) {
        const line = out.slice(0, nl);
        out = out.slice(nl + 1);
        let msg: { id?: number; result?: { serverInfo?: { name?: string; version?: string }; tools?: Array<{ name: string }> }; error?: { message: string } };
        try {
          msg = JSON.parse(line);
        } catch {
          return finish(fail(`the server wrote a line that is not JSON on stdout: ${line.slice(0, 120)}`));
        }
        if (msg.error) return finish(fail(`the server answered request ${msg.id} with an error: ${msg.error.message}`));
        if (msg.id === 1) {
          server = `${msg.result?.serverInfo?.name ?? '?'} ${msg.result?.serverInfo?.version ?? ''}`.trim();
          send({ method: 'notifications/initialized' });
          send({ id: 2, method: 'tools/list' });
        } else if (msg.id === 2) {
          tools = (msg.result?.tools ?? []).map((t) => t.name);
          child.stdin.end();
        }
      }
    });
    child.on('close', (code, signal) => {
      if (!tools) return finish(fail(`the server exited (${signal ?? `code ${code}`}) before the handshake ended${err ? `: ${err.trim().split('\n').pop()}` : ''}`));
      if (!tools.includes('codex') || !tools.includes('codex-reply')) return finish(fail(`tools/list lacks codex/codex-reply: ${tools.join(', ')}`));
      finish({ name, status: 'ok', detail: `${server} answered initialize and tools/list (${tools.join(', ')}) and exited when stdin closed` });
    });
    send({ id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'codex-mcp-server-doctor', version: '1' } } });
  });
}
