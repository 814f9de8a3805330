import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AcpProcess } from '../../support/acp-process';
import { authProviderToml } from '../../support/auth-provider-toml';
import { MockIssuer } from '../../support/mock-issuer';
import { MockModelServer, reply } from '../../support/mock-model-server';

describe('ACP authenticate', () => {
  let issuer: MockIssuer;
  let mock: MockModelServer;
  let agent: AcpProcess | undefined;
  beforeEach(async () => {
    issuer = await MockIssuer.start();
    mock = await MockModelServer.start();
  });
  afterEach(async () => {
    await agent?.stop();
    await issuer.close();
    await mock.close();
  });

  it('chatgpt: starts the login, answers when the browser flow completes, then prompts use the ChatGPT token', async () => {
    agent = AcpProcess.start({ configToml: authProviderToml(mock), env: { CODEX_AUTH_ISSUER: issuer.url, CODEX_LOGIN_PORT: '0' } });
    const init = await agent.initialize();
    expect(init.authMethods?.map((m) => m.id)).toContain('chatgpt');
    const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'acp-work-'));
    await expect(agent.agent.request('session/new', { cwd: workdir, mcpServers: [] })).rejects.toMatchObject({ code: -32000 });

    const authenticated = agent.agent.request('authenticate', { methodId: 'chatgpt' });
    const urlOf = () => /open this URL to sign in with ChatGPT: (\S+)/.exec(agent!.stderr)?.[1];
    await agent.waitFor(() => urlOf() !== undefined, 'the login URL on stderr');
    // What the user's browser does: the issuer redirects to the local callback with the code.
    const url = new URL(urlOf()!.replace(/["',}]+$/, ''));
    const redirect = new URL(url.searchParams.get('redirect_uri')!);
    const callback = await fetch(`http://127.0.0.1:${redirect.port}/auth/callback?code=the-code&state=${url.searchParams.get('state')}`);
    expect(callback.status).toBe(200);
    await expect(authenticated).resolves.toEqual({});
    expect(issuer.count('authorization_code')).toBe(1);

    mock.enqueue(reply.text('signed in'));
    const { sessionId } = await agent.agent.request('session/new', { cwd: workdir, mcpServers: [] });
    await expect(agent.prompt(sessionId, 'hi')).resolves.toEqual({ stopReason: 'end_turn' });
    expect(String(mock.requests.at(-1)!.headers.authorization)).toMatch(/^Bearer /);
  });
});
