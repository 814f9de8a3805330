import * as fs from 'node:fs';
import * as path from 'node:path';
import { AuthFileError } from '../../../src/auth/auth-store';
import { makeIdToken, MockIssuer } from '../../support/mock-issuer';
import { AUTH_ENV, daysAgo, isolateEnv, makeAuth, readAuthJson, writeAuthJson } from './auth-fixtures';

isolateEnv(AUTH_ENV);

const chatgptFile = (lastRefresh: string | null, extra: Record<string, unknown> = {}) => ({
  OPENAI_API_KEY: null,
  tokens: {
    id_token: makeIdToken({ email: 'me@example.com', planType: 'plus', accountId: 'acct-file' }),
    access_token: 'access-original',
    refresh_token: 'refresh-original',
    account_id: 'acct-file',
  },
  last_refresh: lastRefresh,
  ...extra,
});

describe('AuthManager: modes and status', () => {
  test('signed out: status has only preferredAuthMethod (and requiresOpenaiAuth)', async () => {
    const { auth } = makeAuth();
    expect(await auth.status({ includeToken: true })).toEqual({ preferredAuthMethod: 'chatgpt', requiresOpenaiAuth: true });
    expect(await auth.getAuth()).toBeUndefined();
    expect(auth.currentMode()).toBeUndefined();
  });

  test('auth.json API key: status reports apikey and the token only when asked', async () => {
    const { auth, home } = makeAuth();
    writeAuthJson(home, { OPENAI_API_KEY: 'sk-test-key', tokens: null, last_refresh: null });
    expect(await auth.status({ includeToken: true, refreshToken: false })).toEqual({
      authMethod: 'apikey',
      preferredAuthMethod: 'chatgpt',
      authToken: 'sk-test-key',
      requiresOpenaiAuth: true,
    });
    expect(await auth.status({})).toEqual({ authMethod: 'apikey', preferredAuthMethod: 'chatgpt', requiresOpenaiAuth: true });
    expect(await auth.getAuth()).toEqual({ mode: 'apikey', token: 'sk-test-key' });
  });

  test('only the OPENAI_API_KEY environment variable → apikey', async () => {
    process.env.OPENAI_API_KEY = 'sk-from-env';
    const { auth } = makeAuth();
    expect(auth.currentMode()).toBe('apikey');
    expect(await auth.status({ includeToken: true })).toMatchObject({ authMethod: 'apikey', authToken: 'sk-from-env' });
  });

  test('ChatGPT tokens → chatgpt with the access token and account id', async () => {
    const { auth, home } = makeAuth();
    writeAuthJson(home, chatgptFile(new Date().toISOString()));
    expect(await auth.getAuth()).toEqual({ mode: 'chatgpt', token: 'access-original', accountId: 'acct-file' });
    expect(auth.currentMode()).toBe('chatgpt');
    expect(await auth.userInfo()).toEqual({ allegedUserEmail: 'me@example.com' });
  });

  test('preferred_auth_method from the config picks the API key when both exist', async () => {
    const both = chatgptFile(new Date().toISOString(), { OPENAI_API_KEY: 'sk-both' });
    const chatgpt = makeAuth();
    writeAuthJson(chatgpt.home, both);
    expect((await chatgpt.auth.getAuth())?.mode).toBe('chatgpt');

    const apikey = makeAuth({ preferred: 'apikey' });
    writeAuthJson(apikey.home, both);
    expect(await apikey.auth.getAuth()).toEqual({ mode: 'apikey', token: 'sk-both' });
    expect(await apikey.auth.status({})).toMatchObject({ authMethod: 'apikey', preferredAuthMethod: 'apikey' });
    expect(apikey.auth.currentMode()).toBe('apikey');
    // Loaded once and cached.
    expect(apikey.config.loads).toBe(1);
  });

  test('requiresOpenaiAuth comes from the configured provider', async () => {
    const h = makeAuth();
    h.config.requiresOpenaiAuth = false;
    expect((await h.auth.status({})).requiresOpenaiAuth).toBe(false);
  });

  test('re-reads auth.json when it changes on disk', async () => {
    const { auth, home } = makeAuth();
    expect(await auth.getAuth()).toBeUndefined();
    writeAuthJson(home, { OPENAI_API_KEY: 'sk-first' });
    expect((await auth.getAuth())?.token).toBe('sk-first');
    // Same size, different content: still noticed.
    writeAuthJson(home, { OPENAI_API_KEY: 'sk-other' });
    expect((await auth.getAuth())?.token).toBe('sk-other');
    writeAuthJson(home, chatgptFile(new Date().toISOString()));
    expect(auth.currentMode()).toBe('chatgpt');
    fs.unlinkSync(path.join(home, 'auth.json'));
    expect(await auth.getAuth()).toBeUndefined();
  });

  test('a corrupt auth.json: getAuth throws a clear error, status reports signed out, file untouched', async () => {
    const { auth, home, logs } = makeAuth();
    const text = '{"OPENAI_API_KEY": "sk-hidden-secret-42",';
    writeAuthJson(home, text);
    await expect(auth.getAuth()).rejects.toBeInstanceOf(AuthFileError);
    await expect(auth.getAuth()).rejects.toThrow(/^auth\.json is not valid JSON: /);
    expect(await auth.status({ includeToken: true })).toEqual({ preferredAuthMethod: 'chatgpt', requiresOpenaiAuth: true });
    expect(auth.currentMode()).toBeUndefined();
    await expect(auth.refresh()).rejects.toBeInstanceOf(AuthFileError);
    expect(fs.readFileSync(path.join(home, 'auth.json'), 'utf8')).toBe(text);
    expect(logs.lines.join('\n')).not.toContain('sk-hidden');
  });
});

describe('AuthManager: login with an API key and logout', () => {
  test('loginApiKey saves the reference shape with 0600 and fires onDidChange', async () => {
    const { auth, home } = makeAuth();
    const events: unknown[] = [];
    auth.onDidChange((e) => events.push(e));
    await auth.loginApiKey('sk-saved');
    expect(readAuthJson(home)).toEqual({ OPENAI_API_KEY: 'sk-saved', tokens: null, last_refresh: null });
    expect(fs.statSync(path.join(home, 'auth.json')).mode & 0o777).toBe(0o600);
    expect(events).toEqual([{ authMethod: 'apikey' }]);
    expect(await auth.getAuth()).toEqual({ mode: 'apikey', token: 'sk-saved' });
    await expect(auth.loginApiKey('')).rejects.toThrow('API key must not be empty');
  });

  test('logout deletes auth.json, is idempotent, and reports what remains each time', async () => {
    const { auth, home } = makeAuth();
    const events: unknown[] = [];
    const sub = auth.onDidChange((e) => events.push(e));
    await auth.loginApiKey('sk-saved');
    await auth.logout();
    expect(fs.existsSync(path.join(home, 'auth.json'))).toBe(false);
    expect(await auth.getAuth()).toBeUndefined();
    await auth.logout();
    process.env.OPENAI_API_KEY = 'sk-env-remains';
    await auth.logout();
    expect(events).toEqual([{ authMethod: 'apikey' }, {}, {}, { authMethod: 'apikey' }]);
    sub.dispose();
    await auth.logout();
    expect(events).toHaveLength(4);
  });
});

describe('AuthManager: token refresh', () => {
  let issuer: MockIssuer;
  beforeEach(async () => {
    issuer = await MockIssuer.start();
    process.env.CODEX_AUTH_ISSUER = issuer.url;
  });
  afterEach(async () => {
    await issuer.close();
  });

  test('fresh tokens are used as they are (no POST)', async () => {
    const { auth, home } = makeAuth();
    writeAuthJson(home, chatgptFile(daysAgo(27)));
    expect((await auth.getAuth())?.token).toBe('access-original');
    expect(issuer.count('refresh_token')).toBe(0);
  });

  test('tokens older than 28 days are refreshed before use and saved', async () => {
    const { auth, home } = makeAuth();
    writeAuthJson(home, chatgptFile(daysAgo(29)));
    const got = await auth.getAuth();
    expect(issuer.count('refresh_token')).toBe(1);
    const req = issuer.requests[0];
    expect(req.contentType).toMatch(/^application\/json/);
    expect(req.params).toEqual({
      client_id: 'app_EMoamEEZ73f0CkXaXp7hrann',
      grant_type: 'refresh_token',
      refresh_token: 'refresh-original',
      scope: 'openid profile email',
    });
    const saved = readAuthJson(home);
    expect(got).toEqual({ mode: 'chatgpt', token: saved.tokens?.access_token, accountId: 'acct-file' });
    expect(saved.tokens?.access_token).not.toBe('access-original');
    expect(saved.tokens?.refresh_token).toBe('rt_mock_refresh_1');
    expect(Date.now() - Date.parse(saved.last_refresh ?? '')).toBeLessThan(60 * 60 * 1000);
    expect(fs.statSync(path.join(home, 'auth.json')).mode & 0o777).toBe(0o600);
    // Now fresh: no second refresh.
    await auth.getAuth();
    expect(issuer.count('refresh_token')).toBe(1);
  });

  test('refresh() (after a 401) refreshes even fresh tokens', async () => {
    const { auth, home } = makeAuth();
    writeAuthJson(home, chatgptFile(new Date().toISOString()));
    const got = await auth.refresh();
    expect(issuer.count('refresh_token')).toBe(1);
    expect(got?.token).toBe(readAuthJson(home).tokens?.access_token);
    expect(got?.token).not.toBe('access-original');
  });

  test('five concurrent refresh() calls share one POST', async () => {
    const { auth, home } = makeAuth();
    writeAuthJson(home, chatgptFile(new Date().toISOString()));
    const release = issuer.hold('refresh_token');
    const calls = Array.from({ length: 5 }, () => auth.refresh());
    // Wait until the one request is at the issuer, then let it through.
    await issuer.arrived('refresh_token');
    release();
    const results = await Promise.all(calls);
    expect(issuer.count('refresh_token')).toBe(1);
    expect(new Set(results.map((r) => r?.token)).size).toBe(1);
    // A later refresh is a new one.
    await auth.refresh();
    expect(issuer.count('refresh_token')).toBe(2);
  });

  test('concurrent getAuth() on stale tokens also share one refresh', async () => {
    const { auth, home } = makeAuth();
    writeAuthJson(home, chatgptFile(daysAgo(40)));
    const results = await Promise.all(Array.from({ length: 5 }, () => auth.getAuth()));
    expect(issuer.count('refresh_token')).toBe(1);
    expect(new Set(results.map((r) => r?.token)).size).toBe(1);
  });

  test('refresh() in API-key mode does not call the issuer', async () => {
    const { auth, home } = makeAuth();
    writeAuthJson(home, { OPENAI_API_KEY: 'sk-only' });
    expect(await auth.refresh()).toEqual({ mode: 'apikey', token: 'sk-only' });
    expect(issuer.requests).toHaveLength(0);
  });

  test('a refused refresh: refresh() throws without secrets; getAuth keeps the old token; the file is unchanged', async () => {
    const { auth, home, logs } = makeAuth();
    const file = chatgptFile(daysAgo(30));
    writeAuthJson(home, file);
    issuer.failNext('refresh_token', 401, 'refresh_token_expired', 2);
    const err = (await auth.refresh().then(
      () => new Error('refresh unexpectedly succeeded'),
      (e: unknown) => e as Error,
    ));
    expect(err.message).toBe('Failed to refresh token: 401 (refresh_token_expired)');
    expect((await auth.getAuth())?.token).toBe('access-original');
    // After a failure the automatic refresh waits before trying again.
    await auth.getAuth();
    expect(issuer.count('refresh_token')).toBe(1);
    expect(readAuthJson(home)).toEqual(file);
    const all = logs.lines.join('\n');
    for (const secret of ['access-original', 'refresh-original', file.tokens.id_token]) expect(all).not.toContain(secret);
  });

  test('getAuthStatus refreshToken:true refreshes; a failure is only logged', async () => {
    const { auth, home } = makeAuth();
    writeAuthJson(home, chatgptFile(new Date().toISOString()));
    const ok = await auth.status({ refreshToken: true, includeToken: true });
    expect(issuer.count('refresh_token')).toBe(1);
    expect(ok.authToken).toBe(readAuthJson(home).tokens?.access_token);
    issuer.failNext('refresh_token', 500, 'server_error');
    const after = await auth.status({ refreshToken: true, includeToken: true });
    expect(after).toMatchObject({ authMethod: 'chatgpt', authToken: ok.authToken });
  });

  test('an unreachable issuer gives a short error without secrets', async () => {
    await issuer.close();
    const { auth, home } = makeAuth();
    writeAuthJson(home, chatgptFile(new Date().toISOString()));
    const err = (await auth.refresh().then(
      () => new Error('refresh unexpectedly succeeded'),
      (e: unknown) => e as Error,
    ));
    expect(err.message).toBe('Failed to refresh token: ECONNREFUSED');
    issuer = await MockIssuer.start(); // for afterEach
  });
});
