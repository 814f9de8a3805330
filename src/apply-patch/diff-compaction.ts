/**
 * The passes `similar` runs over Myers' raw output: the Compact hook (slide deletes and inserts
 * up and down so they merge) and the Replace hook (adjacent delete + insert become a replace).
 */
import {
  commonPrefixLen,
  commonSuffixLen,
  growLeft,
  growRight,
  isEmptyOp,
  newRange,
  oldRange,
  shiftLeft,
  shiftRight,
  shrinkLeft,
  shrinkRight,
  type DiffOp,
} from './diff-ops';

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

export function cleanupDiffOps(old: readonly string[], nw: readonly string[], ops: DiffOp[]): void {
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
export function mergeReplaces(ops: readonly DiffOp[]): DiffOp[] {
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
