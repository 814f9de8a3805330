/**
 * The start of the shipped bundle: it compiles the application (held in a comment of the bundle)
 * with V8's code cache, so that a start after the first skips parsing and compiling what the
 * previous start ran. Node 22 offers the same through `module.enableCompileCache()`; Node 20 does
 * not, so this does it with `vm.Script`'s `cachedData`.
 *
 * `runBundle` is inlined into the bundle by its source text (bundle.ts), so it must not use
 * anything from outside its own body: modules come through the `req` it is given.
 *
 * The cache is code that V8 runs without checking it against the source. It lives in
 * `$CODEX_HOME/cache`, beside config.toml and auth.json: whoever can write there can already
 * change what the server does, and the sandbox keeps commands away from it as it does from the
 * config. It is used only from a directory that this user owns and nobody else can write to, from
 * files this user owns, and only when its CRC matches. Writes are atomic (temporary file, then
 * rename).
 */

/** What happened to the code cache on this start (logged at debug level by the server). */
export type CodeCacheStatus = 'hit' | 'miss' | 'rejected' | 'corrupt' | 'off' | 'unsafe';

/** The line that opens the comment holding the application in the shipped file (bundle.ts). */
export const APP_MARK = 'codex-mcp-server application';

/**
 * Where the prelude leaves the function writing the cache: `save('start')` once the first
 * request is answered (a start without a cache), `save('turn')` once a first turn has run (a
 * start whose cache does not hold one yet), so later starts compile neither path. Each writes
 * at most once, and never over a cache that already holds as much.
 */
export const CODE_CACHE_SAVE_KEY = '__codexMcpCodeCacheSave';

/** What a cache file holds: the start path, or the start path and a turn. */
export type CodeCacheStage = 'start' | 'turn';

/** Where the status of this start is left for the application to log. */
export const CODE_CACHE_STATUS_KEY = '__codexMcpCodeCache';

/**
 * Compile the application with the code cache and run it as the module `mod`. The application is
 * a CommonJS module body already wrapped as `(function (exports, require, module, __filename,
 * __dirname) {…})`, held in the comment after the `APP_MARK` line inside the body of `holder`
 * (bundle.ts). `key` names the cache file: a hash of the application, made at build time.
 */
export function runBundle(mod: NodeModule, req: NodeRequire, key: string, holder: () => void): CodeCacheStatus {
  const fs = req('node:fs') as typeof import('node:fs');
  const path = req('node:path') as typeof import('node:path');
  const vm = req('node:vm') as typeof import('node:vm');
  const os = req('node:os') as typeof import('node:os');
  const env = process.env;
  const crc32 = crc32Function();
  // The literal of APP_MARK (this body may not refer outside itself). The holder's text starts with
  // it; the application's own copy of this line holds `\n` as two characters, so it never matches.
  const mark = `\n/*${'codex-mcp-server'} application\n`;
  // The text of the file Node has already read: V8 returns a function's source as a slice of the
  // script's, without a copy, where reading the file again took a few ms a start.
  const text = Function.prototype.toString.call(holder);
  const start = text.indexOf(mark) + mark.length;
  const source = text.slice(start, text.lastIndexOf('*/'));
  const uid = typeof process.getuid === 'function' ? process.getuid() : -1;

  /**
   * CRC-32 as node:zlib computes it. Loading node:zlib's JavaScript costs 1.5-2 ms a start, so
   * this takes the native function that zlib.crc32 itself calls, and falls back to zlib.crc32
   * where the binding is missing or refused (--throw-deprecation), or would print a warning
   * (--pending-deprecation). Undefined on a Node without either.
   */
  function crc32Function(): ((data: Uint8Array) => number) | undefined {
    const warns = [...process.execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)].includes('--pending-deprecation');
    try {
      if (warns) throw new Error('process.binding would warn');
      const native = (process as unknown as { binding(name: string): { crc32?: (data: Uint8Array, value: number) => number } }).binding('zlib').crc32;
      if (typeof native === 'function' && native(new Uint8Array([1, 2, 3]), 0) === 0x55bc801d) return (data) => native(data, 0);
    } catch {
      // no such binding here: the public function below
    }
    const zlib = req('node:zlib') as typeof import('node:zlib') & { crc32?: (data: Uint8Array) => number };
    return typeof zlib.crc32 === 'function' ? (data) => zlib.crc32!(data) : undefined;
  }

  /** A directory of ours that nobody else can write to: made 0700 when missing. */
  function cacheDir(): string | undefined {
    if (env.CODEX_MCP_CODE_CACHE === 'off' || crc32 === undefined || uid < 0) return undefined;
    // CODEX_HOME as the config code finds it (config/codex-home.ts).
    const home = env.CODEX_HOME ? path.resolve(env.CODEX_HOME) : path.join(env.HOME || os.homedir(), '.codex');
    const dir = env.CODEX_MCP_CODE_CACHE_DIR ? path.resolve(env.CODEX_MCP_CODE_CACHE_DIR) : path.join(home, 'cache');
    try {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const st = fs.lstatSync(dir);
      if (!st.isDirectory() || st.uid !== uid || (st.mode & 0o022) !== 0) return '';
      return dir;
    } catch {
      return undefined;
    }
  }

  /**
   * The cached data when it is ours, intact and complete: 4 bytes CRC-32 of the rest, 1 byte
   * stage (0 start, 1 turn), then V8's data.
   */
  function readCache(file: string): { data: Buffer; stage: number } | 'corrupt' | undefined {
    let fd: number;
    try {
      fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
    } catch {
      return undefined;
    }
    try {
      const st = fs.fstatSync(fd);
      if (!st.isFile() || st.uid !== uid || (st.mode & 0o022) !== 0 || st.size < 5) return 'corrupt';
      const data = Buffer.allocUnsafe(st.size);
      let off = 0;
      while (off < data.length) {
        const n = fs.readSync(fd, data, off, data.length - off, off);
        if (n === 0) break;
        off += n;
      }
      const body = data.subarray(4, off);
      return off === data.length && crc32!(body) === data.readUInt32LE(0) ? { data: body.subarray(1), stage: body[0] } : 'corrupt';
    } catch {
      return 'corrupt';
    } finally {
      fs.closeSync(fd);
    }
  }

  function writeCache(file: string, stage: number, data: Buffer): void {
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      const body = Buffer.concat([Buffer.from([stage]), data]);
      const header = Buffer.alloc(4);
      header.writeUInt32LE(crc32!(body), 0);
      fs.writeFileSync(tmp, Buffer.concat([header, body]), { mode: 0o600, flag: 'wx' });
      fs.renameSync(tmp, file);
    } catch {
      try {
        fs.unlinkSync(tmp);
      } catch {
        // nothing was written
      }
    }
  }

  const dir = cacheDir();
  const file = dir ? path.join(dir, `${key}-${process.version}-${process.arch}.v8cache`) : undefined;
  const found = file ? readCache(file) : undefined;
  const cachedData = typeof found === 'object' ? found.data : undefined;
  const script = new vm.Script(source, { filename: mod.filename, cachedData });
  let status: CodeCacheStatus = dir === undefined ? 'off' : dir === '' ? 'unsafe' : found === 'corrupt' ? 'corrupt' : 'miss';
  if (cachedData) status = script.cachedDataRejected ? 'rejected' : 'hit';
  if (file) {
    // What the cache on disk holds: -1 nothing usable, 0 the start path, 1 a turn as well.
    let held = status === 'hit' && typeof found === 'object' ? Math.min(found.stage, 1) : -1;
    const save = (stage: CodeCacheStage = 'start') => {
      const wanted = stage === 'turn' ? 1 : 0;
      if (held >= wanted) return;
      held = wanted;
      writeCache(file, wanted, script.createCachedData());
    };
    if (held < 0) {
      // Later, so the cache also holds what the first request compiled: when the application
      // calls save('start') (after its first request), after 1 s, or at exit, whichever is first.
      setTimeout(save, 1000).unref();
      process.once('exit', () => save());
    }
    // The literal of CODE_CACHE_SAVE_KEY.
    (globalThis as Record<string, unknown>).__codexMcpCodeCacheSave = save;
  }
  // The literal of CODE_CACHE_STATUS_KEY: this body may not refer outside itself.
  (globalThis as Record<string, unknown>).__codexMcpCodeCache = status;
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(mod.exports, mod.exports, req, mod, mod.filename, path.dirname(mod.filename));
  return status;
}
