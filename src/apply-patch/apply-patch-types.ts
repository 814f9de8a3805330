import type { FileChange } from '../protocol/common-types';

/** The hidden subcommand the server re-executes itself with to apply a patch in the sandbox. */
export const APPLY_PATCH_SUBCOMMAND = '__apply-patch';

/** One parsed file operation of a patch. Paths are as written in the patch (relative or absolute). */
export type Hunk =
  | { type: 'add'; path: string; contents: string }
  | { type: 'delete'; path: string }
  | { type: 'update'; path: string; movePath?: string; chunks: UpdateChunk[] };

/** One `@@` section of an update hunk: lines to find and what replaces them. */
export interface UpdateChunk {
  /** The text after `@@ ` (a line to seek to before matching oldLines), if any. */
  changeContext?: string;
  /** The `-` and ` ` lines: what must match in the file. */
  oldLines: string[];
  /** The `+` and ` ` lines: what replaces the match. */
  newLines: string[];
  /** `*** End of File` closed this chunk: match at the end of the file. */
  isEndOfFile: boolean;
}

/** A verified patch, ready to apply: every path absolute, every new content computed. */
export interface ApplyPatchAction {
  /** The patch text as given. */
  patch: string;
  /** The directory relative paths were resolved against. */
  cwd: string;
  /** absolute path -> change, in patch order (`update.move_path` absolute when moving). */
  changes: Record<string, FileChange>;
  /** absolute path -> new full contents (for add/update; the destination path for moves). */
  newContents: Record<string, string>;
  /**
   * Every touched absolute path -> its contents after all hunks ran in order, `null` when it ends
   * up removed (deleted or moved away). Filled by verifyPatch; applyAction writes exactly this.
   */
  finalState?: Record<string, string | null>;
  /** Paths as written in the patch for the `A`/`M`/`D` lines of the success summary. */
  summary?: {
    /** Files the patch creates (`A` lines). */
    added: string[];
    /** Files the patch updates, by destination path for moves (`M` lines). */
    modified: string[];
    /** Files the patch deletes (`D` lines). */
    deleted: string[];
  };
}

/** A patch that does not parse or does not match the files; `message` is what the model is told. */
export class ApplyPatchError extends Error {
  override readonly name = 'ApplyPatchError';
}
