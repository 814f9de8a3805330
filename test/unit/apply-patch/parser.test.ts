import { parsePatch, parsePatchText, PatchParseError } from '../../../src/apply-patch/parser';
import type { Hunk } from '../../../src/apply-patch/apply-patch-types';

const wrap = (...body: string[]) => ['*** Begin Patch', ...body, '*** End Patch'].join('\n');

function parseError(text: string): PatchParseError {
  try {
    parsePatch(text);
  } catch (err) {
    expect(err).toBeInstanceOf(PatchParseError);
    return err as PatchParseError;
  }
  throw new Error('expected a parse error');
}

describe('parsePatch grammar', () => {
  const cases: [string, string, Hunk[]][] = [
    ['an add file with + lines (contents end with a newline)', wrap('*** Add File: a/b.txt', '+hello', '+', '+world'),
      [{ type: 'add', path: 'a/b.txt', contents: 'hello\n\nworld\n' }]],
    ['an add file without lines is an empty file', wrap('*** Add File: empty.txt'),
      [{ type: 'add', path: 'empty.txt', contents: '' }]],
    ['a delete file', wrap('*** Delete File: gone.txt'), [{ type: 'delete', path: 'gone.txt' }]],
    ['an update with @@ and context/remove/add lines', wrap('*** Update File: f.py', '@@', ' keep', '-old', '+new'),
      [{ type: 'update', path: 'f.py', chunks: [{ oldLines: ['keep', 'old'], newLines: ['keep', 'new'], isEndOfFile: false }] }]],
    ['an update whose @@ line carries context', wrap('*** Update File: f.py', '@@ def f():', '-    pass', '+    return 1'),
      [{ type: 'update', path: 'f.py', chunks: [{ changeContext: 'def f():', oldLines: ['    pass'], newLines: ['    return 1'], isEndOfFile: false }] }]],
    ['a first chunk without @@', wrap('*** Update File: f.py', ' import foo', '+bar'),
      [{ type: 'update', path: 'f.py', chunks: [{ oldLines: ['import foo'], newLines: ['import foo', 'bar'], isEndOfFile: false }] }]],
    ['a move', wrap('*** Update File: old.txt', '*** Move to: new/name.txt', '@@', '-a', '+b'),
      [{ type: 'update', path: 'old.txt', movePath: 'new/name.txt', chunks: [{ oldLines: ['a'], newLines: ['b'], isEndOfFile: false }] }]],
    ['*** End of File closes a chunk', wrap('*** Update File: f', '@@', '-last', '+final', '*** End of File'),
      [{ type: 'update', path: 'f', chunks: [{ oldLines: ['last'], newLines: ['final'], isEndOfFile: true }] }]],
    ['a whitespace-only line inside a chunk is context', wrap('*** Update File: f', '@@', '-a', '   ', '@@ next', '-b'),
      [{ type: 'update', path: 'f', chunks: [
        { oldLines: ['a', '  '], newLines: ['  '], isEndOfFile: false },
        { changeContext: 'next', oldLines: ['b'], newLines: [], isEndOfFile: false },
      ] }]],
    ['an empty line inside a chunk is empty context', wrap('*** Update File: f', '@@', ' a', '', '-b'),
      [{ type: 'update', path: 'f', chunks: [{ oldLines: ['a', '', 'b'], newLines: ['a', ''], isEndOfFile: false }] }]],
    ['several chunks, blank lines between them skipped', wrap('*** Update File: f', '', '@@ one', '-a', '+b', '*** End of File', '   ', '@@ two', '-c', '+d'),
      [{ type: 'update', path: 'f', chunks: [
        { changeContext: 'one', oldLines: ['a'], newLines: ['b'], isEndOfFile: true },
        { changeContext: 'two', oldLines: ['c'], newLines: ['d'], isEndOfFile: false },
      ] }]],
    ['several hunks in order', wrap('*** Add File: a', '+x', '*** Delete File: b', '*** Update File: c', '@@', '+line', '*** Add File: d', '+y'),
      [
        { type: 'add', path: 'a', contents: 'x\n' },
        { type: 'delete', path: 'b' },
        { type: 'update', path: 'c', chunks: [{ oldLines: [], newLines: ['line'], isEndOfFile: false }] },
        { type: 'add', path: 'd', contents: 'y\n' },
      ]],
    ['an empty patch', wrap(), []],
    ['hunk headers padded with whitespace', wrap('  *** Add File: x.txt  ', '+1'), [{ type: 'add', path: 'x.txt', contents: '1\n' }]],
    ['whitespace around the whole patch', `\n\n  ${wrap('*** Delete File: z')}\n\n`, [{ type: 'delete', path: 'z' }]],
    ['CRLF line endings', wrap('*** Add File: w.txt', '+a', '+b').replace(/\n/g, '\r\n'), [{ type: 'add', path: 'w.txt', contents: 'a\nb\n' }]],
    ['an @@ line with extra spaces keeps them in the context', wrap('*** Update File: f', '@@   indented', '-a'),
      [{ type: 'update', path: 'f', chunks: [{ changeContext: '  indented', oldLines: ['a'], newLines: [], isEndOfFile: false }] }]],
  ];
  it.each(cases)('parses %s', (_name, text, hunks) => {
    expect(parsePatch(text)).toEqual(hunks);
  });
});

describe('lenient heredoc mode', () => {
  it.each(["<<'EOF'", '<<EOF', '<<"EOF"'])('strips a %s … EOF wrapper', (opener) => {
    const inner = wrap('*** Add File: h.txt', '+hi');
    const parsed = parsePatchText(`${opener}\n${inner}\nEOF\n`);
    expect(parsed.hunks).toEqual([{ type: 'add', path: 'h.txt', contents: 'hi\n' }]);
    expect(parsed.patch).toBe(inner);
  });

  it('reports the inner error when the wrapped text is not a patch', () => {
    expect(parseError("<<'EOF'\n*** Begin Patch\nnope\nEOF").message).toBe(
      "invalid patch: The last line of the patch must be '*** End Patch'",
    );
  });

  it('needs at least four lines and a closing EOF', () => {
    expect(parseError("<<'EOF'\n*** Begin Patch\n*** End Patch").message).toBe(
      "invalid patch: The first line of the patch must be '*** Begin Patch'",
    );
  });

  it('normalises the patch text (trimmed, LF only)', () => {
    expect(parsePatchText(`  ${wrap('*** Delete File: a')}\r\n`).patch).toBe(wrap('*** Delete File: a'));
  });
});

describe('parse errors (exact upstream texts)', () => {
  const cases: [string, string, string][] = [
    ['a missing begin marker', 'bad', "invalid patch: The first line of the patch must be '*** Begin Patch'"],
    ['a missing end marker', '*** Begin Patch\nbad', "invalid patch: The last line of the patch must be '*** End Patch'"],
    ['an empty text', '', "invalid patch: The last line of the patch must be '*** End Patch'"],
    ['an unknown hunk header', wrap('*** Frobnicate File: x'),
      "invalid hunk at line 2, '*** Frobnicate File: x' is not a valid hunk header. Valid hunk headers: '*** Add File: {path}', '*** Delete File: {path}', '*** Update File: {path}'"],
    ['an update without chunks', wrap('*** Update File: test.py'), "invalid hunk at line 2, Update file hunk for path 'test.py' is empty"],
    ['a chunk that is only a header', wrap('*** Update File: t', '@@'), 'invalid hunk at line 4, Update hunk does not contain any lines'],
    ['a second chunk without @@', wrap('*** Add File: a', '+1', '*** Update File: t', '@@', '-a', '+b', 'c'),
      "invalid hunk at line 8, Expected update hunk to start with a @@ context marker, got: 'c'"],
    ['a bad first line in a chunk', wrap('*** Update File: t', '@@', 'bogus'),
      "invalid hunk at line 4, Unexpected line found in update hunk: 'bogus'. Every line should start with ' ' (context line), '+' (added line), or '-' (removed line)"],
    ['two consecutive @@ lines (documented to models, rejected upstream)', wrap('*** Update File: t', '@@ class A', '@@ def f():', '-x'),
      "invalid hunk at line 4, Unexpected line found in update hunk: '@@ def f():'. Every line should start with ' ' (context line), '+' (added line), or '-' (removed line)"],
    ['*** End of File as the first chunk line', wrap('*** Update File: t', '@@', '*** End of File'),
      'invalid hunk at line 4, Update hunk does not contain any lines'],
    ['an add file line without +', wrap('*** Add File: a', '+1', 'oops'),
      "invalid hunk at line 4, 'oops' is not a valid hunk header. Valid hunk headers: '*** Add File: {path}', '*** Delete File: {path}', '*** Update File: {path}'"],
  ];
  it.each(cases)('reports %s', (_name, text, message) => {
    expect(parseError(text).message).toBe(message);
  });

  it('keeps the parts and the standalone stderr form', () => {
    const err = parseError(wrap('*** Update File: test.py'));
    expect(err.kind).toBe('invalid-hunk');
    expect(err.lineNumber).toBe(2);
    expect(err.standaloneMessage).toBe("Invalid patch hunk on line 2: Update file hunk for path 'test.py' is empty");
    expect(parseError('x').standaloneMessage).toBe("Invalid patch: The first line of the patch must be '*** Begin Patch'");
  });
});
