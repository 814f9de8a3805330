/**
 * Line-based unified diffs, byte-for-byte like the Rust `similar` crate (2.x) that the reference
 * uses (`TextDiff::from_lines(a, b).unified_diff().context_radius(n)`): Myers' divide-and-conquer
 * diff with prefix/suffix trimming, the same compaction and replace-merging passes, the same hunk
 * grouping and the same `@@ -a,b +c,d @@` / `\ No newline at end of file` rendering. Matching the
 * algorithm (not just "a" minimal diff) keeps ambiguous cases aligned with the reference.
 */
import { newRange, oldRange, type DiffOp, type Range } from './diff-ops';
import { diffOps } from './myers-diff';

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

/** `similar::group_diff_ops`: split into hunks with `n` lines of context around changes. */
function groupDiffOps(input: readonly DiffOp[], n: number): DiffOp[][] {
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
