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

const CD_PREFIX = /^cd[ \t]+(?:'([^']*)'|"((?:[^"\\]|\\.)*)"|([^\s;&|<>()'"`$]+))[ \t]*&&[ \t]*/;

/**
 * The heredoc body (and `cd` directory) of `[cd <dir> &&] apply_patch <<DELIM … DELIM`, or
 * undefined when the script is not such a command. Upstream parses the script with
 * tree-sitter-bash and takes the first heredoc body, trailing newlines trimmed; this scanner
 * covers the same shapes without a bash grammar.
 */
export function extractApplyPatchFromBash(script: string): { body: string; workdir?: string } | undefined {
  let rest = rustTrimStart(script);
  let workdir: string | undefined;
  const cd = CD_PREFIX.exec(rest);
  if (cd) {
    workdir = cd[1] ?? (cd[2] !== undefined ? cd[2].replace(/\\(.)/g, '$1') : cd[3]);
    rest = rest.slice(cd[0].length);
  }
  if (!APPLY_PATCH_COMMANDS.some((cmd) => rest.startsWith(cmd))) return undefined;
  const body = firstHeredocBody(rest);
  if (body === undefined) return undefined;
  return workdir === undefined ? { body } : { body, workdir };
}

/** The body of the first heredoc (`<<WORD`, `<<'WORD'`, `<<"WORD"`, `<<-WORD`) in `src`. */
function firstHeredocBody(src: string): string | undefined {
  const lineEnd = src.indexOf('\n');
  const commandLine = lineEnd === -1 ? src : src.slice(0, lineEnd);
  const op = findHeredocOperator(commandLine);
  if (op === undefined || lineEnd === -1) return undefined;
  const bodyLines = src.slice(lineEnd + 1).split('\n');
  const collected: string[] = [];
  for (const line of bodyLines) {
    const candidate = op.stripTabs ? line.replace(/^\t+/, '') : line;
    if (candidate === op.delimiter) break;
    collected.push(line);
  }
  // tree-sitter's heredoc_body ends with the newline before the delimiter; upstream trims newlines.
  return collected.join('\n').replace(/\n+$/, '');
}

function findHeredocOperator(line: string): { delimiter: string; stripTabs: boolean } | undefined {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      continue;
    }
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '<' && line[i + 1] === '<' && line[i + 2] === '<') {
      // A here-string, not a heredoc.
      i += 2;
      continue;
    }
    if (c === '<' && line[i + 1] === '<') {
      let j = i + 2;
      const stripTabs = line[j] === '-';
      if (stripTabs) j++;
      while (line[j] === ' ' || line[j] === '\t') j++;
      const delimiter = readWord(line, j);
      if (delimiter === '') return undefined;
      return { delimiter, stripTabs };
    }
  }
  return undefined;
}

/** A shell word starting at `start`, with quotes and backslashes removed. */
function readWord(line: string, start: number): string {
  let word = '';
  for (let i = start; i < line.length; i++) {
    const c = line[i];
    if (/[\s;&|<>()]/.test(c)) break;
    if (c === "'" || c === '"') {
      const close = line.indexOf(c, i + 1);
      if (close === -1) return word + line.slice(i + 1);
      word += line.slice(i + 1, close);
      i = close;
    } else if (c === '\\' && i + 1 < line.length) {
      word += line[++i];
    } else {
      word += c;
    }
  }
  return word;
}
