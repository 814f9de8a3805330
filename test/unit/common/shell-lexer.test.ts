import { lexShell, type ShellToken } from '../../../src/common/shell-lexer';

const words = (tokens: ShellToken[] | undefined) => tokens?.map((t) => (t.kind === 'word' ? t.value : t.kind === 'op' ? `<${t.value}>` : '#'));

describe('lexShell', () => {
  it('splits on operators only when asked to', () => {
    expect(words(lexShell('a;b&&c|d', { operators: true }))).toEqual(['a', '<;>', 'b', '<&&>', 'c', '<|>', 'd']);
    expect(words(lexShell('a;b&&c|d', { operators: false }))).toEqual(['a;b&&c|d']);
  });

  it('treats a newline as an operator with operators and as a blank without', () => {
    expect(words(lexShell('ls\npwd', { operators: true }))).toEqual(['ls', '<\n>', 'pwd']);
    expect(words(lexShell('ls\npwd', { operators: false }))).toEqual(['ls', 'pwd']);
  });

  it('reads the longest operator', () => {
    expect(words(lexShell('cat <<-EOF <<<x >>y |&z', { operators: true }))).toEqual(['cat', '<<<->', 'EOF', '<<<<>', 'x', '<>>>', 'y', '<|&>', 'z']);
  });

  it('removes quotes and escapes the POSIX way', () => {
    expect(words(lexShell(`'a b'"c\\"d\\x"e\\ f`, { operators: false }))).toEqual(['a bc"d\\xe f']);
  });

  it('comments out the rest of the line only at a word start', () => {
    expect(words(lexShell('a#b # c d\ne', { operators: false }))).toEqual(['a#b', '#', 'e']);
  });

  it('marks words a shell would expand or glob as not plain', () => {
    const plain = (s: string) => lexShell(s, { operators: true })?.map((t) => t.kind === 'word' && t.plain);
    expect(plain(`ls 'a$b' "c d" e.txt`)).toEqual([true, true, true, true]);
    for (const word of ['$HOME', '"$HOME"', '`id`', '*.ts', 'a?', '{a,b}', '!x', '"!x"', 'a\\ b', '"a\\"b"']) {
      expect(plain(word)).toEqual([false]);
    }
  });

  it('refuses unterminated quotes and a trailing backslash', () => {
    for (const s of [`'a`, `"a`, 'a\\', '"a\\']) expect(lexShell(s, { operators: true })).toBeUndefined();
  });
});
