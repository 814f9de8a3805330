/**
 * Small helpers that reproduce the Rust standard library's string semantics the reference
 * implementation relies on, so that trimming, line splitting and error texts match it exactly.
 */
import * as os from 'node:os';

/** Rust's `char::is_whitespace` (Unicode White_Space); JS `trim()` differs on U+0085 and U+FEFF. */
const WS = '\\t\\n\\v\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
const LEADING_WS = new RegExp(`^[${WS}]+`);
const TRAILING_WS = new RegExp(`[${WS}]+$`);

/** `str::trim`. */
export function rustTrim(s: string): string {
  return rustTrimEnd(s).replace(LEADING_WS, '');
}

/** `str::trim_start`. */
export function rustTrimStart(s: string): string {
  return s.replace(LEADING_WS, '');
}

/** `str::trim_end`. */
export function rustTrimEnd(s: string): string {
  return s.replace(TRAILING_WS, '');
}

/** `str::lines`: split on `\n`, dropping one `\r` before it; no empty line after a final `\n`. */
export function rustLines(s: string): string[] {
  if (s === '') return [];
  const parts = s.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts.map((line, i) => (i < parts.length - 1 || s.endsWith('\n')) && line.endsWith('\r') ? line.slice(0, -1) : line);
}

// Characters Rust's `{:?}` escapes as `\u{..}`: controls, format/private/unassigned code points,
// separators other than the ASCII space, and combining (grapheme-extending) marks.
const DEBUG_ESCAPED = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Mn}\p{Me}]|(?! )\p{Zs}/u;

/** `format!("{:?}", s)` for a `&str` (quoted, escaped). */
export function rustDebugString(s: string): string {
  let out = '"';
  for (const ch of s) {
    switch (ch) {
      case '\t': out += '\\t'; break;
      case '\r': out += '\\r'; break;
      case '\n': out += '\\n'; break;
      case '"': out += '\\"'; break;
      case '\\': out += '\\\\'; break;
      case '\0': out += '\\0'; break;
      default:
        out += DEBUG_ESCAPED.test(ch) ? `\\u{${ch.codePointAt(0)!.toString(16)}}` : ch;
    }
  }
  return out + '"';
}

/** `format!("{:?}", vec_of_strings)`. */
export function rustDebugStringVec(items: readonly string[]): string {
  return `[${items.map(rustDebugString).join(', ')}]`;
}

// glibc's strerror texts, which Rust's `io::Error` Display uses on Linux.
const STRERROR: Record<string, string> = {
  EPERM: 'Operation not permitted',
  ENOENT: 'No such file or directory',
  EIO: 'Input/output error',
  EACCES: 'Permission denied',
  EBUSY: 'Device or resource busy',
  EEXIST: 'File exists',
  EXDEV: 'Invalid cross-device link',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EINVAL: 'Invalid argument',
  EMFILE: 'Too many open files',
  ENOSPC: 'No space left on device',
  EROFS: 'Read-only file system',
  ENAMETOOLONG: 'File name too long',
  ENOTEMPTY: 'Directory not empty',
  ELOOP: 'Too many levels of symbolic links',
};

/** An I/O error as Rust's `io::Error` Display prints it, e.g. `No such file or directory (os error 2)`. */
export function rustIoErrorMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  const errno = code ? (os.constants.errno as Record<string, number | undefined>)[code] : undefined;
  if (code && STRERROR[code] && errno !== undefined) return `${STRERROR[code]} (os error ${errno})`;
  if (e instanceof Error) return e.message;
  return String(err);
}
