/**
 * The hidden `__apply-patch` subcommand: the server re-executes its own bundle with it under the
 * sandbox (as upstream's `--codex-run-as-apply-patch`), so the kernel decides which of a patch's
 * writes may land. Reads one verified ApplyPatchAction as JSON on stdin, applies it all-or-nothing
 * and prints exactly what applying in-process would have: the summary on stdout or the failure on
 * stderr; exit 0 on success, 1 on failure, 2 on bad input.
 */
import { applyAction } from './apply-patch';
import { APPLY_PATCH_SUBCOMMAND, type ApplyPatchAction } from './apply-patch-types';

export { APPLY_PATCH_SUBCOMMAND };

/** A patch larger than this is not ours: the server never verifies one this big. */
const MAX_INPUT_BYTES = 512 * 1024 * 1024;

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** The action as the server sent it, or an error message. */
export function parseAppliedAction(text: string): ApplyPatchAction | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return `invalid apply_patch input: ${(e as Error).message}`;
  }
  const v = value as Partial<ApplyPatchAction> | null;
  if (typeof v !== 'object' || v === null || typeof v.cwd !== 'string' || typeof v.finalState !== 'object' || v.finalState === null) {
    return 'invalid apply_patch input: expected a verified patch';
  }
  for (const [p, content] of Object.entries(v.finalState)) {
    if (!p.startsWith('/') || (content !== null && typeof content !== 'string')) return `invalid apply_patch input: bad entry for ${p}`;
  }
  const s = v.summary;
  if (s === undefined || !isStringArray(s.added) || !isStringArray(s.modified) || !isStringArray(s.deleted)) {
    return 'invalid apply_patch input: missing summary';
  }
  return { patch: typeof v.patch === 'string' ? v.patch : '', cwd: v.cwd, changes: {}, newContents: {}, finalState: v.finalState, summary: s };
}

async function readAll(input: NodeJS.ReadableStream): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_INPUT_BYTES) return undefined;
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Run the subcommand; resolves with the exit code. */
export async function runApplyPatchSubcommand(input: NodeJS.ReadableStream, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<number> {
  const text = await readAll(input);
  const action = text === undefined ? 'invalid apply_patch input: too large' : parseAppliedAction(text);
  if (typeof action === 'string') {
    stderr.write(`${action}\n`);
    return 2;
  }
  const result = await applyAction(action);
  await new Promise<void>((resolve) => stdout.write(result.stdout, () => resolve()));
  await new Promise<void>((resolve) => stderr.write(result.stderr, () => resolve()));
  return result.success ? 0 : 1;
}
