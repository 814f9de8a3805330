/**
 * A deliberately strict reader for `bash -lc "<script>"` scripts: it accepts only plain words
 * (bare, 'single-quoted' or "double-quoted" without expansions) joined by `&&`, `||`, `;`, `|`
 * or newlines, and refuses everything else (redirections, subshells, `$…`, backticks, globs,
 * assignments, backgrounding, comments). Upstream does the same with a tree-sitter grammar; a
 * refusal here only means "not provably plain", never "unsafe to show".
 */
import { lexShell } from '../common/shell-lexer';

/** Shells whose `-c` / `-lc` script argument we look into. */
const SCRIPT_SHELLS = new Set(['bash', 'zsh', 'sh']);
const SCRIPT_FLAGS = new Set(['-c', '-lc']);

/** The script of `[bash|zsh|sh, -c|-lc, script]`, or undefined for any other shape. */
export function shellScriptOf(argv: readonly string[]): string | undefined {
  if (argv.length !== 3) return undefined;
  const [shell, flag, script] = argv;
  return SCRIPT_SHELLS.has(shell) && SCRIPT_FLAGS.has(flag) ? script : undefined;
}

/** The connectors a plain script may use; a newline separates like `;`. */
const CONNECTORS = new Set(['&&', '||', '|', ';', '\n']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/**
 * Split a plain script into its commands (each an argv), in execution order. Undefined when the
 * script is empty or uses anything beyond plain words and the four connectors.
 */
export function parsePlainScript(script: string): string[][] | undefined {
  const tokens = lexShell(script, { operators: true });
  if (!tokens) return undefined;
  const commands: string[][] = [];
  let current: string[] = [];
  let lastOp: string | undefined;
  for (const token of tokens) {
    // Comments, expansions, globs, escapes, redirections, subshells and `&` are not plain.
    if (token.kind === 'comment') return undefined;
    if (token.kind === 'op' && !CONNECTORS.has(token.value)) return undefined;
    if (token.kind === 'word') {
      if (!token.plain) return undefined;
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
