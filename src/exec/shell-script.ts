/**
 * A deliberately tiny reader for `bash -lc "<script>"` scripts: it accepts only plain words
 * (bare, 'single-quoted' or "double-quoted" without expansions) joined by `&&`, `||`, `;`, `|`
 * or newlines, and refuses everything else (redirections, subshells, `$…`, backticks, globs,
 * assignments, backgrounding, comments). Upstream does the same with a tree-sitter grammar; a
 * refusal here only means "not provably plain", never "unsafe to show".
 */

/** Shells whose `-c` / `-lc` script argument we look into. */
const SCRIPT_SHELLS = new Set(['bash', 'zsh', 'sh']);
const SCRIPT_FLAGS = new Set(['-c', '-lc']);

/** The script of `[bash|zsh|sh, -c|-lc, script]`, or undefined for any other shape. */
export function shellScriptOf(argv: readonly string[]): string | undefined {
  if (argv.length !== 3) return undefined;
  const [shell, flag, script] = argv;
  return SCRIPT_SHELLS.has(shell) && SCRIPT_FLAGS.has(flag) ? script : undefined;
}

type Token = { kind: 'word'; value: string; raw: string } | { kind: 'op'; value: string };

// Characters that change meaning when unquoted; any of them makes the script "not plain".
const UNQUOTED_REJECT = new Set(['<', '>', '(', ')', '$', '`', '{', '}', '*', '?', '[', ']', '!', '\\', '&']);

function tokenize(script: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  const n = script.length;
  while (i < n) {
    const c = script[i];
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '\n' || c === ';') {
      tokens.push({ kind: 'op', value: c });
      i++;
      continue;
    }
    if (c === '&' && script[i + 1] === '&') {
      tokens.push({ kind: 'op', value: '&&' });
      i += 2;
      continue;
    }
    if (c === '|') {
      if (script[i + 1] === '|') {
        tokens.push({ kind: 'op', value: '||' });
        i += 2;
      } else if (script[i + 1] === '&') {
        return undefined; // `|&` pipes stderr too: a redirection in disguise
      } else {
        tokens.push({ kind: 'op', value: '|' });
        i++;
      }
      continue;
    }
    if (c === '#') return undefined; // a comment at a word start
    // A word: runs until blank or operator character.
    let value = '';
    const start = i;
    while (i < n) {
      const d = script[i];
      if (d === ' ' || d === '\t' || d === '\n' || d === ';' || d === '|') break;
      if (d === '&') {
        if (script[i + 1] === '&') break;
        return undefined; // background `&`
      }
      if (d === "'") {
        const end = script.indexOf("'", i + 1);
        if (end < 0) return undefined;
        value += script.slice(i + 1, end);
        i = end + 1;
        continue;
      }
      if (d === '"') {
        let j = i + 1;
        let closed = false;
        while (j < n) {
          const e = script[j];
          if (e === '"') {
            closed = true;
            break;
          }
          // Expansions and escapes inside double quotes are not plain text.
          if (e === '$' || e === '`' || e === '\\' || e === '!') return undefined;
          value += e;
          j++;
        }
        if (!closed) return undefined;
        i = j + 1;
        continue;
      }
      if (UNQUOTED_REJECT.has(d)) return undefined;
      value += d;
      i++;
    }
    tokens.push({ kind: 'word', value, raw: script.slice(start, i) });
  }
  return tokens;
}

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/**
 * Split a plain script into its commands (each an argv), in execution order. Undefined when the
 * script is empty or uses anything beyond plain words and the four connectors.
 */
export function parsePlainScript(script: string): string[][] | undefined {
  const tokens = tokenize(script);
  if (!tokens) return undefined;
  const commands: string[][] = [];
  let current: string[] = [];
  let lastOp: string | undefined;
  for (const token of tokens) {
    if (token.kind === 'word') {
      // `FOO=bar cmd` changes the environment of cmd.
      if (current.length === 0 && ASSIGNMENT.test(token.raw)) return undefined;
      current.push(token.value);
      continue;
    }
    if (current.length > 0) {
      commands.push(current);
      current = [];
      lastOp = token.value === '\n' ? ';' : token.value;
    } else if (token.value !== '\n') {
      return undefined; // an operator with no command before it (`&& ls`, `ls ; ; pwd`)
    }
  }
  if (current.length > 0) commands.push(current);
  else if (lastOp !== undefined && lastOp !== ';') return undefined; // dangling `&&`, `||`, `|`
  return commands.length > 0 ? commands : undefined;
}
