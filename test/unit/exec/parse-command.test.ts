import { parseCommand, shortDisplayPath } from '../../../src/exec/parse-command';

describe('parseCommand', () => {
  it.each<[string[], object[]]>([
    // What the 0.25.0 transcripts show.
    [['git', 'init'], [{ type: 'unknown', cmd: 'git init' }]],
    [['touch', 'sandboxed.txt'], [{ type: 'unknown', cmd: 'touch sandboxed.txt' }]],
    [['sh', '-c', 'echo hello; touch made.txt'], [{ type: 'unknown', cmd: "sh -c 'echo hello; touch made.txt'" }]],
    [['git', 'status'], [{ type: 'unknown', cmd: 'git status' }]],
    // Reads, listings, searches.
    [['ls', '-la'], [{ type: 'list_files', cmd: 'ls -la', path: null }]],
    [['ls', '-I', '*.test.js', 'webview/src/'], [{ type: 'list_files', cmd: "ls -I '*.test.js' webview/src/", path: 'webview' }]],
    [['cat', 'README.md'], [{ type: 'read', cmd: 'cat README.md', name: 'README.md' }]],
    [['cat', '--', 'a/b.txt'], [{ type: 'read', cmd: 'cat -- a/b.txt', name: 'b.txt' }]],
    [['cat', 'a', 'b'], [{ type: 'unknown', cmd: 'cat a b' }]],
    [['head', '-n', '50', 'src/main.ts'], [{ type: 'read', cmd: 'head -n 50 src/main.ts', name: 'main.ts' }]],
    [['head', '-n50', 'x.txt'], [{ type: 'read', cmd: 'head -n50 x.txt', name: 'x.txt' }]],
    [['head', 'file'], [{ type: 'unknown', cmd: 'head file' }]],
    [['tail', '-n', '+10', 'file.txt'], [{ type: 'read', cmd: 'tail -n +10 file.txt', name: 'file.txt' }]],
    [['nl', '-ba', 'core/src/lib.rs'], [{ type: 'read', cmd: 'nl -ba core/src/lib.rs', name: 'lib.rs' }]],
    [['sed', '-n', '1,5p', 'file.txt'], [{ type: 'read', cmd: "sed -n '1,5p' file.txt", name: 'file.txt' }]],
    [['sed', '-i', 's/a/b/', 'file.txt'], [{ type: 'unknown', cmd: 'sed -i s/a/b/ file.txt' }]],
    [['rg', '-n', 'TODO', 'src/app'], [{ type: 'search', cmd: 'rg -n TODO src/app', query: 'TODO', path: 'app' }]],
    [['rg', '--files', 'webview/src'], [{ type: 'search', cmd: 'rg --files webview/src', query: null, path: 'webview' }]],
    [['grep', '-R', 'a/b', 'node_modules/pkg/'], [{ type: 'search', cmd: 'grep -R a/b node_modules/pkg/', query: 'a/b', path: 'pkg' }]],
    [['find', '.', '-name', '*.ts'], [{ type: 'search', cmd: "find . -name '*.ts'", query: '*.ts', path: '.' }]],
    [['fd', 'foo', 'src/app'], [{ type: 'search', cmd: 'fd foo src/app', query: 'foo', path: 'app' }]],
    [['fd', './src'], [{ type: 'search', cmd: 'fd ./src', query: null, path: '.' }]],
    // Formatters, tests, linters.
    [['cargo', 'fmt', '--', '--check'], [{ type: 'format', cmd: 'cargo fmt -- --check', tool: 'cargo fmt', targets: null }]],
    [['cargo', 'clippy', '-p', 'core'], [{ type: 'lint', cmd: 'cargo clippy -p core', tool: 'cargo clippy', targets: null }]],
    [['cargo', 'test'], [{ type: 'test', cmd: 'cargo test' }]],
    [['pytest', '-q'], [{ type: 'test', cmd: 'pytest -q' }]],
    [['eslint', '-c', '.eslintrc', 'src/index.ts'], [{ type: 'lint', cmd: 'eslint -c .eslintrc src/index.ts', tool: 'eslint', targets: ['src/index.ts'] }]],
    [['npx', 'prettier', '--write', 'a.ts'], [{ type: 'format', cmd: 'npx prettier --write a.ts', tool: 'prettier', targets: ['a.ts'] }]],
    [['npm', 'test'], [{ type: 'test', cmd: 'npm test' }]],
    [['pnpm', '-r', 'run', 'lint'], [{ type: 'lint', cmd: 'pnpm -r run lint', tool: 'pnpm-script:lint', targets: null }]],
    [['yarn', 'run', 'fmt'], [{ type: 'format', cmd: 'yarn run fmt', tool: 'yarn-script:fmt', targets: null }]],
    [['npm', 'install'], [{ type: 'unknown', cmd: 'npm install' }]],
    [['true'], [{ type: 'noop', cmd: 'true' }]],
    // bash -c is split on connectors, then simplified.
    [['bash', '-c', 'cd foo && cargo test'], [{ type: 'test', cmd: 'cargo test' }]],
    [['bash', '-c', 'grep -R foo . || true'], [{ type: 'search', cmd: 'grep -R foo .', query: 'foo', path: '.' }]],
    [['bash', '-c', 'echo start && ls'], [{ type: 'list_files', cmd: 'ls', path: null }]],
    [['bash', '-c', 'ls && ls'], [{ type: 'list_files', cmd: 'ls', path: null }]],
    [['yes', '|', 'npm', 'test'], [{ type: 'test', cmd: 'npm test' }]],
    // bash -lc scripts.
    [['bash', '-lc', 'cat README.md'], [{ type: 'read', cmd: 'cat README.md', name: 'README.md' }]],
    [['bash', '-lc', "sed -n '1,5p' file.txt"], [{ type: 'read', cmd: "sed -n '1,5p' file.txt", name: 'file.txt' }]],
    [['bash', '-lc', 'ls | wc -l'], [{ type: 'list_files', cmd: 'ls', path: null }]],
    [['bash', '-lc', 'rg --files webview/src | sed -n'], [{ type: 'search', cmd: 'rg --files webview/src', query: null, path: 'webview' }]],
    [['bash', '-lc', 'git status'], [{ type: 'unknown', cmd: 'git status' }]],
    [['bash', '-lc', 'echo hi > out.txt'], [{ type: 'unknown', cmd: 'echo hi > out.txt' }]],
    [['bash', '-lc', 'wc -l'], [{ type: 'unknown', cmd: 'wc -l' }]],
    [
      ['bash', '-lc', 'cat a.txt && rg foo'],
      [
        { type: 'read', cmd: 'cat a.txt', name: 'a.txt' },
        { type: 'search', cmd: 'rg foo', query: 'foo', path: null },
      ],
    ],
    [['bash', '-lc', 'rg foo || true'], [{ type: 'search', cmd: 'rg foo', query: 'foo', path: null }]],
    // Edge cases.
    [['a\0b'], [{ type: 'unknown', cmd: '<command included NUL byte>' }]],
    [[], [{ type: 'unknown', cmd: '' }]],
  ])('%j', (argv, expected) => {
    expect(parseCommand(argv)).toEqual(expected);
  });

  it('serialises with every upstream field present (null for absent options)', () => {
    expect(JSON.stringify(parseCommand(['ls']))).toBe('[{"type":"list_files","cmd":"ls","path":null}]');
    expect(JSON.stringify(parseCommand(['rg', 'x']))).toBe('[{"type":"search","cmd":"rg x","query":"x","path":null}]');
  });
});

describe('shortDisplayPath', () => {
  it.each([
    ['webview/src', 'webview'],
    ['foo/src/', 'foo'],
    ['packages/app/node_modules/', 'app'],
    ['a\\b\\c.txt', 'c.txt'],
    ['src', 'src'],
    ['.', '.'],
  ])('%s → %s', (input, expected) => {
    expect(shortDisplayPath(input)).toBe(expected);
  });
});
