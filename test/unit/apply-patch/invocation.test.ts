import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  extractApplyPatchFromBash,
  maybeParseApplyPatch,
  maybeParseApplyPatchVerified,
} from '../../../src/apply-patch/invocation';

const PATCH = '*** Begin Patch\n*** Add File: hello.txt\n+hello\n*** End Patch';
const HUNKS = [{ type: 'add', path: 'hello.txt', contents: 'hello\n' }];

describe('maybeParseApplyPatch', () => {
  it.each(['apply_patch', 'applypatch'])('recognises ["%s", patch]', (cmd) => {
    expect(maybeParseApplyPatch([cmd, PATCH])).toEqual({ kind: 'patch', patch: PATCH, hunks: HUNKS });
  });

  it('accepts a literal heredoc as the argument (lenient mode)', () => {
    expect(maybeParseApplyPatch(['apply_patch', `<<'EOF'\n${PATCH}\nEOF\n`])).toEqual({ kind: 'patch', patch: PATCH, hunks: HUNKS });
  });

  it.each([
    ["<<'EOF'", 'EOF'],
    ['<<EOF', 'EOF'],
    ['<<"EOF"', 'EOF'],
    ["<< 'PATCH'", 'PATCH'],
  ])('recognises bash -lc "apply_patch %s … %s"', (opener, delimiter) => {
    const script = `apply_patch ${opener}\n${PATCH}\n${delimiter}\n`;
    expect(maybeParseApplyPatch(['bash', '-lc', script])).toEqual({ kind: 'patch', patch: PATCH, hunks: HUNKS });
  });

  it('takes the heredoc body even with leading whitespace and applypatch', () => {
    expect(maybeParseApplyPatch(['bash', '-lc', `  applypatch <<'EOF'\n${PATCH}\n\nEOF`])).toEqual({ kind: 'patch', patch: PATCH, hunks: HUNKS });
  });

  it('reports the cd directory of "cd <dir> && apply_patch <<EOF"', () => {
    expect(maybeParseApplyPatch(['bash', '-lc', `cd sub/dir && apply_patch <<'EOF'\n${PATCH}\nEOF\n`])).toEqual({
      kind: 'patch', patch: PATCH, hunks: HUNKS, workdir: 'sub/dir',
    });
    expect(maybeParseApplyPatch(['bash', '-lc', `cd "my dir" && apply_patch <<'EOF'\n${PATCH}\nEOF\n`])).toMatchObject({ workdir: 'my dir' });
  });

  it('returns the parse error of a malformed patch', () => {
    expect(maybeParseApplyPatch(['apply_patch', '*** Begin Patch\n*** Bogus\n*** End Patch'])).toEqual({
      kind: 'error',
      message: "invalid hunk at line 2, '*** Bogus' is not a valid hunk header. Valid hunk headers: '*** Add File: {path}', '*** Delete File: {path}', '*** Update File: {path}'",
    });
    expect(maybeParseApplyPatch(['bash', '-lc', "apply_patch <<'EOF'\nnot a patch\nEOF\n"])).toEqual({
      kind: 'error',
      message: "invalid patch: The first line of the patch must be '*** Begin Patch'",
    });
  });

  it.each<[string, string[]]>([
    ['an ordinary command', ['ls', '-la']],
    ['apply_patch without a patch', ['apply_patch']],
    ['apply_patch with two arguments', ['apply_patch', PATCH, 'extra']],
    ['a bash script that is not apply_patch', ['bash', '-lc', 'echo hi']],
    ['bash -c (only -lc is recognised)', ['bash', '-c', `apply_patch <<'EOF'\n${PATCH}\nEOF`]],
    ['apply_patch in bash without a heredoc (upstream: shell parse error, run as a command)', ['bash', '-lc', 'apply_patch patch.txt']],
    ['a command before apply_patch', ['bash', '-lc', `echo x; apply_patch <<'EOF'\n${PATCH}\nEOF`]],
    ['a command that only starts with apply_patch', ['bash', '-lc', `apply_patcher <<'EOF'\n${PATCH}\nEOF`]],
    ['a cd into an expanded directory (its value is unknown here)', ['bash', '-lc', `cd $DIR && apply_patch <<'EOF'\n${PATCH}\nEOF`]],
    ['a heredoc operator inside a comment', ['bash', '-lc', `apply_patch # <<'EOF'\n${PATCH}\nEOF`]],
    ['an unterminated quote on the command line (a bash syntax error)', ['bash', '-lc', `apply_patch <<'EOF\n${PATCH}\nEOF`]],
  ])('leaves %s alone', (_name, argv) => {
    expect(maybeParseApplyPatch(argv)).toEqual({ kind: 'not-patch' });
  });
});

describe('extractApplyPatchFromBash', () => {
  it('stops at the delimiter line and trims trailing newlines', () => {
    expect(extractApplyPatchFromBash("apply_patch <<'EOF'\nline 1\nEOF2\n\n\nEOF\nafter\n")).toEqual({ body: 'line 1\nEOF2' });
  });

  it('strips leading tabs from the delimiter line with <<-', () => {
    expect(extractApplyPatchFromBash('apply_patch <<-EOF\nbody\n\t\tEOF\n')).toEqual({ body: 'body' });
  });

  it('ignores << inside quotes and here-strings', () => {
    expect(extractApplyPatchFromBash("apply_patch '<<x' <<<y\nbody\ny\n")).toBeUndefined();
  });
});

describe('maybeParseApplyPatchVerified', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ap-inv-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'a.txt'), 'one\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('resolves paths against the cd directory', async () => {
    const patch = '*** Begin Patch\n*** Update File: a.txt\n-one\n+two\n*** End Patch';
    const result = await maybeParseApplyPatchVerified(['bash', '-lc', `cd sub && apply_patch <<'EOF'\n${patch}\nEOF\n`], dir);
    expect(result.kind).toBe('patch');
    if (result.kind !== 'patch') return;
    expect(result.action.cwd).toBe(path.join(dir, 'sub'));
    expect(result.action.changes).toEqual({
      [path.join(dir, 'sub', 'a.txt')]: { update: { unified_diff: '@@ -1 +1 @@\n-one\n+two\n', move_path: null } },
    });
  });

  it('turns a mismatch into an error message', async () => {
    const patch = '*** Begin Patch\n*** Update File: sub/a.txt\n-zero\n+two\n*** End Patch';
    expect(await maybeParseApplyPatchVerified(['apply_patch', patch], dir)).toEqual({
      kind: 'error',
      message: `Failed to find expected lines ["zero"] in ${path.join(dir, 'sub', 'a.txt')}`,
    });
  });

  it('passes through non-patches', async () => {
    expect(await maybeParseApplyPatchVerified(['true'], dir)).toEqual({ kind: 'not-patch' });
  });
});
