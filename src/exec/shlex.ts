/**
 * POSIX shell word quoting and splitting, matching the Rust `shlex` crate (1.3) that Codex uses:
 * `shlexJoin` is `shlex::try_join` (approval messages, `parsed_cmd[].cmd`), `shlexSplit` is
 * `shlex::split`.
 */
import { lexShell } from '../common/shell-lexer';

/** What Codex prints instead of a command whose arguments contain a NUL byte. */
export const NUL_COMMAND_PLACEHOLDER = '<command included NUL byte>';

const UNQUOTED_OK = 1;
const SINGLE_QUOTED_OK = 2;
const DOUBLE_QUOTED_OK = 4;

type Strategy = 'unquoted' | 'single' | 'double';

function unquotedOk(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || // 0-9
    (c >= 0x41 && c <= 0x5a) || // A-Z
    (c >= 0x61 && c <= 0x7a) || // a-z
    '+-./:@]_'.includes(String.fromCharCode(c))
  );
}

function singleQuotedOk(c: number): boolean {
  // `^` works around a bash history-expansion bug; `\` is banned for fish compatibility.
  return c !== 0x27 && c !== 0x5e && c !== 0x5c;
}

function doubleQuotedOk(c: number): boolean {
  return c !== 0x60 && c !== 0x24 && c !== 0x21 && c !== 0x5e; // ` $ ! ^
}

/** The longest prefix of `s` (from `start`) that one strategy can quote, and that strategy. */
function quotingStrategy(s: string, start: number): [number, Strategy] {
  let prevOk = UNQUOTED_OK | SINGLE_QUOTED_OK | DOUBLE_QUOTED_OK;
  let i = start;
  if (s.charCodeAt(i) === 0x5e) {
    prevOk = SINGLE_QUOTED_OK;
    i++;
  }
  while (i < s.length) {
    const c = s.charCodeAt(i);
    let curOk = prevOk;
    if (c >= 0x80) {
      // Non-ASCII is always quoted (see the crate's quoting_warning about U+00A0).
      curOk &= ~UNQUOTED_OK;
    } else {
      if (!unquotedOk(c)) curOk &= ~UNQUOTED_OK;
      if (!singleQuotedOk(c)) curOk &= ~SINGLE_QUOTED_OK;
      if (!doubleQuotedOk(c)) curOk &= ~DOUBLE_QUOTED_OK;
    }
    if (curOk === 0) break;
    prevOk = curOk;
    i++;
  }
  const strategy: Strategy =
    prevOk & UNQUOTED_OK ? 'unquoted' : prevOk & SINGLE_QUOTED_OK ? 'single' : 'double';
  return [i - start, strategy];
}

/** Quote one word; undefined when it contains a NUL byte. */
export function shlexTryQuote(word: string): string | undefined {
  if (word === '') return "''";
  if (word.includes('\0')) return undefined;
  let out = '';
  let pos = 0;
  while (pos < word.length) {
    const [len, strategy] = quotingStrategy(word, pos);
    const chunk = word.slice(pos, pos + len);
    if (pos === 0 && len === word.length && strategy === 'unquoted') return word;
    pos += len;
    if (strategy === 'unquoted') out += chunk;
    else if (strategy === 'single') out += `'${chunk}'`;
    else out += `"${chunk.replace(/[$`"\\]/g, (m) => '\\' + m)}"`;
  }
  return out;
}

/** `shlex::try_join`: undefined when any word contains a NUL byte. */
export function shlexTryJoin(argv: readonly string[]): string | undefined {
  const quoted: string[] = [];
  for (const word of argv) {
    const q = shlexTryQuote(word);
    if (q === undefined) return undefined;
    quoted.push(q);
  }
  return quoted.join(' ');
}

/** Shell-joined command for display; Codex's placeholder when a word contains a NUL byte. */
export function shlexJoin(argv: readonly string[]): string {
  return shlexTryJoin(argv) ?? NUL_COMMAND_PLACEHOLDER;
}

/**
 * `shlex::split`: POSIX-like word splitting with single quotes, double quotes, backslash escapes
 * and `#` comments at word starts. No expansions and no operators (`a;b` stays one word).
 * Returns undefined for unterminated quotes or a trailing backslash.
 */
export function shlexSplit(s: string): string[] | undefined {
  const tokens = lexShell(s, { operators: false });
  return tokens?.flatMap((t) => (t.kind === 'word' ? [t.value] : []));
}
