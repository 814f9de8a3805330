import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { LiveCli, runCli } from '../../support/cli-run';
import { MockIssuer } from '../../support/mock-issuer';
import { waitUntil } from '../../support/wait-until';

const URL_RE = /^ {2}(http\S+\/oauth\/authorize\?\S+)$/m;

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

describe('codex-mcp-server login', () => {
  let issuer: MockIssuer;
  let home: string;
  let env: Record<string, string | undefined>;
  beforeEach(async () => {
    issuer = await MockIssuer.start();
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'codex-home-'));
    // No DISPLAY: a test never opens a browser.
    env = { CODEX_HOME: home, CODEX_LOGIN_PORT: '0', DISPLAY: undefined, WAYLAND_DISPLAY: undefined };
  });
  afterEach(async () => {
    await issuer.close();
  });

  it('signs in with ChatGPT: prints the URL, takes the callback, saves auth.json 0600, says who signed in', async () => {
    const cli = LiveCli.start(['login', '--no-browser', '--issuer', issuer.url], { env });
    const [, authUrl] = await cli.waitForStdout(URL_RE);
    const url = new URL(authUrl);
    expect(url.origin).toBe(issuer.url);
    const redirect = new URL(url.searchParams.get('redirect_uri')!);
    const state = url.searchParams.get('state')!;
    const page = await fetch(`http://127.0.0.1:${redirect.port}/auth/callback?code=the-code&state=${state}`);
    expect(page.status).toBe(200);
    const { code } = await cli.exited;
    expect(code).toBe(0);
    expect(cli.stdout).toContain(`Signed in as user@example.com (ChatGPT plus). Credentials saved to ${path.join(fs.realpathSync(home), 'auth.json')}.`);
    const file = path.join(home, 'auth.json');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(saved.tokens.refresh_token).toMatch(/^rt_mock_refresh_/);
    expect(saved.OPENAI_API_KEY).toBe('sk-exchanged-key-0001');
    expect(issuer.count('authorization_code')).toBe(1);
    // Nothing secret on the terminal.
    expect(cli.stdout + cli.stderr).not.toContain(saved.tokens.refresh_token);
    expect(cli.stdout + cli.stderr).not.toContain(saved.tokens.access_token);
    expect(await canListen(Number(redirect.port))).toBe(true);
  });

  it('with a display and without --no-browser, opens the URL with xdg-open', async () => {
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-opener-'));
    const opened = path.join(bin, 'opened.txt');
    fs.writeFileSync(path.join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > ${opened}.tmp && mv ${opened}.tmp ${opened}\n`, { mode: 0o755 });
    const cli = LiveCli.start(['login', '--issuer', issuer.url], { env: { ...env, DISPLAY: ':99', PATH: `${bin}:${process.env.PATH}` } });
    const [, authUrl] = await cli.waitForStdout(URL_RE);
    await cli.waitForStdout(/Ctrl-C cancels/);
    await waitUntil(() => fs.existsSync(opened), 'xdg-open to be run');
    expect(fs.readFileSync(opened, 'utf8')).toBe(authUrl);
    cli.child.kill('SIGINT');
    expect((await cli.exited).code).toBe(130);
  });

  it('Ctrl-C cancels: exit 130, nothing saved, the callback port is free', async () => {
    const cli = LiveCli.start(['login', '--no-browser', '--issuer', issuer.url], { env });
    const [, authUrl] = await cli.waitForStdout(URL_RE);
    const port = Number(new URL(new URL(authUrl).searchParams.get('redirect_uri')!).port);
    await cli.waitForStdout(/Ctrl-C cancels/);
    cli.child.kill('SIGINT');
    const { code } = await cli.exited;
    expect(code).toBe(130);
    expect(cli.stderr).toContain('Sign-in cancelled; nothing was saved.');
    expect(fs.existsSync(path.join(home, 'auth.json'))).toBe(false);
    expect(await canListen(port)).toBe(true);
    expect(issuer.requests).toHaveLength(0);
  });

  it('a refused sign-in says why and exits 1', async () => {
    issuer.failNext('authorization_code', 400, 'invalid_grant');
    const cli = LiveCli.start(['login', '--no-browser', '--issuer', issuer.url], { env });
    const [, authUrl] = await cli.waitForStdout(URL_RE);
    const url = new URL(authUrl);
    const redirect = new URL(url.searchParams.get('redirect_uri')!);
    await fetch(`http://127.0.0.1:${redirect.port}/auth/callback?code=bad&state=${url.searchParams.get('state')}`);
    const { code } = await cli.exited;
    expect(code).toBe(1);
    expect(cli.stderr).toMatch(/Sign-in failed: Login server error: .*400/);
    expect(fs.existsSync(path.join(home, 'auth.json'))).toBe(false);
  });

  it('--with-api-key reads the key from stdin, saves it 0600 and never prints it', async () => {
    const key = 'sk-proj-test-key-0123456789';
    const r = await runCli(['login', '--with-api-key'], { env, input: `${key}\n` });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Signed in with an API key.');
    expect(r.stdout + r.stderr).not.toContain(key);
    const file = path.join(home, 'auth.json');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ OPENAI_API_KEY: key, tokens: null, last_refresh: null });
  });

  it('--with-api-key with nothing on stdin is a usage error that shows how to pipe the key', async () => {
    const r = await runCli(['login', '--with-api-key'], { env, input: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('printenv OPENAI_API_KEY | codex-mcp-server login --with-api-key');
    expect(fs.existsSync(path.join(home, 'auth.json'))).toBe(false);
  });

  it('a port already in use is reported with what to do', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const r = await runCli(['login', '--no-browser', '--issuer', issuer.url, '--port', String(port)], { env });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('failed to start login server: Address in use');
      expect(r.stderr).toContain('--port or CODEX_LOGIN_PORT');
    } finally {
      blocker.close();
    }
  });
});
