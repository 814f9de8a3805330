import { spawn } from 'node:child_process';
import { Command } from 'commander';
import type { AuthManager, LoginCompleteEvent } from '../auth/auth-manager';
import { CliFailure, CliUsageError } from './cli-errors';
import { loadConfig, openServices, say } from './cli-services';
import type { CliContext } from './program';
import { messageOf } from '../common/errors';

/** An API key is a few hundred bytes at most; stop reading long before a mistake fills memory. */
const MAX_KEY_BYTES = 64 * 1024;

interface LoginOptions {
  withApiKey?: boolean;
  browser: boolean;
  issuer?: string;
  port?: string;
}

/** A graphical session where a browser can open (a terminal over ssh has none). */
function hasDisplay(env: NodeJS.ProcessEnv): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** Best effort: the URL is printed anyway. */
function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // no opener: the printed URL is enough
  }
}

async function readKeyFromStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    throw new CliUsageError(
      '--with-api-key reads the key from stdin, e.g. `printenv OPENAI_API_KEY | codex-mcp-server login --with-api-key`',
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_KEY_BYTES) throw new CliUsageError('what came on stdin is too long to be an API key');
    chunks.push(chunk as Buffer);
  }
  const key = Buffer.concat(chunks).toString('utf8').trim();
  if (key === '') {
    throw new CliUsageError('no API key on stdin, e.g. `printenv OPENAI_API_KEY | codex-mcp-server login --with-api-key`');
  }
  if (/\s/.test(key)) throw new CliUsageError('the text on stdin is not one API key (it contains whitespace)');
  return key;
}

/** Run one ChatGPT sign-in: print the URL, wait for the callback, cancel on Ctrl-C (the port is freed at once). */
async function chatGptLogin(auth: AuthManager, options: LoginOptions): Promise<void> {
  const finished: LoginCompleteEvent[] = [];
  let wake: (() => void) | undefined;
  const subscription = auth.onLoginComplete((e) => {
    finished.push(e);
    wake?.();
  });
  let loginId: string;
  let authUrl: string;
  try {
    ({ loginId, authUrl } = await auth.startChatGptLogin());
  } catch (e) {
    subscription.dispose();
    const reason = messageOf(e);
    throw new CliFailure(
      `${reason}. Another sign-in may be running; finish it, or pick another port with --port or CODEX_LOGIN_PORT.`,
    );
  }
  let cancelled = false;
  const cancel = () => {
    cancelled = true;
    auth.cancelChatGptLogin(loginId);
  };
  process.once('SIGINT', cancel);
  process.once('SIGTERM', cancel);
  try {
    say('Sign in to ChatGPT by opening this URL in a browser:');
    say();
    say(`  ${authUrl}`);
    say();
    if (options.browser && hasDisplay(process.env)) openBrowser(authUrl);
    say(`Waiting for the browser to come back to ${new URL(authUrl).searchParams.get('redirect_uri')} (Ctrl-C cancels)...`);
    const outcome = await new Promise<LoginCompleteEvent>((resolve) => {
      const check = () => {
        const hit = finished.find((e) => e.loginId === loginId);
        if (hit) resolve(hit);
      };
      wake = check;
      check();
    });
    if (cancelled) throw new CliFailure('Sign-in cancelled; nothing was saved.', 130);
    if (!outcome.success) throw new CliFailure(`Sign-in failed: ${outcome.error ?? 'unknown error'}`);
  } finally {
    process.off('SIGINT', cancel);
    process.off('SIGTERM', cancel);
    subscription.dispose();
  }
}

export function loginCommand(ctx: CliContext): Command {
  return new Command('login')
    .description('sign in with ChatGPT in a browser, or save an API key read from stdin (--with-api-key)')
    .option('--with-api-key', 'read an API key from stdin and save it (e.g. `printenv OPENAI_API_KEY | codex-mcp-server login --with-api-key`)')
    .option('--no-browser', 'print the sign-in URL without opening a browser')
    .option('--issuer <url>', 'OAuth issuer (default $CODEX_AUTH_ISSUER or https://auth.openai.com)')
    .option('--port <port>', 'port of the local callback server (default $CODEX_LOGIN_PORT or 1455; 0 = any free port)')
    .action(async (options: LoginOptions, command: Command) => {
      if (options.issuer !== undefined) process.env.CODEX_AUTH_ISSUER = options.issuer;
      if (options.port !== undefined) {
        if (!/^\d+$/.test(options.port) || Number(options.port) > 65535) throw new CliUsageError(`--port: not a port number: ${options.port}`);
        process.env.CODEX_LOGIN_PORT = options.port;
      }
      const services = openServices(command, ctx.version);
      if (options.withApiKey) {
        const key = await readKeyFromStdin();
        await services.auth.loginApiKey(key);
      } else {
        await chatGptLogin(services.auth, options);
      }
      const { config } = await loadConfig(services.config);
      const { describeAccount, summarizeAccount } = await import('../auth/account-summary');
      const account = await summarizeAccount(services.config.codexHome, config?.preferred_auth_method ?? 'chatgpt');
      say(`Signed in ${describeAccount(account)}. Credentials saved to ${account.authFile}.`);
    });
}
