/**
 * Parses apply_patch text into hunks (no filesystem access). Mirrors codex-rs/apply-patch's
 * parser of Aug 2025, including its leniencies and its exact error texts:
 *
 *   *** Begin Patch
 *   *** Add File: <path>        followed by `+` lines
 *   *** Delete File: <path>
 *   *** Update File: <path>     [*** Move to: <path>] then chunks (`@@` / `@@ ctx`, ` `/`-`/`+`
 *                               lines, optional `*** End of File`)
 *   *** End Patch
 */
import { ApplyPatchError, type Hunk, type UpdateChunk } from './apply-patch-types';
import { rustLines, rustTrim } from './rust-compat';

const BEGIN_PATCH_MARKER = '*** Begin Patch';
const END_PATCH_MARKER = '*** End Patch';
const ADD_FILE_MARKER = '*** Add File: ';
const DELETE_FILE_MARKER = '*** Delete File: ';
const UPDATE_FILE_MARKER = '*** Update File: ';
const MOVE_TO_MARKER = '*** Move to: ';
const EOF_MARKER = '*** End of File';
const CHANGE_CONTEXT_MARKER = '@@ ';
const EMPTY_CHANGE_CONTEXT_MARKER = '@@';
const HEREDOC_OPENERS = ['<<EOF', "<<'EOF'", '<<"EOF"'];

/**
 * A patch that does not parse. `message` is the reference's Display text
 * (`invalid patch: …` / `invalid hunk at line N, …`), which the core reports to the model.
 */
export class PatchParseError extends ApplyPatchError {
  constructor(
    /** Whether the envelope or one hunk is wrong. */
    readonly kind: 'invalid-patch' | 'invalid-hunk',
    /** The message without the prefix. */
    readonly detail: string,
    /** 1-based line of the patch (for `invalid-hunk`). */
    readonly lineNumber?: number,
  ) {
    super(kind === 'invalid-patch' ? `invalid patch: ${detail}` : `invalid hunk at line ${lineNumber}, ${detail}`);
  }

  /** The text the standalone `apply_patch` executable prints on stderr for this error. */
  get standaloneMessage(): string {
    return this.kind === 'invalid-patch'
      ? `Invalid patch: ${this.detail}`
      : `Invalid patch hunk on line ${this.lineNumber}: ${this.detail}`;
  }
}

/** The result of parsing: the normalised patch text (heredoc wrapper removed) and its hunks. */
export interface ParsedPatch {
  /** The patch's lines joined with `\n` (trimmed, CRLF folded, heredoc wrapper stripped). */
  patch: string;
  /** The file operations, in patch order. */
  hunks: Hunk[];
}

/** Parse a patch into hunks; throws PatchParseError. */
export function parsePatch(text: string): Hunk[] {
  return parsePatchText(text).hunks;
}

/** Parse a patch, also returning the normalised text (what `ApplyPatchAction.patch` holds). */
export function parsePatchText(text: string): ParsedPatch {
  const lines = checkPatchBoundariesLenient(rustLines(rustTrim(text)));
  const hunks: Hunk[] = [];
  let remaining = lines.slice(1, lines.length - 1);
  let lineNumber = 2;
  while (remaining.length > 0) {
    const [hunk, consumed] = parseOneHunk(remaining, lineNumber);
    hunks.push(hunk);
    lineNumber += consumed;
    remaining = remaining.slice(consumed);
  }
  return { patch: lines.join('\n'), hunks };
}

function checkPatchBoundariesStrict(lines: readonly string[]): void {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (first === BEGIN_PATCH_MARKER && last === END_PATCH_MARKER) return;
  if (first !== undefined && first !== BEGIN_PATCH_MARKER) {
    throw new PatchParseError('invalid-patch', "The first line of the patch must be '*** Begin Patch'");
  }
  throw new PatchParseError('invalid-patch', "The last line of the patch must be '*** End Patch'");
}

/**
 * Lenient mode (always on upstream): GPT-4.1 sends `apply_patch` a literal heredoc
 * (`<<'EOF'\n…\nEOF`) as the argv element, so strip such a wrapper and check again.
 */
function checkPatchBoundariesLenient(lines: string[]): string[] {
  try {
    checkPatchBoundariesStrict(lines);
    return lines;
  } catch (original) {
    if (
      lines.length >= 4 &&
      HEREDOC_OPENERS.includes(lines[0]) &&
      lines[lines.length - 1].endsWith('EOF')
    ) {
      const inner = lines.slice(1, lines.length - 1);
      checkPatchBoundariesStrict(inner);
      return inner;
    }
    throw original;
  }
}

/** Parse one hunk at the start of `lines`; returns it with the number of lines it used. */
function parseOneHunk(lines: readonly string[], lineNumber: number): [Hunk, number] {
  // The header is trimmed: models pad markers with whitespace.
  const firstLine = rustTrim(lines[0]);
  if (firstLine.startsWith(ADD_FILE_MARKER)) {
    let contents = '';
    let consumed = 1;
    for (const line of lines.slice(1)) {
      if (!line.startsWith('+')) break;
      contents += line.slice(1) + '\n';
      consumed++;
    }
    return [{ type: 'add', path: firstLine.slice(ADD_FILE_MARKER.length), contents }, consumed];
  }
  if (firstLine.startsWith(DELETE_FILE_MARKER)) {
    return [{ type: 'delete', path: firstLine.slice(DELETE_FILE_MARKER.length) }, 1];
  }
  if (firstLine.startsWith(UPDATE_FILE_MARKER)) {
    const path = firstLine.slice(UPDATE_FILE_MARKER.length);
    let remaining = lines.slice(1);
    let consumed = 1;
    let movePath: string | undefined;
    // The move line is matched untrimmed, as upstream does.
    if (remaining.length > 0 && remaining[0].startsWith(MOVE_TO_MARKER)) {
      movePath = remaining[0].slice(MOVE_TO_MARKER.length);
      remaining = remaining.slice(1);
      consumed++;
    }
    const chunks: UpdateChunk[] = [];
    while (remaining.length > 0) {
      // Blank lines between chunks are skipped.
      if (rustTrim(remaining[0]) === '') {
        consumed++;
        remaining = remaining.slice(1);
        continue;
      }
      // The next hunk header (or any other `***` marker) ends this file's chunks.
      if (remaining[0].startsWith('***')) break;
      const [chunk, chunkLines] = parseUpdateFileChunk(remaining, lineNumber + consumed, chunks.length === 0);
      chunks.push(chunk);
      consumed += chunkLines;
      remaining = remaining.slice(chunkLines);
    }
    if (chunks.length === 0) {
      throw new PatchParseError('invalid-hunk', `Update file hunk for path '${path}' is empty`, lineNumber);
    }
    const hunk: Hunk = movePath === undefined ? { type: 'update', path, chunks } : { type: 'update', path, movePath, chunks };
    return [hunk, consumed];
  }
  throw new PatchParseError(
    'invalid-hunk',
    `'${firstLine}' is not a valid hunk header. Valid hunk headers: '*** Add File: {path}', '*** Delete File: {path}', '*** Update File: {path}'`,
    lineNumber,
  );
}

function parseUpdateFileChunk(
  lines: readonly string[],
  lineNumber: number,
  allowMissingContext: boolean,
): [UpdateChunk, number] {
  if (lines.length === 0) {
    throw new PatchParseError('invalid-hunk', 'Update hunk does not contain any lines', lineNumber);
  }
  let changeContext: string | undefined;
  let startIndex: number;
  if (lines[0] === EMPTY_CHANGE_CONTEXT_MARKER) {
    startIndex = 1;
  } else if (lines[0].startsWith(CHANGE_CONTEXT_MARKER)) {
    changeContext = lines[0].slice(CHANGE_CONTEXT_MARKER.length);
    startIndex = 1;
  } else {
    // Only the first chunk of a file may omit its `@@` line.
    if (!allowMissingContext) {
      throw new PatchParseError(
        'invalid-hunk',
        `Expected update hunk to start with a @@ context marker, got: '${lines[0]}'`,
        lineNumber,
      );
    }
    startIndex = 0;
  }
  if (startIndex >= lines.length) {
    throw new PatchParseError('invalid-hunk', 'Update hunk does not contain any lines', lineNumber + 1);
  }
  const chunk: UpdateChunk = { oldLines: [], newLines: [], isEndOfFile: false };
  if (changeContext !== undefined) chunk.changeContext = changeContext;
  let parsed = 0;
  for (const line of lines.slice(startIndex)) {
    if (line === EOF_MARKER) {
      if (parsed === 0) {
        throw new PatchParseError('invalid-hunk', 'Update hunk does not contain any lines', lineNumber + 1);
      }
      chunk.isEndOfFile = true;
      parsed++;
      break;
    }
    if (line === '') {
      // An empty line is an empty context line.
      chunk.oldLines.push('');
      chunk.newLines.push('');
    } else if (line[0] === ' ') {
      chunk.oldLines.push(line.slice(1));
      chunk.newLines.push(line.slice(1));
    } else if (line[0] === '+') {
      chunk.newLines.push(line.slice(1));
    } else if (line[0] === '-') {
      chunk.oldLines.push(line.slice(1));
    } else {
      if (parsed === 0) {
        throw new PatchParseError(
          'invalid-hunk',
          `Unexpected line found in update hunk: '${line}'. Every line should start with ' ' (context line), '+' (added line), or '-' (removed line)`,
          lineNumber + 1,
        );
      }
      // The start of the next chunk or hunk.
      break;
    }
    parsed++;
  }
  return [chunk, parsed + startIndex];
}
