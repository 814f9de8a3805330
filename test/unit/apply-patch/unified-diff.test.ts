import * as fs from 'node:fs';
import * as path from 'node:path';
import { tokenizeLines, unifiedDiff } from '../../../src/apply-patch/unified-diff';

interface Fixture {
  old: string;
  new: string;
  context: number;
  diff: string;
}
// 150 random small texts (repetitive lines, CRLF, missing final newlines) diffed by similar 2.2.1.
const corpus = JSON.parse(
  fs.readFileSync(path.join(__dirname, 'fixtures', 'similar-unified-diffs.json'), 'utf8'),
) as Fixture[];

// Expected outputs were produced by the Rust `similar` crate (TextDiff::from_lines + unified_diff).
describe('unifiedDiff matches the similar crate', () => {
  const cases: [string, string, string, number, string][] = [
    ['a one-line change', 'original content\n', 'modified content\n', 1, '@@ -1 +1 @@\n-original content\n+modified content\n'],
    ['a missing final newline', 'foo', 'foo\nbar\n', 1, '@@ -1 +1,2 @@\n-foo\n\\ No newline at end of file\n+foo\n+bar\n'],
    ['two hunks with context radius 1', 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n', 'a\nb\nC\nd\ne\nf\ng\nH\ni\nj\n', 1,
      '@@ -2,3 +2,3 @@\n b\n-c\n+C\n d\n@@ -7,3 +7,3 @@\n g\n-h\n+H\n i\n'],
    ['one merged hunk with context radius 3', 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n', 'a\nb\nC\nd\ne\nf\ng\nH\ni\nj\n', 3,
      '@@ -1,10 +1,10 @@\n a\n b\n-c\n+C\n d\n e\n f\n g\n-h\n+H\n i\n j\n'],
    ['an ambiguous reordering', 'x\ny\nx\ny\nx\n', 'y\nx\ny\nx\ny\n', 1, '@@ -1 +1,2 @@\n+y\n x\n@@ -4,2 +5 @@\n y\n-x\n'],
    ['everything deleted', 'a\nb\nc\n', '', 1, '@@ -1,3 +0,0 @@\n-a\n-b\n-c\n'],
    ['a new file', '', 'x\n', 3, '@@ -0,0 +1 @@\n+x\n'],
    ['CRLF lines', 'a\r\nb\r\n', 'a\r\nc\r\n', 1, '@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n'],
    ['an insertion compacted next to its twin', 'a\nb\nc\nb\nc\nd\n', 'a\nb\nc\nX\nb\nc\nd\n', 1, '@@ -3,2 +3,3 @@\n c\n+X\n b\n'],
    ['no change', 'same\n', 'same\n', 1, ''],
  ];
  it.each(cases)('renders %s', (_name, oldText, newText, radius, expected) => {
    expect(unifiedDiff(oldText, newText, radius)).toBe(expected);
  });

  it('adds --- / +++ headers only when there is a hunk', () => {
    expect(unifiedDiff('', 'x\n', 3, ['/dev/null', 'b/x'])).toBe('--- /dev/null\n+++ b/x\n@@ -0,0 +1 @@\n+x\n');
    expect(unifiedDiff('x\n', 'x\n', 3, ['a/x', 'b/x'])).toBe('');
  });

  it('tokenizes lines keeping \\n, \\r\\n and lone \\r terminators', () => {
    expect(tokenizeLines('a\nb\r\nc\rd')).toEqual(['a\n', 'b\r\n', 'c\r', 'd']);
    expect(tokenizeLines('')).toEqual([]);
  });

  it('agrees with the crate on a random corpus of ambiguous diffs', () => {
    const mismatches = corpus.filter((c) => unifiedDiff(c.old, c.new, c.context) !== c.diff);
    expect(corpus.length).toBe(150);
    expect(mismatches).toEqual([]);
  });
});
