/**
 * Recognises an apply_patch invocation in a shell tool call's argv, like codex-rs/apply-patch's
 * `maybe_parse_apply_patch`:
 *   - `["apply_patch", "<patch>"]` and `["applypatch", "<patch>"]`;
 *   - `["bash", "-lc", "apply_patch <<'EOF'\n…\nEOF\n"]` (the first heredoc's body is the patch).
 * Extension (later upstream versions accept it; 0.25.0 ran it as a shell command, which failed):
 *   - `["bash", "-lc", "cd <dir> && apply_patch <<'EOF'\n…"]`, reported as `workdir`.
 */
import * as path from 'node:path';
import type { ApplyPatchAction, Hunk } from './apply-patch-types';
import { ApplyPatchError } from './apply-patch-types';
import { verifyPatch, type ReadTextFile } from './apply-patch';
import { parsePatchText } from './parser';
import { rustTrimStart } from './rust-compat';
import { lexShell, type ShellToken } from '../common/shell-lexer';

const APPLY_PATCH_COMMANDS = ['apply_patch', 'applypatch'];

/** What an argv turned out to be. */
export type MaybeApplyPatch =
  /** A well-formed patch; `patch` is its normalised text, `workdir` the `cd` target if any. */
  | { kind: 'patch'; patch: string; hunks: Hunk[]; workdir?: string }
  /** An apply_patch invocation whose patch does not parse; `message` is what the model is told (after `error: `). */
  | { kind: 'error'; message: string }
  /** Not an apply_patch invocation: run it as an ordinary command. */
  | { kind: 'not-patch' };

/** An apply_patch invocation checked against the filesystem. */
export type MaybeApplyPatchVerified =
  | { kind: 'patch'; action: ApplyPatchAction }
  /** The patch does not parse or does not match the files; upstream sends the model `error: <message>`. */
  | { kind: 'error'; message: string }
  | { kind: 'not-patch' };

/** Recognise and parse an apply_patch invocation (no filesystem access). */
export function maybeParseApplyPatch(argv: readonly string[]): MaybeApplyPatch {
  if (argv.length === 2 && APPLY_PATCH_COMMANDS.includes(argv[0])) {
    return parse(argv[1], undefined);
  }
  if (argv.length === 3 && argv[0] === 'bash' && argv[1] === '-lc') {
    const extracted = extractApplyPatchFromBash(argv[2]);
    // Upstream reports a shell parse failure and the core then runs the command as usual.
    if (extracted === undefined) return { kind: 'not-patch' };
    return parse(extracted.body, extracted.workdir);
  }
  return { kind: 'not-patch' };
}

/**
 * `maybe_parse_apply_patch_verified`: recognise, parse and verify against `cwd` (a `cd` prefix
 * is resolved against it). Verification reads the files to update (with `readText` when given).
 */
export async function maybeParseApplyPatchVerified(argv: readonly string[], cwd: string, readText?: ReadTextFile): Promise<MaybeApplyPatchVerified> {
  const parsed = maybeParseApplyPatch(argv);
  if (parsed.kind !== 'patch') return parsed;
  const effectiveCwd = parsed.workdir === undefined ? cwd : path.resolve(cwd, parsed.workdir);
  try {
    return { kind: 'patch', action: await verifyPatch(parsed.patch, parsed.hunks, effectiveCwd, readText) };
  } catch (err) {
    if (err instanceof ApplyPatchError) return { kind: 'error', message: err.message };
    throw err;
  }
}

function parse(text: string, workdir: string | undefined): MaybeApplyPatch {
  try {
    const { patch, hunks } = parsePatchText(text);
    return workdir === undefined ? { kind: 'patch', patch, hunks } : { kind: 'patch', patch, hunks, workdir };
  } catch (err) {
    if (err instanceof ApplyPatchError) return { kind: 'error', message: err.message };
    throw err;
  }
}

/**
 * The heredoc body (and `cd` directory) of `[cd <dir> &&] apply_patch <<DELIM … DELIM`, or
 * undefined when the script is not such a command. Upstream parses the script with
 * tree-sitter-bash and takes the first heredoc body, trailing newlines trimmed; reading the
 * command line with the shell tokenizer covers the same shapes without a bash grammar.
 */
export function extractApplyPatchFromBash(script: string): { body: string; workdir?: string } | undefined {
  const rest = rustTrimStart(script);
  const lineEnd = rest.indexOf('\n');
  if (lineEnd === -1) return undefined;
  const tokens = lexShell(rest.slice(0, lineEnd), { operators: true });
  if (!tokens) return undefined;
  let workdir: string | undefined;
  let next = 0;
  const [first, dir, and] = tokens;
  if (isWord(first, 'cd') && dir?.kind === 'word' && dir.plain && isOp(and, '&&')) {
    workdir = dir.value;
    next = 3;
  }
  const command = tokens[next];
  if (command?.kind !== 'word' || !APPLY_PATCH_COMMANDS.includes(command.value)) return undefined;
  // The first heredoc operator of the line (`<<<` is a here-string, not a heredoc).
  const op = tokens.findIndex((t, k) => k > next && (isOp(t, '<<') || isOp(t, '<<-')));
  const delimiter = tokens[op + 1];
  if (op < 0 || delimiter?.kind !== 'word' || delimiter.value === '') return undefined;
  const body = heredocBody(rest.slice(lineEnd + 1), delimiter.value, isOp(tokens[op], '<<-'));
  return workdir === undefined ? { body } : { body, workdir };
}

function isWord(token: ShellToken | undefined, value: string): boolean {
  return token?.kind === 'word' && token.value === value;
}

function isOp(token: ShellToken | undefined, value: string): boolean {
  return token?.kind === 'op' && token.value === value;
}

/** The lines of `src` up to the delimiter line (tabs stripped first for `<<-`), trailing newlines trimmed. */
function heredocBody(src: string, delimiter: string, stripTabs: boolean): string {
  const collected: string[] = [];
  for (const line of src.split('\n')) {
    const candidate = stripTabs ? line.replace(/^\t+/, '') : line;
    if (candidate === delimiter) break;
    collected.push(line);
  }
  // tree-sitter's heredoc_body ends with the newline before the delimiter; upstream trims newlines.
  return collected.join('\n').replace(/\n+$/, '');
}
