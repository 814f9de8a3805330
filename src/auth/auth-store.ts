/**
 * `$CODEX_HOME/auth.json`: reading (validated, never destructive), atomic 0600 writes, deletion.
 * Nothing here ever puts file contents into an error message: the file holds secrets.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { AuthDotJson } from './auth-types';
import { messageOf } from '../common/errors';

export const AUTH_FILE_NAME = 'auth.json';

/** auth.json exists but cannot be used (bad JSON or wrong shape). The file is left as it is. */
export class AuthFileError extends Error {
  override readonly name = 'AuthFileError';
}

/** What one read of auth.json saw. */
export interface AuthFileSnapshot {
  /** The parsed file, or undefined when it does not exist. */
  data?: AuthDotJson;
  /** Identifies the version read (inode, size, mtime); `absent` when there is no file. */
  signature: string;
}

export const ABSENT_SIGNATURE = 'absent';

export function authFilePath(codexHome: string): string {
  return path.join(codexHome, AUTH_FILE_NAME);
}

function signatureOf(st: fs.Stats): string {
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
}

function isNotFound(err: unknown): boolean {
  return (err as NodeJS.ErrnoException)?.code === 'ENOENT';
}

/** A JSON.parse message without the source excerpt V8 puts in it (which could be a key). */
function safeJsonError(err: unknown): string {
  const msg = messageOf(err);
  if (/end of JSON input/i.test(msg)) return 'unexpected end of input';
  const pos = /at position (\d+)/.exec(msg);
  return pos ? `syntax error at position ${pos[1]}` : 'syntax error';
}

function checkOptionalString(value: unknown, field: string): void {
  if (value !== undefined && value !== null && typeof value !== 'string') {
    throw new AuthFileError(`auth.json is not valid: "${field}" must be a string or null`);
  }
}

/** Parse and validate auth.json's text. Unknown fields are kept so a rewrite does not lose them. */
export function parseAuthJson(text: string): AuthDotJson {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new AuthFileError(`auth.json is not valid JSON: ${safeJsonError(err)}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new AuthFileError('auth.json is not valid: expected a JSON object');
  }
  const data = raw as Record<string, unknown>;
  checkOptionalString(data.OPENAI_API_KEY, 'OPENAI_API_KEY');
  checkOptionalString(data.last_refresh, 'last_refresh');
  const tokens = data.tokens;
  if (tokens !== undefined && tokens !== null) {
    if (typeof tokens !== 'object' || Array.isArray(tokens)) {
      throw new AuthFileError('auth.json is not valid: "tokens" must be an object or null');
    }
    const t = tokens as Record<string, unknown>;
    for (const field of ['id_token', 'access_token', 'refresh_token']) {
      if (typeof t[field] !== 'string') {
        throw new AuthFileError(`auth.json is not valid: "tokens.${field}" must be a string`);
      }
    }
    checkOptionalString(t.account_id, 'tokens.account_id');
  }
  return data as AuthDotJson;
}

/** Read auth.json. Missing file → `{signature: 'absent'}`; unusable file → AuthFileError. */
export async function readAuthFile(codexHome: string): Promise<AuthFileSnapshot> {
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(authFilePath(codexHome), 'r');
  } catch (err) {
    if (isNotFound(err)) return { signature: ABSENT_SIGNATURE };
    throw new AuthFileError(`cannot read auth.json: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  try {
    // fstat of the open handle: the signature matches exactly the bytes we read.
    const st = await handle.stat();
    const text = await handle.readFile('utf8');
    return { data: parseAuthJson(text), signature: signatureOf(st) };
  } finally {
    await handle.close();
  }
}

/** Synchronous twin of readAuthFile (for AuthManager.currentMode()). */
export function readAuthFileSync(codexHome: string): AuthFileSnapshot {
  let fd: number;
  try {
    fd = fs.openSync(authFilePath(codexHome), 'r');
  } catch (err) {
    if (isNotFound(err)) return { signature: ABSENT_SIGNATURE };
    throw new AuthFileError(`cannot read auth.json: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  try {
    const st = fs.fstatSync(fd);
    const text = fs.readFileSync(fd, 'utf8');
    return { data: parseAuthJson(text), signature: signatureOf(st) };
  } finally {
    fs.closeSync(fd);
  }
}

/** The signature of the file on disk now (a cheap stat), to decide whether a cached read is stale. */
export async function currentSignature(codexHome: string): Promise<string> {
  try {
    return signatureOf(await fsp.stat(authFilePath(codexHome)));
  } catch (err) {
    if (isNotFound(err)) return ABSENT_SIGNATURE;
    throw err;
  }
}

export function currentSignatureSync(codexHome: string): string {
  try {
    return signatureOf(fs.statSync(authFilePath(codexHome)));
  } catch (err) {
    if (isNotFound(err)) return ABSENT_SIGNATURE;
    throw err;
  }
}

/**
 * Replace auth.json atomically: a 0600 temp file in the same directory, fsync, rename.
 * Creates CODEX_HOME (0700) when missing. Returns the signature of the written file.
 */
export async function writeAuthFile(codexHome: string, data: AuthDotJson): Promise<string> {
  await fsp.mkdir(codexHome, { recursive: true, mode: 0o700 });
  const target = authFilePath(codexHome);
  const tmp = path.join(codexHome, `.${AUTH_FILE_NAME}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fsp.open(tmp, 'wx', 0o600);
  let renamed = false;
  try {
    try {
      await handle.chmod(0o600); // the umask cannot widen it, but be explicit
      await handle.writeFile(JSON.stringify(data, null, 2), 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.rename(tmp, target);
    renamed = true;
  } finally {
    if (!renamed) await fsp.rm(tmp, { force: true });
  }
  await syncDirectory(codexHome);
  return currentSignature(codexHome);
}

/** Make the rename durable; some filesystems refuse to fsync a directory, which is harmless. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(dir, 'r');
    await handle.sync();
  } catch {
    // best effort
  } finally {
    await handle?.close();
  }
}

/** Delete auth.json. Returns false when there was none. */
export async function deleteAuthFile(codexHome: string): Promise<boolean> {
  try {
    await fsp.unlink(authFilePath(codexHome));
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err;
  }
}
