/** similar's `DiffOp` and the range arithmetic the diff passes share. */

/** One diff operation over token indices, as `similar::DiffOp`. */
export type DiffOp =
  | { tag: 'equal'; oldIndex: number; newIndex: number; len: number }
  | { tag: 'delete'; oldIndex: number; oldLen: number; newIndex: number }
  | { tag: 'insert'; oldIndex: number; newIndex: number; newLen: number }
  | { tag: 'replace'; oldIndex: number; oldLen: number; newIndex: number; newLen: number };

/** A half-open span `[start, end)` of token indices. */
export interface Range {
  /** First index in the span. */
  start: number;
  /** One past the last index in the span. */
  end: number;
}

export function oldRange(op: DiffOp): Range {
  switch (op.tag) {
    case 'equal': return { start: op.oldIndex, end: op.oldIndex + op.len };
    case 'delete': return { start: op.oldIndex, end: op.oldIndex + op.oldLen };
    case 'insert': return { start: op.oldIndex, end: op.oldIndex };
    case 'replace': return { start: op.oldIndex, end: op.oldIndex + op.oldLen };
  }
}

export function newRange(op: DiffOp): Range {
  switch (op.tag) {
    case 'equal': return { start: op.newIndex, end: op.newIndex + op.len };
    case 'delete': return { start: op.newIndex, end: op.newIndex };
    case 'insert': return { start: op.newIndex, end: op.newIndex + op.newLen };
    case 'replace': return { start: op.newIndex, end: op.newIndex + op.newLen };
  }
}

export function isEmptyOp(op: DiffOp): boolean {
  const o = oldRange(op);
  const n = newRange(op);
  return o.start >= o.end && n.start >= n.end;
}

/** `DiffOp::adjust`: move the start by `offset` and grow the length(s) by `len` (both signed). */
export function adjust(op: DiffOp, offset: number, len: number): void {
  op.oldIndex += offset;
  op.newIndex += offset;
  switch (op.tag) {
    case 'equal': op.len += len; break;
    case 'delete': op.oldLen += len; break;
    case 'insert': op.newLen += len; break;
    case 'replace': op.oldLen += len; op.newLen += len; break;
  }
}
export const shiftLeft = (op: DiffOp, n: number) => adjust(op, -n, 0);
export const shiftRight = (op: DiffOp, n: number) => adjust(op, n, 0);
export const growLeft = (op: DiffOp, n: number) => adjust(op, -n, n);
export const growRight = (op: DiffOp, n: number) => adjust(op, 0, n);
export const shrinkLeft = (op: DiffOp, n: number) => adjust(op, 0, -n);
export const shrinkRight = (op: DiffOp, n: number) => adjust(op, n, -n);

export function commonPrefixLen(old: readonly string[], o: Range, nw: readonly string[], n: Range): number {
  if (o.start >= o.end || n.start >= n.end) return 0;
  let k = 0;
  while (o.start + k < o.end && n.start + k < n.end && old[o.start + k] === nw[n.start + k]) k++;
  return k;
}

export function commonSuffixLen(old: readonly string[], o: Range, nw: readonly string[], n: Range): number {
  if (o.start >= o.end || n.start >= n.end) return 0;
  let k = 0;
  while (o.end - k > o.start && n.end - k > n.start && old[o.end - k - 1] === nw[n.end - k - 1]) k++;
  return k;
}
