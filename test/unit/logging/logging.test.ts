import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { redactSecrets } from '../../../src/logging/redact';
import { levelFromEnv, WinstonLoggerFactory } from '../../../src/logging/winston-logger-factory';
import { waitForFile } from '../../support/rollout-files';

describe('redactSecrets', () => {
  it.each([
    ['an OpenAI key', 'using key sk-abcdefghijkl now', 'using key [REDACTED] now'],
    ['a project key with - and _', 'sk-proj-Ab_12-cdEFghij', '[REDACTED]'],
    ['a bearer token, keeping the word Bearer', 'Authorization: Bearer abc.DEF-123_~+/=', 'Authorization: Bearer [REDACTED]'],
    ['a lowercase bearer token', 'authorization: bearer xyz987', 'authorization: bearer [REDACTED]'],
    ['a JWT', 'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl end', 'token [REDACTED] end'],
    ['every occurrence', 'sk-aaaaaaaaaa and sk-bbbbbbbbbb', '[REDACTED] and [REDACTED]'],
  ])('redacts %s', (_name, input, output) => {
    expect(redactSecrets(input)).toBe(output);
  });

  it('redacts the values of credential fields in JSON and keeps other fields', () => {
    const json = JSON.stringify({
      access_token: 'at-value',
      refresh_token: 'rt-value',
      id_token: 'it-value',
      OPENAI_API_KEY: 'key-value',
      apiKey: 'k2-value',
      authToken: 'k3-value',
      account_id: 'acct-1',
    });
    const out = redactSecrets(json);
    expect(JSON.parse(out)).toEqual({
      access_token: '[REDACTED]',
      refresh_token: '[REDACTED]',
      id_token: '[REDACTED]',
      OPENAI_API_KEY: '[REDACTED]',
      apiKey: '[REDACTED]',
      authToken: '[REDACTED]',
      account_id: 'acct-1',
    });
  });

  it('redacts JSON fields written with spaces around the colon', () => {
    expect(redactSecrets('{"refresh_token" : "abc"}')).toBe('{"refresh_token" : "[REDACTED]"}');
  });

  it('leaves ordinary text alone', () => {
    const text = 'ran `git status` in /work (exit 0); model gpt-5; 3 tokens';
    expect(redactSecrets(text)).toBe(text);
  });
});

describe('levelFromEnv', () => {
  it.each<[string, NodeJS.ProcessEnv, string]>([
    ['nothing set', {}, 'info'],
    ['RUST_LOG=debug', { RUST_LOG: 'debug' }, 'debug'],
    ['RUST_LOG=warn', { RUST_LOG: 'warn' }, 'warn'],
    ['RUST_LOG=error', { RUST_LOG: 'error' }, 'error'],
    ['uppercase', { RUST_LOG: 'DEBUG' }, 'debug'],
    ['trace folds to debug', { RUST_LOG: 'trace' }, 'debug'],
    ['a target directive', { RUST_LOG: 'codex=debug' }, 'debug'],
    ['a module-path target directive', { RUST_LOG: 'codex_core::exec=trace' }, 'debug'],
    // A codex directive applies to us whatever the global default.
    ['a target directive followed by a default', { RUST_LOG: 'codex=debug,info' }, 'debug'],
    ['another crate directive does not', { RUST_LOG: 'warn,hyper=debug' }, 'warn'],
    ['a default followed by a target directive', { RUST_LOG: 'info,codex=debug' }, 'debug'],
    ['CODEX_MCP_LOG wins over RUST_LOG', { CODEX_MCP_LOG: 'warn', RUST_LOG: 'debug' }, 'warn'],
    ['CODEX_MCP_LOG alone', { CODEX_MCP_LOG: 'error' }, 'error'],
    ['an unknown level', { RUST_LOG: 'verbose' }, 'info'],
    ['off', { RUST_LOG: 'off' }, 'info'],
    ['an unknown level in a directive', { RUST_LOG: 'codex=loud' }, 'info'],
  ])('%s', (_name, env, level) => {
    expect(levelFromEnv(env)).toBe(level);
  });
});

describe('WinstonLoggerFactory', () => {
  let dir: string;
  let stdoutWrite: jest.SpyInstance;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'logging-test-'));
    stdoutWrite = jest.spyOn(process.stdout, 'write');
  });
  afterEach(() => {
    stdoutWrite.mockRestore();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const stdoutText = () => stdoutWrite.mock.calls.map((c: unknown[]) => String(c[0])).join('');

  it('writes redacted lines to the file, tagged with level and component, never to stdout', async () => {
    const file = path.join(dir, 'server.log');
    const log = new WinstonLoggerFactory({ file, level: 'info' }).get('auth');
    log.info('login with sk-abcdefghijkl done', { header: 'Bearer tok123xyz', body: { access_token: 'zzz-secret' } });
    const text = await waitForFile(file, (t) => t.includes('login with'));
    expect(text).toContain('[REDACTED]');
    expect(text).not.toContain('sk-abcdefghijkl');
    expect(text).not.toContain('tok123xyz');
    expect(text).not.toContain('zzz-secret');
    expect(text).toMatch(/INFO \[auth\] login with \[REDACTED\] done/);
    expect(stdoutText()).not.toContain('login with');
  });

  it('drops messages below the level and follows setLevel', async () => {
    const file = path.join(dir, 'levels.log');
    const factory = new WinstonLoggerFactory({ file, level: 'warn' });
    const log = factory.get('c');
    log.info('hidden-info');
    log.warn('shown-warn');
    factory.setLevel('debug');
    log.debug('shown-debug');
    factory.setLevel('notice'); // an MCP level: folds onto info
    log.debug('hidden-debug');
    factory.setLevel('bogus'); // ignored: stays at info
    log.info('shown-info');
    const text = await waitForFile(file, (t) => t.includes('shown-info'));
    expect(text).toContain('shown-warn');
    expect(text).toContain('shown-debug');
    expect(text).not.toContain('hidden-info');
    expect(text).not.toContain('hidden-debug');
  });

  it('writes to stderr when no file is given, never to stdout', async () => {
    const written: string[] = [];
    let wrote!: () => void;
    const ours = new Promise<void>((resolve) => (wrote = resolve));
    const stderrWrite = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      if (String(chunk).includes('to-stderr')) wrote();
      return true;
    });
    try {
      new WinstonLoggerFactory({ level: 'info' }).get('x').info('to-stderr sk-abcdefghijkl');
      await ours;
    } finally {
      stderrWrite.mockRestore();
    }
    const line = written.find((w) => w.includes('to-stderr'));
    expect(line).toBeDefined();
    expect(line).toContain('[REDACTED]');
    expect(line).not.toContain('sk-abcdefghijkl');
    expect(stdoutText()).not.toContain('to-stderr');
  });
});
