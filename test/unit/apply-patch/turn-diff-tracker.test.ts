import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyAction, verifyPatch } from '../../../src/apply-patch/apply-patch';
import { parsePatchText } from '../../../src/apply-patch/parser';
import { gitBlobOid, TurnDiffTracker } from '../../../src/apply-patch/turn-diff-tracker';

const ZERO = '0000000000000000000000000000000000000000';
const oid = (s: string | Buffer) => gitBlobOid(Buffer.isBuffer(s) ? s : Buffer.from(s));

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ap-diff-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
const abs = (rel: string) => path.join(dir, rel);

describe('TurnDiffTracker', () => {
  it('computes git blob ids like git', () => {
    // `printf 'original content\n' | git hash-object --stdin`
    expect(oid('original content\n')).toBe('2fd01525c9757f2e4cebdbef4f0ec8ec28669ee4');
    expect(oid('')).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
  });

  it('reproduces the recorded turn_diff of an add and an update (paths absolute outside git)', async () => {
    const work = abs('workdir');
    fs.mkdirSync(work);
    fs.writeFileSync(path.join(work, 'existing.txt'), 'original content\n');
    const { patch, hunks } = parsePatchText(
      '*** Begin Patch\n*** Add File: hello.txt\n+hello\n*** Update File: existing.txt\n-original content\n+modified content\n*** End Patch',
    );
    const action = await verifyPatch(patch, hunks, work);
    const tracker = new TurnDiffTracker();
    await tracker.onPatchBegin(action.changes);
    expect((await applyAction(action)).success).toBe(true);

    const expected =
      `diff --git a/${work}/existing.txt b/${work}/existing.txt\n` +
      'index 2fd01525c9757f2e4cebdbef4f0ec8ec28669ee4..8f2383152420af92751729e1c7c01ac5a62788b8\n' +
      `--- a/${work}/existing.txt\n+++ b/${work}/existing.txt\n` +
      '@@ -1 +1 @@\n-original content\n+modified content\n' +
      `diff --git a/${work}/hello.txt b/${work}/hello.txt\n` +
      'new file mode 100644\n' +
      'index 0000000000000000000000000000000000000000..ce013625030ba8dba906f756967f9e9ca394464a\n' +
      `--- /dev/null\n+++ b/${work}/hello.txt\n` +
      '@@ -0,0 +1 @@\n+hello\n';
    expect(await tracker.getUnifiedDiff()).toBe(expected);
  });

  it('keeps the first baseline across patches (add then update stays an addition)', async () => {
    const file = abs('a.txt');
    const tracker = new TurnDiffTracker();
    await tracker.onPatchBegin({ [file]: { add: { content: 'foo\n' } } });
    fs.writeFileSync(file, 'foo\n');
    await tracker.onPatchBegin({ [file]: { update: { unified_diff: '', move_path: null } } });
    fs.writeFileSync(file, 'foo\nbar\n');
    expect(await tracker.getUnifiedDiff()).toBe(
      `diff --git a/${file} b/${file}\nnew file mode 100644\nindex ${ZERO}..${oid('foo\nbar\n')}\n` +
      `--- /dev/null\n+++ b/${file}\n@@ -0,0 +1,2 @@\n+foo\n+bar\n`,
    );
  });

  it('shows deletions', async () => {
    const file = abs('b.txt');
    fs.writeFileSync(file, 'x\n');
    const tracker = new TurnDiffTracker();
    await tracker.onPatchBegin({ [file]: 'delete' });
    fs.rmSync(file);
    expect(await tracker.getUnifiedDiff()).toBe(
      `diff --git a/${file} b/${file}\ndeleted file mode 100644\nindex ${oid('x\n')}..${ZERO}\n` +
      `--- a/${file}\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n`,
    );
  });

  it('pairs a moved file with its origin', async () => {
    const src = abs('src.txt');
    const dest = abs('dst.txt');
    fs.writeFileSync(src, 'line\n');
    const tracker = new TurnDiffTracker();
    await tracker.onPatchBegin({ [src]: { update: { unified_diff: '', move_path: dest } } });
    fs.renameSync(src, dest);
    fs.writeFileSync(dest, 'line2\n');
    expect(await tracker.getUnifiedDiff()).toBe(
      `diff --git a/${src} b/${dest}\nindex ${oid('line\n')}..${oid('line2\n')}\n` +
      `--- a/${src}\n+++ b/${dest}\n@@ -1 +1 @@\n-line\n+line2\n`,
    );
  });

  it('returns null when nothing changed (a pure rename, or no patch at all)', async () => {
    const tracker = new TurnDiffTracker();
    expect(await tracker.getUnifiedDiff()).toBeNull();
    const src = abs('moved.txt');
    fs.writeFileSync(src, 'same\n');
    await tracker.onPatchBegin({ [src]: { update: { unified_diff: '', move_path: abs('renamed.txt') } } });
    fs.renameSync(src, abs('renamed.txt'));
    expect(await tracker.getUnifiedDiff()).toBeNull();
  });

  it('orders files by path and reports binary changes', async () => {
    const bin = abs('z.bin');
    const text = abs('a.txt');
    fs.writeFileSync(bin, Buffer.from([0xff, 0xfe, 0x00]));
    fs.writeFileSync(text, 'one\n');
    const tracker = new TurnDiffTracker();
    await tracker.onPatchBegin({ [bin]: { update: { unified_diff: '', move_path: null } }, [text]: { update: { unified_diff: '', move_path: null } } });
    fs.writeFileSync(bin, Buffer.from([0x01, 0x00]));
    fs.writeFileSync(text, 'two\n');
    expect(await tracker.getUnifiedDiff()).toBe(
      `diff --git a/${text} b/${text}\nindex ${oid('one\n')}..${oid('two\n')}\n--- a/${text}\n+++ b/${text}\n@@ -1 +1 @@\n-one\n+two\n` +
      `diff --git a/${bin} b/${bin}\nindex ${oid(Buffer.from([0xff, 0xfe, 0x00]))}..${oid(Buffer.from([0x01, 0x00]))}\n` +
      `--- a/${bin}\n+++ b/${bin}\nBinary files differ\n`,
    );
  });

  it('shows paths relative to the git worktree and mode changes', async () => {
    fs.mkdirSync(abs('repo/.git'), { recursive: true });
    fs.mkdirSync(abs('repo/src'));
    const file = abs('repo/src/run.sh');
    fs.writeFileSync(file, 'echo 1\n');
    const tracker = new TurnDiffTracker();
    await tracker.onPatchBegin({ [file]: { update: { unified_diff: '', move_path: null } } });
    fs.writeFileSync(file, 'echo 1\necho 2\n');
    fs.chmodSync(file, 0o755);
    expect(await tracker.getUnifiedDiff()).toBe(
      'diff --git a/src/run.sh b/src/run.sh\nold mode 100644\nnew mode 100755\n' +
      `index ${oid('echo 1\n')}..${oid('echo 1\necho 2\n')}\n--- a/src/run.sh\n+++ b/src/run.sh\n@@ -1 +1,2 @@\n echo 1\n+echo 2\n`,
    );
  });

  it('uses 3 lines of context', async () => {
    const file = abs('ctx.txt');
    const lines = Array.from({ length: 12 }, (_, i) => `l${i + 1}`);
    fs.writeFileSync(file, lines.join('\n') + '\n');
    const tracker = new TurnDiffTracker();
    await tracker.onPatchBegin({ [file]: { update: { unified_diff: '', move_path: null } } });
    lines[5] = 'CHANGED';
    fs.writeFileSync(file, lines.join('\n') + '\n');
    const diff = await tracker.getUnifiedDiff();
    expect(diff).toContain('@@ -3,7 +3,7 @@\n l3\n l4\n l5\n-l6\n+CHANGED\n l7\n l8\n l9\n');
  });
});
