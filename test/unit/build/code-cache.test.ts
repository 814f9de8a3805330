import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { asciiOnly, shippedFile } from '../../../src/build/bundle';

// A small application run through the real prelude in a child process: it prints the code-cache
// status of its start and a value computed by its own code.
const APP = 'const f = (n) => (n < 2 ? n : f(n - 1) + f(n - 2)); process.stdout.write(String(globalThis.__codexMcpCodeCache) + " " + f(15) + " " + (require.main === module));';

let dir: string;
let cacheDir: string;
let entry: string;

function start(env: Record<string, string> = {}): { status: string; value: string; main: string } {
  const res = spawnSync(process.execPath, [entry], { env: { ...process.env, CODEX_MCP_CODE_CACHE_DIR: cacheDir, ...env }, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`exit ${res.status}: ${res.stderr}`);
  const [status, value, main] = res.stdout.split(' ');
  return { status, value, main };
}

function cacheFiles(): string[] {
  return fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).filter((f) => f.endsWith('.v8cache')) : [];
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'code-cache-'));
  cacheDir = path.join(dir, 'cache');
  entry = path.join(dir, 'app.js');
  fs.writeFileSync(entry, shippedFile(APP));
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the shipped file', () => {
  test('is pure ASCII and runs the application as the main module', () => {
    const text = fs.readFileSync(entry, 'utf8');
    expect([...text].every((c) => c.charCodeAt(0) < 128)).toBe(true);
    expect(start()).toEqual({ status: 'miss', value: '610', main: 'true' });
  });

  test('keeps every comment end, regex and string of the application as they were, cached or not', () => {
    const app = 'const re = /a*/g; const s = "x*/y"; /* c */ process.stdout.write(String(globalThis.__codexMcpCodeCache) + " " + ("aa".match(re).length + s + `*/`) + " x");';
    fs.writeFileSync(entry, shippedFile(app));
    expect(start()).toEqual({ status: 'miss', value: '2x*/y*/', main: 'x' });
    expect(start()).toEqual({ status: 'hit', value: '2x*/y*/', main: 'x' });
  });

  test('takes the application from the text Node compiled, not from the file again', () => {
    // Piped to Node's stdin there is no file to read back: the module is `[stdin]`.
    const res = spawnSync(process.execPath, ['-'], { input: fs.readFileSync(entry), env: { ...process.env, CODEX_MCP_CODE_CACHE: 'off' }, encoding: 'utf8' });
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('off 610 false');
  });

  test.each(['--pending-deprecation', '--throw-deprecation'])('checks the cache quietly under %s', (flag) => {
    const run = () => spawnSync(process.execPath, [flag, entry], { env: { ...process.env, CODEX_MCP_CODE_CACHE_DIR: cacheDir }, encoding: 'utf8' });
    const first = run();
    const second = run();
    expect([first.stderr, first.stdout]).toEqual(['', 'miss 610 true']);
    expect([second.stderr, second.stdout]).toEqual(['', 'hit 610 true']);
  });

  test('ships the application without comment ends, so its comment is the source as it is', () => {
    const text = shippedFile('const s = "*/"; /* note */ module.exports = s;');
    const body = text.slice(text.indexOf('application\n'), text.lastIndexOf('*/'));
    expect(body).not.toContain('*/');
    expect(body).toContain('"*\\/"');
  });

  test('asciiOnly escapes non-ASCII units so strings and regexes keep their meaning', () => {
    const code = 'module.exports = ["é→😀", /[à-ÿ]/.test("ç")];';
    const escaped = asciiOnly(code);
    expect(escaped).toMatch(/^[\x20-\x7e]*$/);
    const m = { exports: [] as unknown[] };
    new Function('module', escaped)(m);
    expect(m.exports).toEqual(['é→😀', true]);
  });

  test('asciiOnly refuses a non-ASCII character behind a backslash', () => {
    expect(() => asciiOnly('"\\é"')).toThrow(/after a backslash/);
    expect(asciiOnly('"\\\\é"')).toBe('"\\\\\\u00e9"');
  });
});

describe('the code cache', () => {
  test('the first start writes it (0600 in a 0700 directory), the second uses it', () => {
    expect(start().status).toBe('miss');
    expect(cacheFiles()).toHaveLength(1);
    expect(fs.statSync(cacheDir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(cacheDir, cacheFiles()[0])).mode & 0o777).toBe(0o600);
    expect(start()).toEqual({ status: 'hit', value: '610', main: 'true' });
  });

  test('a damaged cache is noticed, not run, and replaced', () => {
    start();
    const file = path.join(cacheDir, cacheFiles()[0]);
    const data = fs.readFileSync(file);
    data[data.length >> 1] ^= 0xff;
    fs.writeFileSync(file, data);
    expect(start()).toEqual({ status: 'corrupt', value: '610', main: 'true' });
    expect(start().status).toBe('hit');
    fs.truncateSync(file, 100);
    expect(start().status).toBe('corrupt');
  });

  test('data V8 does not accept is rejected and rewritten', () => {
    start();
    const file = path.join(cacheDir, cacheFiles()[0]);
    const junk = Buffer.alloc(4096, 7);
    const header = Buffer.alloc(4);
    header.writeUInt32LE((zlib as unknown as { crc32(b: Buffer): number }).crc32(junk), 0);
    fs.writeFileSync(file, Buffer.concat([header, junk]));
    expect(start()).toEqual({ status: 'rejected', value: '610', main: 'true' });
    expect(start().status).toBe('hit');
  });

  test('a directory others can write to is not used', () => {
    fs.mkdirSync(cacheDir, { mode: 0o700 });
    fs.chmodSync(cacheDir, 0o777);
    expect(start().status).toBe('unsafe');
    expect(cacheFiles()).toEqual([]);
  });

  test('a cache file others can write to is not run', () => {
    start();
    const file = path.join(cacheDir, cacheFiles()[0]);
    fs.chmodSync(file, 0o666);
    expect(start().status).toBe('corrupt');
  });

  test('a symlink planted as the cache file is neither followed nor written through', () => {
    start();
    const file = path.join(cacheDir, cacheFiles()[0]);
    const target = path.join(dir, 'elsewhere');
    fs.writeFileSync(target, 'precious');
    fs.rmSync(file);
    fs.symlinkSync(target, file);
    expect(start().status).toBe('miss');
    expect(fs.readFileSync(target, 'utf8')).toBe('precious');
    expect(fs.lstatSync(file).isSymbolicLink()).toBe(false);
    expect(start().status).toBe('hit');
  });

  test('by default it lives in CODEX_HOME/cache, beside the config', () => {
    const home = path.join(dir, 'home');
    expect(start({ CODEX_MCP_CODE_CACHE_DIR: '', CODEX_HOME: home }).status).toBe('miss');
    expect(fs.readdirSync(path.join(home, 'cache')).filter((f) => f.endsWith('.v8cache'))).toHaveLength(1);
    expect(start({ CODEX_MCP_CODE_CACHE_DIR: '', CODEX_HOME: home }).status).toBe('hit');
  });

  test('CODEX_MCP_CODE_CACHE=off neither reads nor writes', () => {
    expect(start({ CODEX_MCP_CODE_CACHE: 'off' }).status).toBe('off');
    expect(fs.existsSync(cacheDir)).toBe(false);
  });
});
