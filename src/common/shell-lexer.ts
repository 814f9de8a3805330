/**
 * The one shell tokenizer. Words follow POSIX quoting (single quotes literal; in double quotes a
 * backslash escapes only `$`, `` ` ``, `"`, `\` and newline; outside quotes it escapes anything),
 * `#` at a word start comments out the rest of the line. With `operators` the control and
 * redirection operators split words (`a;b` is three tokens) and a newline is an operator; without
 * them (the Rust `shlex` crate's view) only blanks split and a newline is a blank.
 * No expansion is ever performed: a word that a shell would expand or glob is marked not `plain`.
 */

export type ShellToken =
  /** `value` is the word with its quotes and escapes removed; `raw` the text it came from. */
  | { kind: 'word'; value: string; raw: string; plain: boolean }
  | { kind: 'op'; value: string }
  | { kind: 'comment' };

/** Operators, longest first so `<<-` wins over `<<` and `<`. */
const OPERATORS = ['<<<', '<<-', '&&', '||', '|&', ';;', '<<', '>>', '<&', '>&', '<>', '>|', '\n', ';', '&', '|', '<', '>', '(', ')'];
const OPERATOR_START = new Set(OPERATORS.map((op) => op[0]));

/** Unquoted characters a shell would expand, glob or treat specially: their word is not plain. */
const UNQUOTED_SPECIAL = new Set(['$', '`', '{', '}', '*', '?', '[', ']', '!', '\\']);
/** Inside double quotes: expansions, escapes and history expansion. */
const DOUBLE_QUOTED_SPECIAL = new Set(['$', '`', '\\', '!']);
const DOUBLE_QUOTE_ESCAPABLE = new Set(['$', '`', '"', '\\']);

/** Tokenize `s`; undefined for an unterminated quote or a trailing backslash. */
export function lexShell(s: string, options: { operators: boolean }): ShellToken[] | undefined {
  const isBlank = (c: string) => c === ' ' || c === '\t' || (!options.operators && c === '\n');
  const isBoundary = (c: string) => isBlank(c) || (options.operators && OPERATOR_START.has(c));
  const tokens: ShellToken[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s[i];
    if (isBlank(c)) {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < n && s[i] !== '\n') i++;
      tokens.push({ kind: 'comment' });
      continue;
    }
    if (options.operators && OPERATOR_START.has(c)) {
      const op = OPERATORS.find((o) => s.startsWith(o, i)) as string;
      tokens.push({ kind: 'op', value: op });
      i += op.length;
      continue;
    }
    const start = i;
    let value = '';
    let plain = true;
    while (i < n && !isBoundary(s[i])) {
      const d = s[i++];
      if (d === "'") {
        const end = s.indexOf("'", i);
        if (end < 0) return undefined;
        value += s.slice(i, end);
        i = end + 1;
      } else if (d === '"') {
        let closed = false;
        while (i < n) {
          const e = s[i++];
          if (e === '"') {
            closed = true;
            break;
          }
          if (DOUBLE_QUOTED_SPECIAL.has(e)) plain = false;
          if (e !== '\\') {
            value += e;
            continue;
          }
          if (i >= n) return undefined;
          const escaped = s[i++];
          if (DOUBLE_QUOTE_ESCAPABLE.has(escaped)) value += escaped;
          else if (escaped !== '\n') value += '\\' + escaped;
        }
        if (!closed) return undefined;
      } else {
        if (UNQUOTED_SPECIAL.has(d)) plain = false;
        if (d !== '\\') {
          value += d;
          continue;
        }
        if (i >= n) return undefined;
        const escaped = s[i++];
        if (escaped !== '\n') value += escaped;
      }
    }
    tokens.push({ kind: 'word', value, raw: s.slice(start, i), plain });
  }
  return tokens;
}
