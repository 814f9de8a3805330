import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../support/cli-run';

/** A provider table whose base URL is `url`, needing no credentials. */
function providerToml(url: string): string {
  return ['model_provider = "local"', '[model_providers.local]', `base_url = "${url}"`, 'wire_api = "chat"', ''].join('\n');
}

/** A port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('codex-mcp-server doctor', () => {
  let home: string;
  let env: Record<string, string | undefined>;
  beforeEach(() => {
    home = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'codex-home-')));
    fs.chmodSync(home, 0o700);
    env = { CODEX_HOME: home, OPENAI_API_KEY: 'sk-doctor-test' };
  });

  it('everything in order: ✓ on every line, the provider answered, exit 0', async () => {
    const seen: string[] = [];
    const provider = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"data":[]}');
    });
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/v1`;
    fs.writeFileSync(path.join(home, 'config.toml'), providerToml(url));
    try {
      const r = await runCli(['doctor'], { env });
      expect(r.stdout).toMatch(/^✓ Node\.js: /m);
      expect(r.stdout).toMatch(/^✓ CODEX_HOME: /m);
      expect(r.stdout).toMatch(/^✓ config\.toml: .* loads$/m);
      expect(r.stdout).toMatch(/^✓ credentials: provider local needs no credentials$/m);
      expect(r.stdout).toContain(`✓ provider: local at ${url} answers (HTTP 200)`);
      expect(r.stdout).toMatch(/^✓ MCP handshake: codex-mcp-server .* \(codex, codex-reply\) and exited when stdin closed$/m);
      expect(seen).toEqual(['GET /v1/models']);
      if (r.stdout.includes('✓ sandbox:')) {
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('Everything needed to serve MCP works here.');
      } else {
        expect(process.env.CI).toBeFalsy(); // CI has bubblewrap
      }
    } finally {
      provider.close();
    }
  });

  it('a broken config.toml: ✗ with file:line:col and a fix, exit 1', async () => {
    const file = path.join(home, 'config.toml');
    fs.writeFileSync(file, 'model = "o3"\napproval_policy = never\n');
    const r = await runCli(['doctor', '--offline'], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^✗ config\\.toml: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:\\d+: `, 'm'));
    expect(r.stdout).toMatch(/^ {4}fix: correct line 2 of /m);
    expect(r.stdout).toContain('- provider: skipped (--offline)');
    expect(r.stderr).toContain('block');
    expect(r.stderr).toContain('config.toml');
  });

  it('no bubblewrap on PATH: ✗ sandbox with the package to install, exit 1', async () => {
    const emptyPath = fs.mkdtempSync(path.join(os.tmpdir(), 'no-bwrap-'));
    const r = await runCli(['doctor', '--offline'], { env: { ...env, PATH: emptyPath } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ sandbox: bubblewrap (bwrap) is not on PATH: sandboxed commands cannot run');
    expect(r.stdout).toContain('fix: install bubblewrap (apt-get install bubblewrap');
    expect(r.stdout).toMatch(/^! setpriv: setpriv is not on PATH/m);
    // The rest still ran: the handshake of this binary works without bwrap.
    expect(r.stdout).toMatch(/^✓ MCP handshake: /m);
    expect(r.stderr).toMatch(/block.*sandbox/);
  });

  it('an unreachable provider: ✗ provider with what to check, exit 1; --offline skips it', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/v1`;
    fs.writeFileSync(path.join(home, 'config.toml'), providerToml(url));
    const r = await runCli(['doctor'], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`✗ provider: local at ${url} is unreachable: ECONNREFUSED`);
    expect(r.stdout).toContain('--offline skips this check');
    expect(r.stderr).toMatch(/block.*provider/);
  });

  it('signed out with the OpenAI provider: ✗ credentials naming both ways to sign in', async () => {
    const r = await runCli(['doctor', '--offline'], { env: { ...env, OPENAI_API_KEY: undefined } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ credentials: not signed in');
    expect(r.stdout).toContain('`codex-mcp-server login`');
    expect(r.stdout).toContain('OPENAI_API_KEY');
  });
});
