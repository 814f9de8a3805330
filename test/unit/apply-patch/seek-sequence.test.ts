import { normalise, seekSequence } from '../../../src/apply-patch/seek-sequence';

describe('seekSequence', () => {
  it('finds an exact match first', () => {
    expect(seekSequence(['foo', 'bar', 'baz'], ['bar', 'baz'], 0, false)).toBe(1);
  });

  it('prefers an exact match over an earlier fuzzy one', () => {
    expect(seekSequence(['x  ', 'x'], ['x'], 0, false)).toBe(1);
  });

  it('ignores trailing whitespace in the second pass', () => {
    expect(seekSequence(['foo   ', 'bar\t\t'], ['foo', 'bar'], 0, false)).toBe(0);
  });

  it('ignores surrounding whitespace in the third pass', () => {
    expect(seekSequence(['    foo   ', '   bar\t'], ['foo', 'bar'], 0, false)).toBe(0);
  });

  it('folds typographic punctuation and odd spaces in the fourth pass', () => {
    const line = '\u201Chello\u201D \u2014 it\u2019s\u00A0fine \u2212 1';
    expect(seekSequence(['other', line], ['"hello" - it\'s fine - 1'], 0, false)).toBe(1);
    expect(normalise('  \u2018a\u2019\u3000\u2013  ')).toBe("'a' -");
  });

  it('does not match lines that differ otherwise', () => {
    expect(seekSequence(['alpha', 'beta'], ['alpha', 'gamma'], 0, false)).toBeUndefined();
  });

  it('searches from start onwards', () => {
    expect(seekSequence(['a', 'b', 'a'], ['a'], 1, false)).toBe(2);
    expect(seekSequence(['a', 'b'], ['a'], 1, false)).toBeUndefined();
  });

  it('with eof only tries the window ending at the last line', () => {
    const lines = ['end', 'x', 'end'];
    expect(seekSequence(lines, ['end'], 0, true)).toBe(2);
    expect(seekSequence(['end', 'x'], ['end'], 0, true)).toBeUndefined();
  });

  it('matches an empty pattern at start', () => {
    expect(seekSequence(['a'], [], 1, false)).toBe(1);
  });

  it('returns undefined when the pattern is longer than the file', () => {
    expect(seekSequence(['just one line'], ['too', 'many', 'lines'], 0, false)).toBeUndefined();
  });

  it('trims like Rust: U+FEFF is not whitespace, U+0085 is', () => {
    expect(seekSequence(['\uFEFFx'], ['x'], 0, false)).toBeUndefined();
    expect(seekSequence(['\u0085x'], ['x'], 0, false)).toBe(0);
  });
});
