import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../support/cli-run';

const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string };

describe('command line', () => {
  it('--version prints the version of package.json', async () => {
    const r = await runCli(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('--help lists the options and the environment variables', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: codex-mcp-server \[options\]/);
    for (const text of ['--config <key=value>', '--log-file <path>', 'CODEX_HOME', 'OPENAI_API_KEY', 'CODEX_MCP_LOG', 'CODEX_AUTH_ISSUER']) {
      expect(r.stdout).toContain(text);
    }
  });

  it('a malformed -c override exits with status 2 and says why', async () => {
    const r = await runCli(['-c', 'no-equals-sign']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Invalid override (missing '='): no-equals-sign");
    expect(r.stdout).toBe('');
  });

  it('an unknown argument is refused instead of starting the server', async () => {
    const r = await runCli(['serve-please']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/error: (unknown command|too many arguments)/);
  });
});
