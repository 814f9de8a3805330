/**
 * Attacks through apply_patch (approvals denied): the patch is checked against the realpaths of
 * what it writes and applied by the bundle re-executed inside the sandbox, so neither a `cd`, a
 * symlink made by an earlier sandboxed command, `..`, `Move to:`, a `.git` file nor read-only +
 * on-failure lets it write outside the writable roots without the user saying yes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { reply } from '../../support/mock-model-server';
import { askedAbout, attackServerPerSuite, describeSandbox, makeArena, snapshotTree } from './attack-harness';

const patch = (...lines: string[]) => ['*** Begin Patch', ...lines, '*** End Patch'].join('\n');
const applyPatch = (callId: string, body: string) => reply.shell(callId, ['apply_patch', body]);
const ADD_PWNED = (p: string) => patch(`*** Add File: ${p}`, '+pwned');
const UPDATE_TARGET = (p: string) => patch(`*** Update File: ${p}`, '@@', '-original outside', '+pwned');

describeSandbox('attacks through apply_patch (spawned server, real bwrap, approvals denied)', () => {
  const server = attackServerPerSuite();

  it('`cd X && apply_patch`, `..` and `Move to:` out of the root are asked about; denied, nothing changes', async () => {
    const arena = makeArena();
    const { asked, output, events } = await server().attack(arena, [
      reply.shell('cd', ['bash', '-lc', `cd ${arena.outside} && apply_patch <<'EOF'\n${ADD_PWNED('new.txt')}\nEOF\n`]),
      applyPatch('dotdot', ADD_PWNED('../outside/new.txt')),
      applyPatch('move', patch('*** Update File: inside.txt', '*** Move to: ../outside/moved.txt', '@@', '-inside', '+moved')),
    ]);
    expect(askedAbout(asked)).toEqual(['patch-approval:cd', 'patch-approval:dotdot', 'patch-approval:move']);
    for (const id of ['cd', 'dotdot', 'move']) expect(output(id)).toBe('patch rejected by user');
    expect(events.filter((e) => e.type === 'patch_apply_begin')).toEqual([]);
    expect(snapshotTree(arena.outside)).toEqual(arena.before);
    expect(fs.readFileSync(path.join(arena.cwd, 'inside.txt'), 'utf8')).toBe('inside\n');
  });

  it('a symlink made by an earlier sandboxed command (and a symlinked parent) does not carry a patch outside', async () => {
    const arena = makeArena();
    const { asked, output } = await server().attack(arena, [
      reply.shell('ln', ['sh', '-c', `ln -s ${arena.outside} link && ln -s ${path.join(arena.outside, 'dir')} parent && ln -s ${path.join(arena.outside, 'target.txt')} file`]),
      applyPatch('via-link', UPDATE_TARGET('link/target.txt')),
      applyPatch('via-parent', ADD_PWNED('parent/new.txt')),
      applyPatch('via-file', UPDATE_TARGET('file')),
    ]);
    expect(fs.lstatSync(path.join(arena.cwd, 'link')).isSymbolicLink()).toBe(true); // the sandboxed ln worked
    expect(askedAbout(asked)).toEqual(['patch-approval:via-link', 'patch-approval:via-parent', 'patch-approval:via-file']);
    for (const id of ['via-link', 'via-parent', 'via-file']) expect(output(id)).toBe('patch rejected by user');
    expect(snapshotTree(arena.outside)).toEqual(arena.before);
  });

  it('on-failure: a patch through a symlink is tried in the sandbox, the kernel refuses it, the retry is asked and denied', async () => {
    const arena = makeArena(({ cwd, outside }) => fs.symlinkSync(outside, path.join(cwd, 'link')));
    const { asked, output, events } = await server().attack(arena, [applyPatch('p', UPDATE_TARGET('link/target.txt'))], { approvalPolicy: 'on-failure' });
    const ends = events.filter((e) => e.type === 'patch_apply_end');
    expect(ends).toEqual([{ type: 'patch_apply_end', call_id: 'p', stdout: '', stderr: expect.stringMatching(/Read-only file system/), success: false }]);
    expect(events.find((e) => e.type === 'patch_apply_begin')).toMatchObject({ auto_approved: true });
    expect(askedAbout(asked)).toEqual(['patch-approval:p']);
    expect(asked[0].params.codex_reason).toBe('patch failed in the sandbox; apply it without the sandbox?');
    expect(output('p')).toBe('patch rejected by user');
    expect(snapshotTree(arena.outside)).toEqual(arena.before);
  });

  it('on-failure: a patch into .git (a gitdir: target, a nested repository) or .codex is asked first, never tried', async () => {
    const arena = makeArena(({ cwd }) => {
      fs.mkdirSync(path.join(cwd, 'gitdata', 'hooks'), { recursive: true });
      fs.writeFileSync(path.join(cwd, '.git'), 'gitdir: gitdata\n');
      fs.mkdirSync(path.join(cwd, 'sub', '.git'), { recursive: true });
    });
    const rootBefore = snapshotTree(arena.cwd);
    const { asked, events } = await server().attack(
      arena,
      [
        applyPatch('hook', ADD_PWNED('gitdata/hooks/pre-commit')),
        applyPatch('nested', ADD_PWNED('sub/.git/config')),
        applyPatch('new-repo', ADD_PWNED('fresh/.git/config')),
        applyPatch('codex', ADD_PWNED('.codex/config.toml')),
      ],
      { approvalPolicy: 'on-failure' },
    );
    expect(askedAbout(asked)).toEqual(['patch-approval:hook', 'patch-approval:nested', 'patch-approval:new-repo', 'patch-approval:codex']);
    expect(asked.every((m) => m.params.codex_reason === undefined)).toBe(true);
    expect(events.filter((e) => e.type === 'patch_apply_begin')).toEqual([]);
    expect(snapshotTree(arena.cwd)).toEqual(rootBefore);
    expect(snapshotTree(arena.outside)).toEqual(arena.before);
  });

  it('read-only + on-failure: patches outside and inside the cwd are both asked about; denied, nothing is written', async () => {
    const arena = makeArena();
    const { asked, output } = await server().attack(arena, [applyPatch('out', ADD_PWNED(path.join(arena.outside, 'new.txt'))), applyPatch('in', ADD_PWNED('new.txt'))], {
      approvalPolicy: 'on-failure',
      sandbox: 'read-only',
    });
    expect(askedAbout(asked)).toEqual(['patch-approval:out', 'patch-approval:in']);
    expect(output('out')).toBe('patch rejected by user');
    expect(output('in')).toBe('patch rejected by user');
    expect(fs.existsSync(path.join(arena.cwd, 'new.txt'))).toBe(false);
    expect(snapshotTree(arena.outside)).toEqual(arena.before);
  });

  it('a patch inside the root is applied in the sandbox without asking: files, output and turn_diff as in-process', async () => {
    const arena = makeArena();
    const { asked, output, events } = await server().attack(arena, [applyPatch('ok', patch('*** Update File: inside.txt', '@@', '-inside', '+changed', '*** Add File: sub/new.txt', '+new'))]);
    expect(asked).toEqual([]);
    expect(fs.readFileSync(path.join(arena.cwd, 'inside.txt'), 'utf8')).toBe('changed\n');
    expect(fs.readFileSync(path.join(arena.cwd, 'sub', 'new.txt'), 'utf8')).toBe('new\n');
    expect(events.find((e) => e.type === 'patch_apply_end')).toEqual({
      type: 'patch_apply_end',
      call_id: 'ok',
      stdout: 'Success. Updated the following files:\nA sub/new.txt\nM inside.txt\n',
      stderr: '',
      success: true,
    });
    expect(JSON.parse(output('ok')!).output).toBe('Success. Updated the following files:\nA sub/new.txt\nM inside.txt\n');
    const diff = events.find((e) => e.type === 'turn_diff');
    expect(diff?.unified_diff).toContain('+changed');
    expect(diff?.unified_diff).toContain('+new');
  });
});
