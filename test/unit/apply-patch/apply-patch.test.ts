import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyAction, verifyPatch } from '../../../src/apply-patch/apply-patch';
import { ApplyPatchError, type ApplyPatchAction } from '../../../src/apply-patch/apply-patch-types';
import { parsePatchText } from '../../../src/apply-patch/parser';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ap-apply-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const abs = (rel: string) => path.join(dir, rel);
const write = (rel: string, content: string | Buffer) => {
  fs.mkdirSync(path.dirname(abs(rel)), { recursive: true });
  fs.writeFileSync(abs(rel), content);
};
const read = (rel: string) => fs.readFileSync(abs(rel), 'utf8');
const exists = (rel: string) => fs.existsSync(abs(rel));
const patchOf = (...body: string[]) => ['*** Begin Patch', ...body, '*** End Patch'].join('\n');

async function verify(text: string): Promise<ApplyPatchAction> {
  const { patch, hunks } = parsePatchText(text);
  return verifyPatch(patch, hunks, dir);
}

async function apply(text: string) {
  return applyAction(await verify(text));
}

async function verifyError(text: string): Promise<string> {
  try {
    await verify(text);
  } catch (err) {
    expect(err).toBeInstanceOf(ApplyPatchError);
    return (err as Error).message;
  }
  throw new Error('expected verification to fail');
}

/** Every file under dir with its contents, to prove nothing changed. */
function tree(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        out[path.relative(dir, p) + '/'] = '';
        walk(p);
      } else {
        out[path.relative(dir, p)] = fs.readFileSync(p, 'utf8');
      }
    }
  };
  walk(dir);
  return out;
}

describe('verifyPatch + applyAction', () => {
  it('adds, updates and deletes, reporting like the reference', async () => {
    write('existing.txt', 'original content\n');
    write('gone.txt', 'bye\n');
    const action = await verify(patchOf(
      '*** Add File: hello.txt', '+hello',
      '*** Update File: existing.txt', '-original content', '+modified content',
      '*** Delete File: gone.txt',
    ));
    expect(action.cwd).toBe(dir);
    expect(action.changes).toEqual({
      [abs('hello.txt')]: { add: { content: 'hello\n' } },
      [abs('existing.txt')]: { update: { unified_diff: '@@ -1 +1 @@\n-original content\n+modified content\n', move_path: null } },
      [abs('gone.txt')]: 'delete',
    });
    expect(action.newContents).toEqual({ [abs('hello.txt')]: 'hello\n', [abs('existing.txt')]: 'modified content\n' });
    // Nothing is written before applying.
    expect(exists('hello.txt')).toBe(false);

    const result = await applyAction(action);
    expect(result).toEqual({
      success: true,
      stdout: 'Success. Updated the following files:\nA hello.txt\nM existing.txt\nD gone.txt\n',
      stderr: '',
    });
    expect(tree()).toEqual({ 'hello.txt': 'hello\n', 'existing.txt': 'modified content\n' });
  });

  it('lists added, then modified, then deleted paths as written in the patch', async () => {
    write('m.txt', 'x\n');
    write('d.txt', 'x\n');
    const result = await apply(patchOf('*** Delete File: d.txt', '*** Update File: ./m.txt', '@@', '-x', '+y', '*** Add File: a.txt', '+a'));
    expect(result.stdout).toBe('Success. Updated the following files:\nA a.txt\nM ./m.txt\nD d.txt\n');
  });

  it('creates parent directories for added files', async () => {
    const result = await apply(patchOf('*** Add File: deep/er/new.txt', '+content'));
    expect(result.success).toBe(true);
    expect(read('deep/er/new.txt')).toBe('content\n');
  });

  it('overwrites an existing file on add', async () => {
    write('dup.txt', 'old\n');
    await apply(patchOf('*** Add File: dup.txt', '+new'));
    expect(read('dup.txt')).toBe('new\n');
  });

  it('moves a file into a new directory', async () => {
    write('old/name.txt', 'from\n');
    write('old/other.txt', 'untouched\n');
    const action = await verify(patchOf('*** Update File: old/name.txt', '*** Move to: renamed/dir/name.txt', '@@', '-from', '+to'));
    expect(action.changes).toEqual({
      [abs('old/name.txt')]: { update: { unified_diff: '@@ -1 +1 @@\n-from\n+to\n', move_path: abs('renamed/dir/name.txt') } },
    });
    expect(action.newContents).toEqual({ [abs('renamed/dir/name.txt')]: 'to\n' });
    const result = await applyAction(action);
    expect(result.stdout).toBe('Success. Updated the following files:\nM renamed/dir/name.txt\n');
    expect(tree()).toEqual({ 'old/': '', 'old/other.txt': 'untouched\n', 'renamed/': '', 'renamed/dir/': '', 'renamed/dir/name.txt': 'to\n' });
  });

  it('overwrites an existing move destination', async () => {
    write('a.txt', 'line\n');
    write('b.txt', 'previous\n');
    await apply(patchOf('*** Update File: a.txt', '*** Move to: b.txt', '@@', '-line', '+moved'));
    expect(tree()).toEqual({ 'b.txt': 'moved\n' });
  });

  it('keeps a file moved onto itself', async () => {
    write('a.txt', 'line\n');
    await apply(patchOf('*** Update File: a.txt', '*** Move to: ./a.txt', '@@', '-line', '+same'));
    expect(tree()).toEqual({ 'a.txt': 'same\n' });
  });

  it('appends a pure addition at the end of the file, not at the context', async () => {
    write('input.txt', 'first\nsecond\nthird\n');
    await apply(patchOf('*** Update File: input.txt', '@@ first', '+added'));
    expect(read('input.txt')).toBe('first\nsecond\nthird\nadded\n');
  });

  it('adds a final newline to a file without one', async () => {
    write('no_newline.txt', 'no newline at end');
    const action = await verify(patchOf('*** Update File: no_newline.txt', '@@', '-no newline at end', '+now has newline'));
    expect(action.changes[abs('no_newline.txt')]).toEqual({
      update: { unified_diff: '@@ -1 +1 @@\n-no newline at end\n\\ No newline at end of file\n+now has newline\n', move_path: null },
    });
    await applyAction(action);
    expect(read('no_newline.txt')).toBe('now has newline\n');
  });

  it('anchors *** End of File chunks to the end of the file', async () => {
    write('tail.txt', 'end\nmiddle\nend\n');
    await apply(patchOf('*** Update File: tail.txt', '@@', '-end', '+END', '*** End of File'));
    expect(read('tail.txt')).toBe('end\nmiddle\nEND\n');
  });

  it('rejects an End of File chunk that does not match the end', async () => {
    write('tail.txt', 'end\nmiddle\n');
    expect(await verifyError(patchOf('*** Update File: tail.txt', '@@', '-end', '+END', '*** End of File')))
      .toBe(`Failed to find expected lines ["end"] in ${abs('tail.txt')}`);
  });

  it('applies several chunks in order, each after its @@ context', async () => {
    write('multi.txt', 'class A:\n  x = 1\nclass B:\n  x = 1\n  y = 2\n');
    const action = await verify(patchOf('*** Update File: multi.txt', '@@ class B:', '-  x = 1', '+  x = 10', '@@', '-  y = 2', '+  y = 20'));
    expect(action.changes[abs('multi.txt')]).toEqual({
      update: { unified_diff: '@@ -3,3 +3,3 @@\n class B:\n-  x = 1\n-  y = 2\n+  x = 10\n+  y = 20\n', move_path: null },
    });
    await applyAction(action);
    expect(read('multi.txt')).toBe('class A:\n  x = 1\nclass B:\n  x = 10\n  y = 20\n');
  });

  it('deletes lines with a deletion-only chunk', async () => {
    write('lines.txt', 'keep\ndrop\nkeep too\n');
    await apply(patchOf('*** Update File: lines.txt', '@@', ' keep', '-drop'));
    expect(read('lines.txt')).toBe('keep\nkeep too\n');
  });

  it.each([
    ['trailing whitespace', 'value = 1   \n', '-value = 1'],
    ['surrounding whitespace', '    value = 1\n', '-value = 1'],
    ['typographic punctuation', 'value \u2014 \u201Cone\u201D\n', '-value - "one"'],
  ])('matches lines despite %s', async (_name, content, minus) => {
    write('fuzzy.txt', `before\n${content}after\n`);
    await apply(patchOf('*** Update File: fuzzy.txt', '@@', minus, '+replaced'));
    expect(read('fuzzy.txt')).toBe('before\nreplaced\nafter\n');
  });

  it('retries without a trailing empty context line', async () => {
    write('t.txt', 'a\nb\n');
    await apply(patchOf('*** Update File: t.txt', '@@', '-b', '+c', ''));
    expect(read('t.txt')).toBe('a\nc\n');
  });

  it('applies hunks in sequence: an added file can be updated by a later hunk', async () => {
    const action = await verify(patchOf('*** Add File: n.txt', '+one', '*** Update File: n.txt', '@@', '-one', '+two'));
    expect(action.changes).toEqual({ [abs('n.txt')]: { add: { content: 'two\n' } } });
    const result = await applyAction(action);
    expect(result.stdout).toBe('Success. Updated the following files:\nA n.txt\nM n.txt\n');
    expect(read('n.txt')).toBe('two\n');
  });

  it('keeps the permissions of an updated file', async () => {
    write('run.sh', 'echo 1\n');
    fs.chmodSync(abs('run.sh'), 0o755);
    await apply(patchOf('*** Update File: run.sh', '@@', '-echo 1', '+echo 2'));
    expect(fs.statSync(abs('run.sh')).mode & 0o777).toBe(0o755);
    expect(read('run.sh')).toBe('echo 2\n');
  });

  it('writes through a symlink instead of replacing it', async () => {
    write('real.txt', 'a\n');
    fs.symlinkSync('real.txt', abs('link.txt'));
    await apply(patchOf('*** Update File: link.txt', '@@', '-a', '+b'));
    expect(fs.lstatSync(abs('link.txt')).isSymbolicLink()).toBe(true);
    expect(read('real.txt')).toBe('b\n');
  });

  it('accepts absolute paths (they win over cwd)', async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'ap-abs-'));
    try {
      const target = path.join(other, 'x.txt');
      const result = await apply(patchOf(`*** Add File: ${target}`, '+x'));
      expect(result.stdout).toBe(`Success. Updated the following files:\nA ${target}\n`);
      expect(fs.readFileSync(target, 'utf8')).toBe('x\n');
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('reports an empty patch as "No files were modified."', async () => {
    const action = await verify(patchOf());
    expect(action.changes).toEqual({});
    expect(await applyAction(action)).toEqual({ success: false, stdout: '', stderr: 'No files were modified.\n' });
  });
});

describe('verification errors (upstream texts)', () => {
  it('cannot read a missing file to update', async () => {
    expect(await verifyError(patchOf('*** Update File: missing.txt', '@@', '-a', '+b')))
      .toBe(`Failed to read file to update ${abs('missing.txt')}: No such file or directory (os error 2)`);
  });

  it('cannot update a directory', async () => {
    fs.mkdirSync(abs('folder'));
    expect(await verifyError(patchOf('*** Update File: folder', '@@', '-a', '+b')))
      .toBe(`Failed to read file to update ${abs('folder')}: Is a directory (os error 21)`);
  });

  it('refuses a file that is not UTF-8', async () => {
    write('bin.dat', Buffer.from([0xff, 0xfe, 0x00]));
    expect(await verifyError(patchOf('*** Update File: bin.dat', '@@', '-a', '+b')))
      .toBe(`Failed to read file to update ${abs('bin.dat')}: stream did not contain valid UTF-8`);
  });

  it('cannot find the @@ context', async () => {
    write('f.txt', 'a\n');
    expect(await verifyError(patchOf('*** Update File: f.txt', '@@ def nowhere():', '-a', '+b')))
      .toBe(`Failed to find context 'def nowhere():' in ${abs('f.txt')}`);
  });

  it('cannot find the expected lines (printed as a Rust debug list)', async () => {
    write('f.txt', 'a\n');
    expect(await verifyError(patchOf('*** Update File: f.txt', '@@', ' say "hi"\t\\', '-gone', '+new')))
      .toBe(`Failed to find expected lines ["say \\"hi\\"\\t\\\\", "gone"] in ${abs('f.txt')}`);
  });

  it('cannot delete a missing file or a directory', async () => {
    expect(await verifyError(patchOf('*** Delete File: nope.txt')))
      .toBe(`Failed to delete file ${abs('nope.txt')}: No such file or directory (os error 2)`);
    fs.mkdirSync(abs('d'));
    expect(await verifyError(patchOf('*** Delete File: d')))
      .toBe(`Failed to delete file ${abs('d')}: Is a directory (os error 21)`);
  });

  it('cannot update a file an earlier hunk deleted', async () => {
    write('f.txt', 'a\n');
    expect(await verifyError(patchOf('*** Delete File: f.txt', '*** Update File: f.txt', '@@', '-a', '+b')))
      .toBe(`Failed to read file to update ${abs('f.txt')}: No such file or directory (os error 2)`);
  });
});

describe('atomicity', () => {
  it('a failing second hunk leaves every file as it was', async () => {
    write('a.txt', 'alpha\n');
    write('b.txt', 'beta\n');
    const before = tree();
    const text = patchOf(
      '*** Update File: a.txt', '@@', '-alpha', '+ALPHA',
      '*** Add File: c.txt', '+new',
      '*** Update File: b.txt', '@@', '-not there', '+x',
    );
    expect(await verifyError(text)).toBe(`Failed to find expected lines ["not there"] in ${abs('b.txt')}`);
    expect(tree()).toEqual(before);
  });

  it('a write that fails midway restores every file already written', async () => {
    write('a.txt', 'alpha\n');
    write('gone.txt', 'still here\n');
    write('blocker', 'a file where a directory is needed\n');
    const before = tree();
    const action = await verify(patchOf(
      '*** Add File: fresh/dir/new.txt', '+created',
      '*** Update File: a.txt', '@@', '-alpha', '+ALPHA',
      '*** Delete File: gone.txt',
      '*** Add File: blocker/inside.txt', '+cannot be written',
    ));
    const result = await applyAction(action);
    expect(result.success).toBe(false);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`Failed to create parent directories for ${abs('blocker/inside.txt')}: File exists (os error 17)\n`);
    expect(tree()).toEqual(before);
  });

  it('restores a replaced file when a later write hits a directory', async () => {
    write('a.txt', 'alpha\n');
    fs.mkdirSync(abs('taken'));
    const before = tree();
    const result = await apply(patchOf('*** Update File: a.txt', '@@', '-alpha', '+ALPHA', '*** Add File: taken', '+x'));
    expect(result.success).toBe(false);
    expect(result.stderr).toBe(`Failed to write file ${abs('taken')}: Is a directory (os error 21)\n`);
    expect(tree()).toEqual(before);
    // No temporary files are left behind.
    expect(fs.readdirSync(dir).sort()).toEqual(['a.txt', 'taken']);
  });
});

describe('applyAction on an action built elsewhere (changes and newContents only)', () => {
  it('derives the plan and the summary', async () => {
    write('u.txt', 'old\n');
    write('d.txt', 'x\n');
    write('m.txt', 'm\n');
    const action: ApplyPatchAction = {
      patch: '',
      cwd: dir,
      changes: {
        [abs('a.txt')]: { add: { content: 'A\n' } },
        [abs('u.txt')]: { update: { unified_diff: '', move_path: null } },
        [abs('m.txt')]: { update: { unified_diff: '', move_path: abs('moved/m.txt') } },
        [abs('d.txt')]: 'delete',
      },
      newContents: { [abs('a.txt')]: 'A\n', [abs('u.txt')]: 'new\n', [abs('moved/m.txt')]: 'M\n' },
    };
    const result = await applyAction(action);
    expect(result.stdout).toBe('Success. Updated the following files:\nA a.txt\nM u.txt\nM moved/m.txt\nD d.txt\n');
    expect(tree()).toEqual({ 'a.txt': 'A\n', 'u.txt': 'new\n', 'moved/': '', 'moved/m.txt': 'M\n' });
  });
});
