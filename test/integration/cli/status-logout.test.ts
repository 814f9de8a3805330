import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../support/cli-run';
import { makeIdToken, makeJwt } from '../../support/mock-issuer';

const ACCESS = makeJwt({ kind: 'access', secret: 'access-secret-value' });
const REFRESH = 'rt_refresh_secret_value';

function writeChatGptAuth(home: string, apiKey: string | null = null): void {
  const auth = {
    OPENAI_API_KEY: apiKey,
    tokens: { id_token: makeIdToken({ email: 'ada@example.com', planType: 'pro', accountId: 'acct-9' }), access_token: ACCESS, refresh_token: REFRESH, account_id: 'acct-9' },
    last_refresh: new Date().toISOString(),
  };
  fs.writeFileSync(path.join(home, 'auth.json'), JSON.stringify(auth), { mode: 0o600 });
}

describe('codex-mcp-server status and logout', () => {
  let home: string;
  let env: Record<string, string | undefined>;
  beforeEach(() => {
    home = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'codex-home-')));
    env = { CODEX_HOME: home };
  });

  it('status --json: account from the id token (never a token), config file, profile, model, provider, policies, sandbox', async () => {
    writeChatGptAuth(home);
    fs.writeFileSync(
      path.join(home, 'config.toml'),
      ['profile = "fast"', 'approval_policy = "untrusted"', '[profiles.fast]', 'model = "o3"', 'approval_policy = "never"', ''].join('\n'),
    );
    const r = await runCli(['status', '--json', '-c', 'sandbox_mode="workspace-write"'], { env });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      codexHome: home,
      configFile: { path: path.join(home, 'config.toml'), exists: true },
      profile: 'fast',
      model: 'o3',
      modelProvider: { id: 'openai', wireApi: 'responses' },
      approvalPolicy: 'never',
      sandboxMode: 'workspace-write',
      auth: { signedIn: true, mode: 'chatgpt', source: 'auth.json', email: 'ada@example.com', plan: 'pro', authFile: path.join(home, 'auth.json') },
    });
    expect(typeof report.sandbox.works).toBe('boolean');
    expect(r.stdout).not.toContain(ACCESS);
    expect(r.stdout).not.toContain(REFRESH);
    expect(r.stdout).not.toContain('eyJ'); // no JWT at all, not even the id token
  });

  it('status in words, signed out: says how to sign in', async () => {
    const r = await runCli(['status'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^CODEX_HOME: +.+$/m);
    expect(r.stdout).toContain('not signed in (run `codex-mcp-server login` or set OPENAI_API_KEY)');
    expect(r.stdout).toMatch(/^model: +gpt-5$/m);
    expect(r.stdout).toMatch(/^sandbox mode: +read-only$/m);
  });

  it('status sees OPENAI_API_KEY from the environment', async () => {
    const r = await runCli(['status', '--json'], { env: { ...env, OPENAI_API_KEY: 'sk-env-key' } });
    expect(JSON.parse(r.stdout).auth).toMatchObject({ signedIn: true, mode: 'apikey', source: 'env' });
    expect(r.stdout).not.toContain('sk-env-key');
  });

  it('status with a broken config.toml exits 1 and names the file, line and column', async () => {
    fs.writeFileSync(path.join(home, 'config.toml'), 'model = "o3"\nmodel_provider = \n');
    const r = await runCli(['status', '--json'], { env });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).configError).toContain(`${path.join(home, 'config.toml')} at line 2`);
  });

  it('logout removes auth.json and says what it held; a second logout says there was nothing', async () => {
    writeChatGptAuth(home, 'sk-file-key');
    const r = await runCli(['logout'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Removed ${path.join(home, 'auth.json')} (the ChatGPT sign-in of ada@example.com and an API key).`);
    expect(fs.existsSync(path.join(home, 'auth.json'))).toBe(false);
    const again = await runCli(['logout'], { env: { ...env, OPENAI_API_KEY: 'sk-env' } });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Not signed in: ');
    expect(again.stdout).toContain('OPENAI_API_KEY is still set in this environment');
  });
});
