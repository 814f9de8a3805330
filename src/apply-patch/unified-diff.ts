/**
 * Line-based unified diffs, byte-for-byte like the Rust `similar` crate (2.x) that the reference
 * uses (`TextDiff::from_lines(a, b).unified_diff().context_radius(n)`): Myers' divide-and-conquer
 * diff with prefix/suffix trimming, the same compaction and replace-merging passes, the same hunk
 * grouping and the same `@@ -a,b +c,d @@` / `\ No newline at end of file` rendering. Matching the
 * algorithm (not just "a" minimal diff) keeps ambiguous cases aligned with the reference.
 */

/** One diff operation over token indices, as `similar::DiffOp`. */
export type DiffOp =
  | { tag: 'equal'; oldIndex: number; newIndex: number; len: number }
  | { tag: 'delete'; oldIndex: number; oldLen: number; newIndex: number }
  | { tag: 'insert'; oldIndex: number; newIndex: number; newLen: number }
  | { tag: 'replace'; oldIndex: number; oldLen: number; newIndex: number; newLen: number };

interface Range {
  start: number;
  end: number;
}

function oldRange(op: DiffOp): Range {
  switch (op.tag) {
    case 'equal': return { start: op.oldIndex, end: op.oldIndex + op.len };
    case 'delete': return { start: op.oldIndex, end: op.oldIndex + op.oldLen };
    case 'insert': return { start: op.oldIndex, end: op.oldIndex };
    case 'replace': return { start: op.oldIndex, end: op.oldIndex + op.oldLen };
  }
}

function newRange(op: DiffOp): Range {
  switch (op.tag) {
    case 'equal': return { start: op.newIndex, end: op.newIndex + op.len };
    case 'delete': return { start: op.newIndex, end: op.newIndex };
    case 'insert': return { start: op.newIndex, end: op.newIndex + op.newLen };
    case 'replace': return { start: op.newIndex, end: op.newIndex + op.newLen };
  }
}

function isEmptyOp(op: DiffOp): boolean {
  const o = oldRange(op);
  const n = newRange(op);
  return o.start >= o.end && n.start >= n.end;
}

/** `DiffOp::adjust`: move the start by `offset` and grow the length(s) by `len` (both signed). */
function adjust(op: DiffOp, offset: number, len: number): void {
  op.oldIndex += offset;
  op.newIndex += offset;
  switch (op.tag) {
    case 'equal': op.len += len; break;
    case 'delete': op.oldLen += len; break;
    case 'insert': op.newLen += len; break;
    case 'replace': op.oldLen += len; op.newLen += len; break;
  }
}
const shiftLeft = (op: DiffOp, n: number) => adjust(op, -n, 0);
const shiftRight = (op: DiffOp, n: number) => adjust(op, n, 0);
const growLeft = (op: DiffOp, n: number) => adjust(op, -n, n);
const growRight = (op: DiffOp, n: number) => adjust(op, 0, n);
const shrinkLeft = (op: DiffOp, n: number) => adjust(op, 0, -n);
const shrinkRight = (op: DiffOp, n: number) => adjust(op, n, -n);

/** `similar`'s line tokenizer: lines keep their terminator (`\n`, `\r\n` or a lone `\r`). */
export function tokenizeLines(text: string): string[] {
  const lines: string[] = [];
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      const end = text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lines.push(text.slice(last, end));
      last = end;
      i = end - 1;
    } else if (c === 10 /* \n */) {
      lines.push(text.slice(last, i + 1));
      last = i + 1;
    }
  }
  if (last < text.length) lines.push(text.slice(last));
  return lines;
}

function commonPrefixLen(old: readonly string[], o: Range, nw: readonly string[], n: Range): number {
  if (o.start >= o.end || n.start >= n.end) return 0;
  let k = 0;
  while (o.start + k < o.end && n.start + k < n.end && old[o.start + k] === nw[n.start + k]) k++;
  return k;
}

function commonSuffixLen(old: readonly string[], o: Range, nw: readonly string[], n: Range): number {
  if (o.start >= o.end || n.start >= n.end) return 0;
  let k = 0;
  while (o.end - k > o.start && n.end - k > n.start && old[o.end - k - 1] === nw[n.end - k - 1]) k++;
  return k;
}

const maxD = (len1: number, len2: number) => Math.floor((len1 + len2 + 1) / 2) + 1;

/** The `V` array of Myers' algorithm, indexed by diagonal k (which may be negative). */
class V {
  private readonly v: number[];
  constructor(private readonly offset: number) {
    this.v = new Array<number>(2 * offset).fill(0);
  }
  get(k: number): number {
    return this.v[k + this.offset];
  }
  set(k: number, x: number): void {
    this.v[k + this.offset] = x;
  }
}

/** Myers' middle snake: the split point of an optimal edit path. */
function findMiddleSnake(
  old: readonly string[], o: Range, nw: readonly string[], nr: Range, vf: V, vb: V,
): [number, number] {
  const n = o.end - o.start;
  const m = nr.end - nr.start;
  const delta = n - m;
  const odd = (delta & 1) === 1;
  vf.set(1, 0);
  vb.set(1, 0);
  const dMax = maxD(n, m);
  for (let d = 0; d < dMax; d++) {
    for (let k = d; k >= -d; k -= 2) {
      let x = k === -d || (k !== d && vf.get(k - 1) < vf.get(k + 1)) ? vf.get(k + 1) : vf.get(k - 1) + 1;
      const y = x - k;
      const x0 = x;
      const y0 = y;
      if (x < n && y < m) {
        x += commonPrefixLen(old, { start: o.start + x, end: o.end }, nw, { start: nr.start + y, end: nr.end });
      }
      vf.set(k, x);
      if (odd && Math.abs(k - delta) <= d - 1 && vf.get(k) + vb.get(-(k - delta)) >= n) {
        return [x0 + o.start, y0 + nr.start];
      }
    }
    for (let k = d; k >= -d; k -= 2) {
      let x = k === -d || (k !== d && vb.get(k - 1) < vb.get(k + 1)) ? vb.get(k + 1) : vb.get(k - 1) + 1;
      let y = x - k;
      if (x < n && y < m) {
        const advance = commonSuffixLen(
          old, { start: o.start, end: o.start + n - x }, nw, { start: nr.start, end: nr.start + m - y },
        );
        x += advance;
        y += advance;
      }
      vb.set(k, x);
      if (!odd && Math.abs(k - delta) <= d && vb.get(k) + vf.get(-(k - delta)) >= n) {
        return [n - x + o.start, m - y + nr.start];
      }
    }
  }
  throw new Error('unable to find a middle snake');
}

function conquer(
  ops: DiffOp[], old: readonly string[], o: Range, nw: readonly string[], n: Range, vf: V, vb: V,
): void {
  o = { ...o };
  n = { ...n };
  const prefix = commonPrefixLen(old, o, nw, n);
  if (prefix > 0) ops.push({ tag: 'equal', oldIndex: o.start, newIndex: n.start, len: prefix });
  o.start += prefix;
  n.start += prefix;
  const suffix = commonSuffixLen(old, o, nw, n);
  const suffixAt: [number, number] = [o.end - suffix, n.end - suffix];
  o.end -= suffix;
  n.end -= suffix;
  const oldEmpty = o.start >= o.end;
  const newEmpty = n.start >= n.end;
  if (oldEmpty && newEmpty) {
    // nothing left
  } else if (newEmpty) {
    ops.push({ tag: 'delete', oldIndex: o.start, oldLen: o.end - o.start, newIndex: n.start });
  } else if (oldEmpty) {
    ops.push({ tag: 'insert', oldIndex: o.start, newIndex: n.start, newLen: n.end - n.start });
  } else {
    const [x, y] = findMiddleSnake(old, o, nw, n, vf, vb);
    conquer(ops, old, { start: o.start, end: x }, nw, { start: n.start, end: y }, vf, vb);
    conquer(ops, old, { start: x, end: o.end }, nw, { start: y, end: n.end }, vf, vb);
  }
  if (suffix > 0) ops.push({ tag: 'equal', oldIndex: suffixAt[0], newIndex: suffixAt[1], len: suffix });
}

// ---- compaction (similar's `Compact` hook): slide edits so that neighbouring ones merge ----

function shiftDiffOpsUp(ops: DiffOp[], old: readonly string[], nw: readonly string[], pointer: number): number {
  while (pointer > 0) {
    const prev = ops[pointer - 1];
    const cur = ops[pointer];
    if ((cur.tag === 'insert' || cur.tag === 'delete') && prev.tag === 'equal') {
      // For deletes the new range is empty, so (as in similar 2.x) they never slide here.
      const suffixLen = commonSuffixLen(old, oldRange(prev), nw, newRange(cur));
      if (suffixLen > 0) {
        const next = ops[pointer + 1];
        if (next !== undefined && next.tag === 'equal') {
          growLeft(next, suffixLen);
        } else {
          ops.splice(pointer + 1, 0, {
            tag: 'equal',
            oldIndex: oldRange(prev).end - suffixLen,
            newIndex: newRange(cur).end - suffixLen,
            len: cur.tag === 'insert' ? suffixLen : oldRange(prev).end - oldRange(prev).start - suffixLen,
          });
        }
        shiftLeft(ops[pointer], suffixLen);
        shrinkLeft(ops[pointer - 1], suffixLen);
        if (isEmptyOp(ops[pointer - 1])) {
          ops.splice(pointer - 1, 1);
          pointer--;
        }
      } else if (isEmptyOp(ops[pointer - 1])) {
        ops.splice(pointer - 1, 1);
        pointer--;
      } else {
        break;
      }
    } else if ((cur.tag === 'insert' && prev.tag === 'delete') || (cur.tag === 'delete' && prev.tag === 'insert')) {
      ops[pointer - 1] = cur;
      ops[pointer] = prev;
      pointer--;
    } else if (cur.tag === 'insert' && prev.tag === 'insert') {
      growRight(prev, cur.newLen);
      ops.splice(pointer, 1);
      pointer--;
    } else if (cur.tag === 'delete' && prev.tag === 'delete') {
      growRight(prev, cur.oldLen);
      ops.splice(pointer, 1);
      pointer--;
    } else {
      break;
    }
  }
  return pointer;
}

function shiftDiffOpsDown(ops: DiffOp[], old: readonly string[], nw: readonly string[], pointer: number): number {
  while (pointer + 1 < ops.length) {
    const next = ops[pointer + 1];
    const cur = ops[pointer];
    if ((cur.tag === 'insert' || cur.tag === 'delete') && next.tag === 'equal') {
      const prefixLen = commonPrefixLen(old, oldRange(next), nw, newRange(cur));
      if (prefixLen > 0) {
        const prev = pointer > 0 ? ops[pointer - 1] : undefined;
        if (prev !== undefined && prev.tag === 'equal') {
          growRight(prev, prefixLen);
        } else {
          ops.splice(pointer, 0, {
            tag: 'equal',
            oldIndex: oldRange(next).start,
            newIndex: newRange(cur).start,
            len: prefixLen,
          });
          pointer++;
        }
        shiftRight(ops[pointer], prefixLen);
        shrinkRight(ops[pointer + 1], prefixLen);
        if (isEmptyOp(ops[pointer + 1])) ops.splice(pointer + 1, 1);
      } else if (isEmptyOp(ops[pointer + 1])) {
        ops.splice(pointer + 1, 1);
      } else {
        break;
      }
    } else if ((cur.tag === 'insert' && next.tag === 'delete') || (cur.tag === 'delete' && next.tag === 'insert')) {
      ops[pointer] = next;
      ops[pointer + 1] = cur;
      pointer++;
    } else if (cur.tag === 'insert' && next.tag === 'insert') {
      growRight(cur, next.newLen);
      ops.splice(pointer + 1, 1);
    } else if (cur.tag === 'delete' && next.tag === 'delete') {
      growRight(cur, next.oldLen);
      ops.splice(pointer + 1, 1);
    } else {
      break;
    }
  }
  return pointer;
}

function cleanupDiffOps(old: readonly string[], nw: readonly string[], ops: DiffOp[]): void {
  for (const tag of ['delete', 'insert'] as const) {
    let pointer = 0;
    while (pointer < ops.length) {
      if (ops[pointer].tag === tag) {
        pointer = shiftDiffOpsUp(ops, old, nw, pointer);
        pointer = shiftDiffOpsDown(ops, old, nw, pointer);
      }
      pointer++;
    }
  }
}

/** similar's `Replace` hook: adjacent deletes/inserts become one delete, insert or replace. */
function mergeReplaces(ops: readonly DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  let del: { oldIndex: number; oldLen: number; newIndex: number } | undefined;
  let ins: { oldIndex: number; newIndex: number; newLen: number } | undefined;
  let eq: { oldIndex: number; newIndex: number; len: number } | undefined;
  const flushEq = () => {
    if (eq) out.push({ tag: 'equal', ...eq });
    eq = undefined;
  };
  const flushDelIns = () => {
    if (del) {
      out.push(ins
        ? { tag: 'replace', oldIndex: del.oldIndex, oldLen: del.oldLen, newIndex: ins.newIndex, newLen: ins.newLen }
        : { tag: 'delete', ...del });
    } else if (ins) {
      out.push({ tag: 'insert', ...ins });
    }
    del = undefined;
    ins = undefined;
  };
  for (const op of ops) {
    switch (op.tag) {
      case 'equal':
        flushDelIns();
        eq = eq ? { ...eq, len: eq.len + op.len } : { oldIndex: op.oldIndex, newIndex: op.newIndex, len: op.len };
        break;
      case 'delete':
        flushEq();
        del = del ? { ...del, oldLen: del.oldLen + op.oldLen } : { oldIndex: op.oldIndex, oldLen: op.oldLen, newIndex: op.newIndex };
        break;
      case 'insert':
        flushEq();
        ins = ins ? { ...ins, newLen: ins.newLen + op.newLen } : { oldIndex: op.oldIndex, newIndex: op.newIndex, newLen: op.newLen };
        break;
      case 'replace':
        flushEq();
        out.push({ ...op });
        break;
    }
  }
  flushEq();
  flushDelIns();
  return out;
}

/** `similar::capture_diff` with Myers over two token lists (Compact + Replace + Capture). */
export function diffOps(old: readonly string[], nw: readonly string[]): DiffOp[] {
  const d = maxD(old.length, nw.length);
  const ops: DiffOp[] = [];
  conquer(ops, old, { start: 0, end: old.length }, nw, { start: 0, end: nw.length }, new V(d), new V(d));
  cleanupDiffOps(old, nw, ops);
  return mergeReplaces(ops);
}

/** `similar::group_diff_ops`: split into hunks with `n` lines of context around changes. */
export function groupDiffOps(input: readonly DiffOp[], n: number): DiffOp[][] {
  if (input.length === 0) return [];
  const ops = input.map((op) => ({ ...op }));
  const first = ops[0];
  if (first.tag === 'equal') {
    const offset = Math.max(first.len - n, 0);
    first.oldIndex += offset;
    first.newIndex += offset;
    first.len -= offset;
  }
  const last = ops[ops.length - 1];
  if (last.tag === 'equal') last.len -= Math.max(last.len - n, 0);

  const groups: DiffOp[][] = [];
  let pending: DiffOp[] = [];
  for (const op of ops) {
    if (op.tag === 'equal' && op.len > n * 2) {
      pending.push({ tag: 'equal', oldIndex: op.oldIndex, newIndex: op.newIndex, len: n });
      groups.push(pending);
      const offset = Math.max(op.len - n, 0);
      pending = [{ tag: 'equal', oldIndex: op.oldIndex + offset, newIndex: op.newIndex + offset, len: op.len - offset }];
      continue;
    }
    pending.push(op);
  }
  if (!(pending.length === 0 || (pending.length === 1 && pending[0].tag === 'equal'))) groups.push(pending);
  return groups;
}

function formatRange(r: Range): string {
  let beginning = r.start + 1;
  const len = Math.max(r.end - r.start, 0);
  if (len === 1) return `${beginning}`;
  if (len === 0) beginning -= 1; // an empty range names the line before it
  return `${beginning},${len}`;
}

const endsWithNewline = (s: string) => s.endsWith('\n') || s.endsWith('\r');

/**
 * `TextDiff::from_lines(old, new).unified_diff().context_radius(radius)[.header(a, b)].to_string()`.
 * Empty when the texts are equal (no header either).
 */
export function unifiedDiff(oldText: string, newText: string, contextRadius: number, header?: [string, string]): string {
  const old = tokenizeLines(oldText);
  const nw = tokenizeLines(newText);
  const groups = groupDiffOps(diffOps(old, nw), contextRadius).filter((g) => g.length > 0);
  let out = '';
  if (groups.length > 0 && header) out += `--- ${header[0]}\n+++ ${header[1]}\n`;
  for (const ops of groups) {
    const o: Range = { start: oldRange(ops[0]).start, end: oldRange(ops[ops.length - 1]).end };
    const n: Range = { start: newRange(ops[0]).start, end: newRange(ops[ops.length - 1]).end };
    out += `@@ -${formatRange(o)} +${formatRange(n)} @@\n`;
    const emit = (sign: string, value: string) => {
      out += sign + value;
      if (!endsWithNewline(value)) out += '\n\\ No newline at end of file\n';
    };
    for (const op of ops) {
      const or = oldRange(op);
      const nr = newRange(op);
      if (op.tag === 'equal') {
        for (let i = or.start; i < or.end; i++) emit(' ', old[i]);
      } else {
        for (let i = or.start; i < or.end; i++) emit('-', old[i]);
        for (let i = nr.start; i < nr.end; i++) emit('+', nw[i]);
      }
    }
  }
  return out;
}
