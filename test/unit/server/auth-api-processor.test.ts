import * as fs from 'node:fs';
import * as path from 'node:path';
import { InMemoryServer, type InMemoryClient } from '../../support/in-memory-server';
import { MockIssuer } from '../../support/mock-issuer';

describe('AuthApiProcessor (auth API over an in-memory connection)', () => {
  let issuer: MockIssuer;
  let server: InMemoryServer;
  let client: InMemoryClient;
  const saved = { issuer: process.env.CODEX_AUTH_ISSUER, port: process.env.CODEX_LOGIN_PORT, key: process.env.OPENAI_API_KEY };
  beforeEach(async () => {
    issuer = await MockIssuer.start();
    process.env.CODEX_AUTH_ISSUER = issuer.url;
    process.env.CODEX_LOGIN_PORT = '0';
    delete process.env.OPENAI_API_KEY;
    server = new InMemoryServer({ requiresOpenaiAuth: true });
    client = server.connect();
    await client.initialize();
  });
  afterEach(async () => {
    expect(client.violations()).toEqual([]);
    await server.dispose();
    await issuer.close();
    for (const [name, value] of [['CODEX_AUTH_ISSUER', saved.issuer], ['CODEX_LOGIN_PORT', saved.port], ['OPENAI_API_KEY', saved.key]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  const authJson = () => path.join(server.codexHome, 'auth.json');
  const statusChange = (from: number) => client.waitFor((m) => m.method === 'codex/event/auth_status_change', 10000, from);

  it('signed out: getAuthStatus has no authMethod, userInfo no email', async () => {
    expect((await client.call('getAuthStatus', {})).result).toEqual({ preferredAuthMethod: 'chatgpt', requiresOpenaiAuth: true });
    expect((await client.call('userInfo')).result).toEqual({});
  });

  it('loginApiKey answers {}, then auth_status_change; the key is saved 0600 and shown only when asked', async () => {
    const id = client.request('loginApiKey', { apiKey: 'sk-test-key-123' });
    const res = await client.response(id);
    expect(res).toEqual({ jsonrpc: '2.0', id, result: {} });
    const change = await statusChange(0);
    expect(change).toEqual({ jsonrpc: '2.0', method: 'codex/event/auth_status_change', params: { authMethod: 'apikey' } });
    expect(client.messages.indexOf(res)).toBeLessThan(client.messages.indexOf(change));
    expect(fs.statSync(authJson()).mode & 0o777).toBe(0o600);
    expect((await client.call('getAuthStatus', {})).result).toEqual({ authMethod: 'apikey', preferredAuthMethod: 'chatgpt', requiresOpenaiAuth: true });
    expect((await client.call('getAuthStatus', { includeToken: true })).result.authToken).toBe('sk-test-key-123');
    expect(server.loggers.lines.join('\n')).not.toContain('sk-test-key-123');
  });

  it('logoutChatGpt answers {}, then auth_status_change without authMethod, and deletes auth.json', async () => {
    await client.call('loginApiKey', { apiKey: 'sk-test-key-123' });
    const from = client.messages.length;
    const res = await client.call('logoutChatGpt');
    expect(res.result).toEqual({});
    const change = await client.waitFor((m) => m.method === 'codex/event/auth_status_change' && m.params.authMethod === undefined, 10000, from);
    expect(change.params).toEqual({});
    expect(client.messages.indexOf(res)).toBeLessThan(client.messages.indexOf(change));
    expect(fs.existsSync(authJson())).toBe(false);
  });

  it('loginApiKey without apiKey is invalid params naming the field', async () => {
    const res = await client.call('loginApiKey', {});
    expect(res.error).toMatchObject({ code: -32602, message: expect.stringContaining('apiKey') });
    expect(fs.existsSync(authJson())).toBe(false);
  });

  it('a ChatGPT login: loginChatGpt answers the URL, the callback completes it, login_chat_gpt_complete follows', async () => {
    const res = await client.call('loginChatGpt');
    const { loginId, authUrl } = res.result as { loginId: string; authUrl: string };
    const url = new URL(authUrl);
    expect(url.origin + url.pathname).toBe(`${issuer.url}/oauth/authorize`);
    const redirect = new URL(url.searchParams.get('redirect_uri')!);
    const ok = await fetch(`http://127.0.0.1:${redirect.port}/auth/callback?code=the-code&state=${url.searchParams.get('state')}`);
    expect(ok.status).toBe(200);
    const done = await client.waitFor((m) => m.method === 'codex/event/login_chat_gpt_complete');
    expect(done.params).toEqual({ loginId, success: true });
    expect((await client.call('getAuthStatus', {})).result.authMethod).toBe('chatgpt');
    expect((await client.call('userInfo')).result).toEqual({ allegedUserEmail: 'user@example.com' });
  });

  it('cancelLoginChatGpt answers {} then reports the login as not completed; an unknown id is -32600', async () => {
    const { loginId } = (await client.call('loginChatGpt')).result as { loginId: string };
    expect((await client.call('cancelLoginChatGpt', { loginId })).result).toEqual({});
    const done = await client.waitFor((m) => m.method === 'codex/event/login_chat_gpt_complete');
    expect(done.params).toEqual({ loginId, success: false, error: 'Login server error: Login was not completed' });
    expect((await client.call('cancelLoginChatGpt', { loginId: 'nope' })).error).toEqual({ code: -32600, message: 'login id not found: nope' });
  });

  it('every open connection hears an auth change; a closed one no longer does', async () => {
    const other = server.connect();
    await other.initialize();
    const gone = server.connect();
    await gone.initialize();
    await gone.close();
    await client.call('loginApiKey', { apiKey: 'sk-test-key-123' });
    expect((await other.waitFor((m) => m.method === 'codex/event/auth_status_change')).params).toEqual({ authMethod: 'apikey' });
    expect(gone.notifications('codex/event/auth_status_change')).toEqual([]);
    expect(server.loggers.lines.filter((l) => l.includes('notification dropped'))).toEqual([]);
  });
});
