import { isKnownSafeCommand } from '../../../src/exec/safe-command';
import { parsePlainScript } from '../../../src/exec/shell-script';

const bash = (script: string) => ['bash', '-lc', script];

describe('isKnownSafeCommand', () => {
  it.each([
    ['ls'],
    ['ls', '-la'],
    ['cat', 'README.md'],
    ['cd', 'src'],
    ['echo', 'hi'],
    ['false'],
    ['true'],
    ['grep', '-R', 'x', '.'],
    ['head', '-n', '5', 'f'],
    ['tail', '-n', '5', 'f'],
    ['id'],
    ['nl', '-nrz', 'Cargo.toml'],
    ['pwd'],
    ['rev'],
    ['seq', '10'],
    ['stat', 'f'],
    ['tr', 'a', 'b'],
    ['uname', '-a'],
    ['uniq', 'input.txt'],
    ['wc', '-l', 'f'],
    ['which', 'node'],
    ['whoami'],
    ['find', '.', '-name', 'file.txt'],
    ['rg', 'Cargo.toml', '-n'],
    ['rg', '--context', '1', '--heading', 'foo'],
    ['git', 'status'],
    ['git', 'log', '--oneline', '-n', '5'],
    ['git', 'diff', 'HEAD~1'],
    ['git', 'show', 'HEAD'],
    ['git', 'branch'],
    ['git', 'branch', '-a', '-v'],
    ['git', 'branch', '--list', 'feat*'],
    ['sed', '-n', '10p', 'file.txt'],
    ['sed', '-n', '1,5p', 'file.txt'],
  ])('safe: %j', (...argv) => {
    expect(isKnownSafeCommand(argv)).toBe(true);
  });

  it.each([
    [],
    ['foo'],
    ['rm', '-rf', '/'],
    ['touch', 'x'],
    ['git', 'init'],
    ['git', 'fetch'],
    ['git', 'commit', '-m', 'x'],
    ['git', '-c', 'core.pager=sh', 'status'],
    ['git', 'branch', 'new-branch'],
    ['git', 'branch', '-D', 'main'],
    ['git', 'diff', '--output=/tmp/x'],
    ['git', 'log', '--output', '/tmp/x'],
    ['git', 'diff', '--ext-diff'],
    ['git', 'show', '--textconv'],
    ['uniq', 'in.txt', 'out.txt'],
    ['cargo', 'build'],
    ['cargo', 'check'], // runs build.rs
    ['sed', '-n', '1p', '--expression=1e touch /tmp/x'],
    ['sed', '-n', '1p', '-e1e touch /tmp/x'],
    ['sed', '-n', '1p', '-s'],
    ['git', '-C', '/elsewhere', 'status'],
    ['git', '--config-env=core.pager=X', 'log'],
    ['git', 'log', '--config-env=core.pager=X'],
    ['git', '--git-dir=/x', 'status'],
    ['rg', '-uz', 'needle'],
    ['rg', '--pre=./run.sh', 'needle'],
    ['rg', '--search-zip', 'needle'],
    ['uniq', '-c', 'in.txt', 'out.txt'],
    ['sed', '-n', 'xp', 'file.txt'],
    ['sed', '-n', '1,5p'],
    ['sed', '-n', '1,5p', ''],
    ['sed', '-i', 's/a/b/', 'f'],
    ['sed', '-n', '1,2,3p', 'f'],
    ['find', '.', '-name', 'file.txt', '-exec', 'rm', '{}', ';'],
    ['find', '.', '-name', '*.py', '-execdir', 'python3', '{}', ';'],
    ['find', '.', '-name', 'file.txt', '-ok', 'rm', '{}', ';'],
    ['find', '.', '-name', '*.py', '-okdir', 'python3', '{}', ';'],
    ['find', '.', '-delete', '-name', 'file.txt'],
    ['find', '.', '-fls', '/etc/passwd'],
    ['find', '.', '-fprint', '/etc/passwd'],
    ['find', '.', '-fprint0', '/etc/passwd'],
    ['find', '.', '-fprintf', '/root/suid.txt', '%#m %u %p\n'],
    ['rg', '--search-zip', 'files'],
    ['rg', '-z', 'files'],
    ['rg', '--pre', 'pwned', 'files'],
    ['rg', '--pre=pwned', 'files'],
    ['rg', '--hostname-bin', 'pwned', 'files'],
    ['rg', '--hostname-bin=pwned', 'files'],
  ])('not safe: %j', (...argv) => {
    expect(isKnownSafeCommand(argv)).toBe(false);
  });

  it.each([
    'ls',
    'ls -1',
    'git status',
    'grep -R "Cargo.toml" -n',
    'sed -n 1,5p file.txt',
    "sed -n '1,5p' file.txt",
    'find . -name file.txt',
    'grep -R "Cargo.toml" -n || true',
    'ls && pwd',
    "echo 'hi' ; ls",
    'ls | wc -l',
    'ls && git status || head',
    'ls&&pwd',
    'ls\npwd\n',
    'ls;',
  ])('safe script: bash -lc %j', (script) => {
    expect(isKnownSafeCommand(bash(script))).toBe(true);
  });

  it('accepts zsh -lc and sh -c wrappers too', () => {
    expect(isKnownSafeCommand(['zsh', '-lc', 'ls && pwd'])).toBe(true);
    expect(isKnownSafeCommand(['sh', '-c', 'cat a | wc -l'])).toBe(true);
    expect(isKnownSafeCommand(['fish', '-c', 'ls'])).toBe(false);
  });

  it.each([
    'find . -name file.txt -delete',
    'ls && rm -rf /',
    'ls | rm foo',
    'ls ; rm foo',
    '(ls)',
    'ls || (pwd && echo hi)',
    'ls > out.txt',
    'cat < in.txt',
    'echo $(rm x)',
    'echo `rm x`',
    'echo $HOME',
    'echo "$HOME"',
    'FOO=bar ls',
    'ls &',
    'ls & rm x',
    'ls |& cat',
    'ls && ',
    '&& ls',
    'ls ;; pwd',
    "'git status'",
    'ls # comment',
    'ls *.txt',
    'echo {a,b}',
    'echo \\; rm x',
    '',
    '   ',
    'echo "unterminated',
  ])('not safe script: bash -lc %j', (script) => {
    expect(isKnownSafeCommand(bash(script))).toBe(false);
  });

  it('only looks into the exact three-word shape', () => {
    expect(isKnownSafeCommand(['bash', '-lc', 'git', 'status'])).toBe(false);
    expect(isKnownSafeCommand(['bash', '-x', 'ls'])).toBe(false);
  });
});

describe('parsePlainScript', () => {
  it('splits plain commands in execution order with quotes removed', () => {
    expect(parsePlainScript(`grep -R "Cargo.toml" -n || echo 'not found' | wc -l; pwd`)).toEqual([
      ['grep', '-R', 'Cargo.toml', '-n'],
      ['echo', 'not found'],
      ['wc', '-l'],
      ['pwd'],
    ]);
  });

  it('treats a quoted assignment-looking word as a plain word', () => {
    expect(parsePlainScript(`'FOO=bar' ls`)).toEqual([['FOO=bar', 'ls']]);
    expect(parsePlainScript(`FOO="bar" ls`)).toBeUndefined();
  });
});
