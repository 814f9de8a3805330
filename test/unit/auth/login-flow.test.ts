import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import type { LoginCompleteEvent } from '../../../src/auth/auth-manager';
import { MockIssuer, TOKEN_EXCHANGE_GRANT } from '../../support/mock-issuer';
import { AUTH_ENV, isolateEnv, makeAuth, readAuthJson, writeAuthJson, type AuthHarness } from './auth-fixtures';

isolateEnv(AUTH_ENV);

/** The next onLoginComplete event. */
function nextCompletion(h: AuthHarness): Promise<LoginCompleteEvent> {
  return new Promise((resolve) => {
    const sub = h.auth.onLoginComplete((e) => {
      sub.dispose();
      resolve(e);
    });
  });
}

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

/** Bind the port ourselves: proves it is free. */
async function canBind(port: number): Promise<boolean> {
  const srv = net.createServer();
  const ok = await new Promise<boolean>((resolve) => {
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => resolve(true));
  });
  if (ok) await new Promise<void>((r) => srv.close(() => r()));
  return ok;
}

function callbackUrl(authUrl: string, params: Record<string, string>): string {
  const redirect = new URL(authUrl).searchParams.get('redirect_uri') as string;
  const url = new URL(redirect.replace('localhost', '127.0.0.1'));
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.toString();
}

describe('ChatGPT login flow', () => {
  let issuer: MockIssuer;
  beforeEach(async () => {
    issuer = await MockIssuer.start();
    process.env.CODEX_AUTH_ISSUER = issuer.url;
    process.env.CODEX_LOGIN_PORT = '0';
  });
  afterEach(async () => {
    await issuer.close();
  });

  test('start → callback → token exchange → success, status chatgpt, auth.json saved 0600', async () => {
    const h = makeAuth();
    const changes: unknown[] = [];
    h.auth.onDidChange((e) => changes.push(e));
    const { loginId, authUrl } = await h.auth.startChatGptLogin();
    expect(loginId).toMatch(/^[0-9a-f-]{36}$/);

    const url = new URL(authUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${issuer.url}/oauth/authorize`);
    const redirect = url.searchParams.get('redirect_uri') as string;
    expect(redirect).toMatch(/^http:\/\/localhost:\d+\/auth\/callback$/);
    expect(redirect).not.toContain(':0/');

    const done = nextCompletion(h);
    const res = await fetch(callbackUrl(authUrl, { code: 'the-code', state: url.searchParams.get('state') as string }));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Signed in to Codex');
    expect(await done).toEqual({ loginId, success: true });

    // The code exchange: form-encoded, PKCE verifier matching the challenge.
    const exchange = issuer.requests.find((r) => r.grant_type === 'authorization_code');
    expect(exchange?.contentType).toBe('application/x-www-form-urlencoded');
    expect(exchange?.params).toMatchObject({ code: 'the-code', redirect_uri: redirect, client_id: 'app_EMoamEEZ73f0CkXaXp7hrann' });
    const challenge = createHash('sha256').update(exchange?.params.code_verifier ?? '').digest('base64url');
    expect(challenge).toBe(url.searchParams.get('code_challenge'));
    expect(issuer.count(TOKEN_EXCHANGE_GRANT)).toBe(1);

    const saved = readAuthJson(h.home);
    expect(saved.OPENAI_API_KEY).toBe('sk-exchanged-key-0001');
    expect(saved.tokens?.account_id).toBe('acct-123');
    expect(saved.tokens?.refresh_token).toBe('rt_mock_refresh_1');
    expect(fs.statSync(path.join(h.home, 'auth.json')).mode & 0o777).toBe(0o600);
    expect(await h.auth.status({})).toMatchObject({ authMethod: 'chatgpt' });
    expect(await h.auth.userInfo()).toEqual({ allegedUserEmail: 'user@example.com' });
    expect(changes).toEqual([{ authMethod: 'chatgpt' }]);

    // The server is gone.
    const port = Number(new URL(redirect).port);
    expect(await canBind(port)).toBe(true);
    // Nothing secret was logged.
    const logs = h.logs.lines.join('\n');
    for (const secret of [saved.tokens?.access_token, saved.tokens?.refresh_token, saved.tokens?.id_token, saved.OPENAI_API_KEY]) {
      expect(logs).not.toContain(secret);
    }
  });

  test('a failed API-key exchange is ignored and an existing key is kept', async () => {
    const h = makeAuth();
    writeAuthJson(h.home, { OPENAI_API_KEY: 'sk-previous' });
    issuer.failNext(TOKEN_EXCHANGE_GRANT, 403, 'denied');
    const { authUrl } = await h.auth.startChatGptLogin();
    const done = nextCompletion(h);
    const res = await fetch(callbackUrl(authUrl, { code: 'c', state: new URL(authUrl).searchParams.get('state') as string }));
    expect(res.status).toBe(200);
    expect((await done).success).toBe(true);
    expect(readAuthJson(h.home)).toMatchObject({ OPENAI_API_KEY: 'sk-previous', tokens: { account_id: 'acct-123' } });
    // plus plan: ChatGPT wins over the stored key.
    expect(h.auth.currentMode()).toBe('chatgpt');
  });

  test('wrong state → 400, other paths → 404, and the login keeps waiting', async () => {
    const h = makeAuth();
    const { loginId, authUrl } = await h.auth.startChatGptLogin();
    const wrong = await fetch(callbackUrl(authUrl, { code: 'c', state: 'forged' }));
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toBe('State mismatch');
    const other = await fetch(callbackUrl(authUrl, {}).replace('/auth/callback', '/elsewhere'));
    expect(other.status).toBe(404);
    const noCode = await fetch(callbackUrl(authUrl, { state: new URL(authUrl).searchParams.get('state') as string }));
    expect(noCode.status).toBe(400);
    expect(issuer.requests).toHaveLength(0);
    expect(fs.existsSync(path.join(h.home, 'auth.json'))).toBe(false);
    // Still waiting: cancel works.
    const done = nextCompletion(h);
    expect(h.auth.cancelChatGptLogin(loginId)).toBe(true);
    expect((await done).success).toBe(false);
  });

  test('a refused code exchange ends the login with success:false and a redacted error', async () => {
    const h = makeAuth();
    issuer.failNext('authorization_code', 400, 'invalid_grant');
    const { loginId, authUrl } = await h.auth.startChatGptLogin();
    const done = nextCompletion(h);
    const res = await fetch(callbackUrl(authUrl, { code: 'bad', state: new URL(authUrl).searchParams.get('state') as string }));
    expect(res.status).toBe(500);
    expect(await done).toEqual({
      loginId,
      success: false,
      error: 'Login server error: Token exchange failed: 400 (invalid_grant)',
    });
    expect(fs.existsSync(path.join(h.home, 'auth.json'))).toBe(false);
  });

  test('cancel releases the port before it returns and completes with the reference error', async () => {
    const port = await freePort();
    process.env.CODEX_LOGIN_PORT = String(port);
    const h = makeAuth();
    const { loginId, authUrl } = await h.auth.startChatGptLogin();
    expect(authUrl).toContain(`redirect_uri=http%3A%2F%2Flocalhost%3A${port}%2Fauth%2Fcallback`);
    expect(await canBind(port)).toBe(false);
    const done = nextCompletion(h);
    let fired = false;
    void done.then(() => (fired = true));
    expect(h.auth.cancelChatGptLogin(loginId)).toBe(true);
    expect(fired).toBe(false); // the completion comes after the cancel's reply
    expect(await canBind(port)).toBe(true);
    expect(await done).toEqual({ loginId, success: false, error: 'Login server error: Login was not completed' });
    expect(h.auth.cancelChatGptLogin(loginId)).toBe(false);
    expect(h.auth.cancelChatGptLogin('no-such-login')).toBe(false);
  });

  test('a second login replaces the first on the same port', async () => {
    const port = await freePort();
    process.env.CODEX_LOGIN_PORT = String(port);
    const h = makeAuth();
    const events: LoginCompleteEvent[] = [];
    h.auth.onLoginComplete((e) => events.push(e));
    const first = await h.auth.startChatGptLogin();
    const firstDone = new Promise<void>((r) => h.auth.onLoginComplete((e) => e.loginId === first.loginId && r()));
    const second = await h.auth.startChatGptLogin();
    expect(second.loginId).not.toBe(first.loginId);
    expect(second.authUrl).toContain(`localhost%3A${port}`);
    await firstDone;
    expect(events).toEqual([{ loginId: first.loginId, success: false, error: 'Login server error: Login was not completed' }]);
    expect(h.auth.cancelChatGptLogin(first.loginId)).toBe(false);

    // The first login's state no longer works; the second's does.
    const stale = await fetch(callbackUrl(second.authUrl, { code: 'c', state: new URL(first.authUrl).searchParams.get('state') as string }));
    expect(stale.status).toBe(400);
    const done = nextCompletion(h);
    const ok = await fetch(callbackUrl(second.authUrl, { code: 'c', state: new URL(second.authUrl).searchParams.get('state') as string }));
    expect(ok.status).toBe(200);
    expect(await done).toEqual({ loginId: second.loginId, success: true });
  });

  test('a port in use → "failed to start login server: …"', async () => {
    const port = await freePort();
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', r));
    try {
      process.env.CODEX_LOGIN_PORT = String(port);
      const h = makeAuth();
      await expect(h.auth.startChatGptLogin()).rejects.toThrow('failed to start login server: Address in use (os error 98)');
    } finally {
      await new Promise<void>((r) => blocker.close(() => r()));
    }
  });

  test('timeout → success:false "Login timed out" and the port is released', async () => {
    const port = await freePort();
    process.env.CODEX_LOGIN_PORT = String(port);
    const h = makeAuth();
    h.auth.loginTimeoutMs = 50;
    const done = nextCompletion(h);
    const { loginId } = await h.auth.startChatGptLogin();
    expect(await done).toEqual({ loginId, success: false, error: 'Login timed out' });
    expect(await canBind(port)).toBe(true);
  });

  test('logout cancels a login in progress', async () => {
    const h = makeAuth();
    const { loginId } = await h.auth.startChatGptLogin();
    const done = nextCompletion(h);
    await h.auth.logout();
    expect(await done).toMatchObject({ loginId, success: false });
  });
});
