import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../support/cli-run';

describe('--listen and the HTTP flags', () => {
  it.each([
    [['--listen', 'https://127.0.0.1:1'], 'only http:// is supported'],
    [['--listen', 'not a url'], 'expected "stdio" or http://HOST:PORT'],
    [['--listen', 'http://0.0.0.0:0'], 'listening beyond loopback needs --auth-token-file'],
    [['--listen', 'http://127.0.0.1:0', '--auth-token-file', '/nonexistent/token'], '--auth-token-file: cannot read'],
    [['--listen', 'http://127.0.0.1:0', '--session-timeout', '-1'], '--session-timeout: expected a positive number'],
  ])('%j is refused with exit status 2 before anything listens', async (args, message) => {
    const r = await runCli(args, { env: { CODEX_HOME: fs.mkdtempSync(path.join(os.tmpdir(), 'codex-home-')) } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toContain('listening on');
  });

  it('a token shorter than 16 characters is refused', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 't-')), 'token');
    fs.writeFileSync(file, 'short\n');
    const r = await runCli(['--listen', 'http://127.0.0.1:0', '--auth-token-file', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('at least 16 characters');
  });
});
