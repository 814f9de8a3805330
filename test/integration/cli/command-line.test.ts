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
    expect(r.stdout).toMatch(/^Usage: codex-mcp-server \[options\] \[command\]/);
    for (const text of ['--config <key=value>', '--log-file <path>', 'CODEX_HOME', 'OPENAI_API_KEY', 'CODEX_MCP_LOG', 'CODEX_AUTH_ISSUER', 'CODEX_LOGIN_PORT']) {
      expect(r.stdout).toContain(text);
    }
    for (const command of ['login', 'logout', 'status', 'doctor']) expect(r.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it('the README shows the --help text exactly as it is', async () => {
    const r = await runCli(['--help']);
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    expect(readme).toContain(`\`\`\`\n${r.stdout}\`\`\``);
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
