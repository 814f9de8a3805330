import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { authProviderToml } from '../../support/auth-provider-toml';
import { McpProcess } from '../../support/mcp-process';
import { makeIdToken, MockIssuer } from '../../support/mock-issuer';
import { MockModelServer, reply } from '../../support/mock-model-server';

const tmpdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'codex-work-'));

function writeChatGptAuth(codexHome: string, access = 'old-access-token'): void {
  const auth = {
    OPENAI_API_KEY: null,
    tokens: { id_token: makeIdToken({ email: 'user@example.com', accountId: 'acct-123', planType: 'plus' }), access_token: access, refresh_token: 'refresh-1', account_id: 'acct-123' },
    last_refresh: new Date().toISOString(),
  };
  fs.writeFileSync(path.join(codexHome, 'auth.json'), JSON.stringify(auth), { mode: 0o600 });
}

describe('auth API (spawned server)', () => {
  let p: McpProcess;
  let issuer: MockIssuer;
  let mock: MockModelServer;
  beforeEach(async () => {
    issuer = await MockIssuer.start();
    mock = await MockModelServer.start();
  });
  afterEach(async () => {
    await p?.close();
    await issuer.close();
    await mock.close();
  });

  async function start(opts: { configToml?: string; env?: Record<string, string>; args?: string[]; before?: (home: string) => void } = {}) {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'codex-home-'));
    opts.before?.(home);
    p = await McpProcess.start({
      codexHome: home,
      configToml: opts.configToml ?? authProviderToml(mock),
      args: opts.args,
      env: { CODEX_AUTH_ISSUER: issuer.url, CODEX_LOGIN_PORT: '0', ...opts.env },
    });
    await p.initialize();
  }

  it('getAuthStatus when signed out, with the env key, and after loginApiKey; logout deletes auth.json', async () => {
    await start();
    expect((await p.call('getAuthStatus', {})).result).toEqual({ preferredAuthMethod: 'chatgpt', requiresOpenaiAuth: true });
    expect((await p.call('loginApiKey', { apiKey: 'sk-test-key-123' })).result).toEqual({});
    const change = await p.waitFor((m) => m.method === 'codex/event/auth_status_change');
    expect(change.params).toEqual({ authMethod: 'apikey' });
    const file = path.join(p.codexHome, 'auth.json');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ OPENAI_API_KEY: 'sk-test-key-123', tokens: null, last_refresh: null });
    expect((await p.call('getAuthStatus', { includeToken: true })).result).toEqual({
      authMethod: 'apikey',
      preferredAuthMethod: 'chatgpt',
      authToken: 'sk-test-key-123',
      requiresOpenaiAuth: true,
    });
    const logoutId = p.request('logoutChatGpt');
    const resp = await p.response(logoutId);
    expect(resp.result).toEqual({});
    const after = await p.waitFor((m) => m.method === 'codex/event/auth_status_change' && m.params.authMethod === undefined);
    expect(p.messages.indexOf(resp)).toBeLessThan(p.messages.indexOf(after));
    expect(fs.existsSync(file)).toBe(false);
    expect((await p.call('getAuthStatus', { includeToken: true })).result).toEqual({ preferredAuthMethod: 'chatgpt', requiresOpenaiAuth: true });
    // The key never reaches the logs.
    expect(p.stderr).not.toContain('sk-test-key-123');
    const bad = await p.call('loginApiKey', {});
    expect(bad.error).toMatchObject({ code: -32602, message: expect.stringContaining('apiKey') });
  });

  it('-c preferred_auth_method=apikey on the command line wins over config.toml', async () => {
    await start({ configToml: authProviderToml(mock, 'preferred_auth_method = "chatgpt"'), args: ['-c', 'preferred_auth_method=apikey'] });
    expect((await p.call('getAuthStatus', {})).result.preferredAuthMethod).toBe('apikey');
  });

  it('a full ChatGPT login against a local issuer', async () => {
    await start();
    const res = await p.call('loginChatGpt');
    const { loginId, authUrl } = res.result;
    const url = new URL(authUrl);
    expect(url.origin + url.pathname).toBe(`${issuer.url}/oauth/authorize`);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('client_id')).toBe('app_EMoamEEZ73f0CkXaXp7hrann');
    const redirect = new URL(url.searchParams.get('redirect_uri')!);
    const state = url.searchParams.get('state')!;
    const wrong = await fetch(`http://127.0.0.1:${redirect.port}/auth/callback?code=abc&state=wrong`);
    expect(wrong.status).toBe(400);
    const ok = await fetch(`http://127.0.0.1:${redirect.port}/auth/callback?code=the-code&state=${state}`);
    expect(ok.status).toBe(200);
    const done = await p.waitFor((m) => m.method === 'codex/event/login_chat_gpt_complete');
    expect(done.params).toEqual({ loginId, success: true });
    expect(issuer.count('authorization_code')).toBe(1);
    expect((await p.call('getAuthStatus', {})).result.authMethod).toBe('chatgpt');
    expect((await p.call('userInfo')).result).toEqual({ allegedUserEmail: 'user@example.com' });
    expect(fs.statSync(path.join(p.codexHome, 'auth.json')).mode & 0o777).toBe(0o600);
  });

  it('cancelLoginChatGpt answers {} then reports the login as not completed; unknown ids are -32600', async () => {
    await start();
    const { loginId } = (await p.call('loginChatGpt')).result;
    expect((await p.call('cancelLoginChatGpt', { loginId })).result).toEqual({});
    const done = await p.waitFor((m) => m.method === 'codex/event/login_chat_gpt_complete');
    expect(done.params).toEqual({ loginId, success: false, error: 'Login server error: Login was not completed' });
    const unknown = await p.call('cancelLoginChatGpt', { loginId: 'nope' });
    expect(unknown.error).toEqual({ code: -32600, message: 'login id not found: nope' });
  });

  it('a 401 from the model triggers one token refresh and the retried request succeeds', async () => {
    await start({ before: (home) => writeChatGptAuth(home) });
    mock.enqueue(reply.error(401, { error: { message: 'expired' } }), reply.text('refreshed ok'));
    const res = await p.call('tools/call', { name: 'codex', arguments: { prompt: 'x', cwd: tmpdir() } });
    expect(res.result.content[0].text).toBe('refreshed ok');
    expect(issuer.count('refresh_token')).toBe(1);
    expect(mock.requests[0].headers.authorization).toBe('Bearer old-access-token');
    expect(mock.requests[1].headers.authorization).not.toBe('Bearer old-access-token');
    expect(mock.requests[1].headers['chatgpt-account-id']).toBe('acct-123');
    const saved = JSON.parse(fs.readFileSync(path.join(p.codexHome, 'auth.json'), 'utf8'));
    expect(saved.tokens.access_token).not.toBe('old-access-token');
  });

  it('logout during a conversation makes its next model request fail with a clear not-signed-in error', async () => {
    await start({ before: (home) => fs.writeFileSync(path.join(home, 'auth.json'), JSON.stringify({ OPENAI_API_KEY: 'sk-live-key-1' })) });
    const conv = (await p.call('newConversation', { cwd: tmpdir() })).result;
    await p.call('addConversationListener', { conversationId: conv.conversationId });
    mock.enqueue(reply.text('signed in'));
    await p.call('sendUserMessage', { conversationId: conv.conversationId, items: [{ type: 'text', data: { text: 'a' } }] });
    await p.waitFor((m) => m.method === 'codex/event/task_complete');
    expect(mock.requests[0].headers.authorization).toBe('Bearer sk-live-key-1');
    await p.call('logoutChatGpt');
    await p.call('sendUserMessage', { conversationId: conv.conversationId, items: [{ type: 'text', data: { text: 'b' } }] });
    const err = await p.waitFor((m) => m.method === 'codex/event/error');
    expect(err.params.msg.message).toMatch(/not signed in/i);
    expect(mock.requests).toHaveLength(1);
  });
});
