import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  AuthFileError,
  deleteAuthFile,
  parseAuthJson,
  readAuthFile,
  readAuthFileSync,
  writeAuthFile,
} from '../../../src/auth/auth-store';
import { makeTempHome } from './auth-fixtures';

const mode = (p: string) => fs.statSync(p).mode & 0o777;

describe('auth.json store', () => {
  let home: string;
  beforeEach(() => {
    home = makeTempHome();
  });

  test('reads the full shape Codex writes', async () => {
    const data = {
      OPENAI_API_KEY: null,
      tokens: { id_token: 'a.b.c', access_token: 'at', refresh_token: 'rt', account_id: 'acct' },
      last_refresh: '2025-08-06T20:41:36.232376Z',
    };
    fs.writeFileSync(path.join(home, 'auth.json'), JSON.stringify(data, null, 2));
    const snap = await readAuthFile(home);
    expect(snap.data).toEqual(data);
    expect(snap.signature).not.toBe('absent');
    expect(readAuthFileSync(home).data).toEqual(data);
  });

  test('accepts the minimal {"OPENAI_API_KEY": …} file', () => {
    expect(parseAuthJson('{"OPENAI_API_KEY":"sk-test-key"}')).toEqual({ OPENAI_API_KEY: 'sk-test-key' });
  });

  test('a missing file reads as absent', async () => {
    expect(await readAuthFile(home)).toEqual({ signature: 'absent' });
  });

  test('writes pretty JSON with mode 0600, leaves no temp file, replaces the old file', async () => {
    fs.writeFileSync(path.join(home, 'auth.json'), '{"OPENAI_API_KEY":"old"}', { mode: 0o644 });
    await writeAuthFile(home, { OPENAI_API_KEY: 'sk-new', tokens: null, last_refresh: null });
    const file = path.join(home, 'auth.json');
    expect(fs.readFileSync(file, 'utf8')).toBe('{\n  "OPENAI_API_KEY": "sk-new",\n  "tokens": null,\n  "last_refresh": null\n}');
    expect(mode(file)).toBe(0o600);
    expect(fs.readdirSync(home)).toEqual(['auth.json']);
  });

  test('creates a missing CODEX_HOME with mode 0700', async () => {
    const nested = path.join(home, 'sub', 'codex');
    await writeAuthFile(nested, { OPENAI_API_KEY: 'sk-x' });
    expect(mode(nested)).toBe(0o700);
    expect(mode(path.join(nested, 'auth.json'))).toBe(0o600);
  });

  test('a failed write removes its temp file and keeps the old auth.json', async () => {
    fs.writeFileSync(path.join(home, 'auth.json'), '{"OPENAI_API_KEY":"keep"}');
    // A directory in the way of the rename target makes rename fail after the temp file exists.
    const blocked = path.join(home, 'blocked');
    fs.mkdirSync(path.join(blocked, 'auth.json'), { recursive: true });
    await expect(writeAuthFile(blocked, { OPENAI_API_KEY: 'sk-y' })).rejects.toThrow();
    expect(fs.readdirSync(blocked)).toEqual(['auth.json']);
    expect(fs.readFileSync(path.join(home, 'auth.json'), 'utf8')).toBe('{"OPENAI_API_KEY":"keep"}');
  });

  test('a corrupt file gives a clear error without its contents and is left untouched', async () => {
    const text = '{"OPENAI_API_KEY": "sk-secret-value-123" oops';
    const file = path.join(home, 'auth.json');
    fs.writeFileSync(file, text);
    const err = await readAuthFile(home).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthFileError);
    expect((err as Error).message).toMatch(/^auth\.json is not valid JSON: /);
    expect((err as Error).message).not.toContain('sk-secret');
    expect(() => readAuthFileSync(home)).toThrow(/auth\.json is not valid JSON/);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  test('rejects wrong shapes with the field named', () => {
    expect(() => parseAuthJson('[]')).toThrow('auth.json is not valid: expected a JSON object');
    expect(() => parseAuthJson('{"OPENAI_API_KEY": 5}')).toThrow('"OPENAI_API_KEY" must be a string or null');
    expect(() => parseAuthJson('{"tokens": {"id_token": "x", "access_token": "y"}}')).toThrow(
      '"tokens.refresh_token" must be a string',
    );
  });

  test('delete is idempotent', async () => {
    await writeAuthFile(home, { OPENAI_API_KEY: 'sk-x' });
    expect(await deleteAuthFile(home)).toBe(true);
    expect(await deleteAuthFile(home)).toBe(false);
    expect(fs.existsSync(path.join(home, 'auth.json'))).toBe(false);
  });
});
