import { NUL_COMMAND_PLACEHOLDER, shlexJoin, shlexSplit, shlexTryJoin, shlexTryQuote } from '../../../src/exec/shlex';

describe('shlexJoin (Rust shlex::try_join)', () => {
  it.each([
    [['sh', '-c', 'echo hello; touch made.txt'], "sh -c 'echo hello; touch made.txt'"],
    [['git', 'init'], 'git init'],
    [['touch', 'sandboxed.txt'], 'touch sandboxed.txt'],
    [[''], "''"],
    [['foo bar'], "'foo bar'"],
    [[`'"`], `"'\\""`],
    [["don't"], `"don't"`],
    [['$HOME'], "'$HOME'"],
    [["it's $x"], `"it's "'$x'`],
    [['^foo'], "'^foo'"],
    [['a^b'], "a'^b'"],
    [['a=b', 'x,y', '*.ts'], "'a=b' 'x,y' '*.ts'"],
    [['é'], "'é'"],
    [['back\\slash'], '"back\\\\slash"'],
    [['-n', '1,5p', './a/b.txt', 'user@host:~/x'], "-n '1,5p' ./a/b.txt 'user@host:~/x'"],
    [[], ''],
  ])('%j → %s', (argv, expected) => {
    expect(shlexJoin(argv)).toBe(expected);
  });

  it('refuses NUL bytes like try_join, and shlexJoin shows the upstream placeholder', () => {
    expect(shlexTryQuote('a\0b')).toBeUndefined();
    expect(shlexTryJoin(['ok', 'a\0b'])).toBeUndefined();
    expect(shlexJoin(['ok', 'a\0b'])).toBe(NUL_COMMAND_PLACEHOLDER);
  });

  it('round-trips through shlexSplit', () => {
    const argvs = [
      ['sh', '-c', 'echo hello; touch made.txt'],
      ["it's $x", 'a^b', '', 'tab\there', 'new\nline', '"quoted"', 'back\\slash', 'ünï'],
    ];
    for (const argv of argvs) expect(shlexSplit(shlexJoin(argv))).toEqual(argv);
  });
});

describe('shlexSplit (Rust shlex::split)', () => {
  it.each<[string, string[] | undefined]>([
    ['foo$baz', ['foo$baz']],
    ['foo baz', ['foo', 'baz']],
    ['foo"bar"baz', ['foobarbaz']],
    ['foo "bar"baz', ['foo', 'barbaz']],
    ['   foo \nbar', ['foo', 'bar']],
    ['foo\\\nbar', ['foobar']],
    ['"foo\\\nbar"', ['foobar']],
    ["'baz\\$b'", ['baz\\$b']],
    ["'baz\\''", undefined],
    ['\\', undefined],
    ['"\\', undefined],
    ["'\\", undefined],
    ['"', undefined],
    ["'", undefined],
    ['foo #bar\nbaz', ['foo', 'baz']],
    ['foo #bar', ['foo']],
    ['foo#bar', ['foo#bar']],
    ['foo"#bar', undefined],
    ["'\\n'", ['\\n']],
    ['"a\\$b\\x"', ['a$b\\x']],
    ['echo hello; touch made.txt', ['echo', 'hello;', 'touch', 'made.txt']],
    ['', []],
  ])('%j', (input, expected) => {
    expect(shlexSplit(input)).toEqual(expected);
  });
});
