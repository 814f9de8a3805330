/** Myers' divide-and-conquer diff with prefix/suffix trimming, as `similar::algorithms::myers`. */
import { cleanupDiffOps, mergeReplaces } from './diff-compaction';
import { commonPrefixLen, commonSuffixLen, type DiffOp, type Range } from './diff-ops';

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

/** `similar::capture_diff` with Myers over two token lists (Compact + Replace + Capture). */
export function diffOps(old: readonly string[], nw: readonly string[]): DiffOp[] {
  const d = maxD(old.length, nw.length);
  const ops: DiffOp[] = [];
  conquer(ops, old, { start: 0, end: old.length }, nw, { start: 0, end: nw.length }, new V(d), new V(d));
  cleanupDiffOps(old, nw, ops);
  return mergeReplaces(ops);
}
