/**
 * Attacks on the writable roots through the shell tool (workspace-write + on-request, approvals
 * denied): a command's workdir, `..`, hard links, `.git` directories and `gitdir:` files, nested
 * repositories and `.codex` must not widen what the sandbox lets it write.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { reply } from '../../support/mock-model-server';
import { attackServerPerSuite, describeSandbox, makeArena, snapshotTree } from './attack-harness';

describeSandbox('attacks on the writable roots (spawned server, real bwrap, approvals denied)', () => {
  const server = attackServerPerSuite();

  it('a workdir outside the root, `..` and an absolute path do not make the outside writable', async () => {
    const arena = makeArena();
    const { asked, output } = await server().attack(arena, [
      reply.shell('wd', ['sh', '-c', 'echo pwned > target.txt; mkdir made'], { workdir: arena.outside }),
      reply.shell('dotdot', ['sh', '-c', 'echo pwned > ../outside/target.txt'], { workdir: 'sub/..' }),
      reply.shell('abs', ['touch', path.join(arena.outside, 'new.txt')]),
      reply.shell('ok', ['sh', '-c', 'echo fine > written.txt']),
    ]);
    expect(snapshotTree(arena.outside)).toEqual(arena.before);
    expect(asked).toEqual([]);
    for (const id of ['wd', 'dotdot', 'abs']) expect(output(id)).toMatch(/^failed in sandbox LinuxSeccomp with execution error: .*(Read-only file system|Permission denied)/s);
    // The root itself is writable, so the sandbox is not simply refusing everything.
    expect(fs.readFileSync(path.join(arena.cwd, 'written.txt'), 'utf8')).toBe('fine\n');
  });

  it('workdir=.git does not make .git writable', async () => {
    const arena = makeArena(({ cwd }) => {
      fs.mkdirSync(path.join(cwd, '.git', 'hooks'), { recursive: true });
      fs.writeFileSync(path.join(cwd, '.git', 'config'), '[core]\n');
    });
    const git = path.join(arena.cwd, '.git');
    const before = snapshotTree(git);
    const { asked, output } = await server().attack(arena, [
      reply.shell('hook', ['sh', '-c', 'printf "#!/bin/sh\\necho pwned\\n" > hooks/pre-commit; echo "[core] fsmonitor = evil" >> config'], { workdir: '.git' }),
    ]);
    expect(snapshotTree(git)).toEqual(before);
    expect(asked).toEqual([]);
    expect(output('hook')).toMatch(/Read-only file system/);
  });

  it('a hard link to a file outside cannot be made, so nothing is written through it', async () => {
    const arena = makeArena();
    const { output } = await server().attack(arena, [
      reply.shell('ln', ['sh', '-c', `ln ${path.join(arena.outside, 'target.txt')} hl; echo pwned >> hl; cat hl`]),
    ]);
    expect(snapshotTree(arena.outside)).toEqual(arena.before);
    expect(fs.existsSync(path.join(arena.cwd, 'hl'))).toBe(true); // `>>` made a new file in the root
    expect(fs.readFileSync(path.join(arena.cwd, 'hl'), 'utf8')).toBe('pwned\n');
    expect(output('ln')).toMatch(/Invalid cross-device link|Operation not permitted|Read-only file system/);
  });

  it('a .git file with gitdir:, the gitdir it points to, nested repositories and .codex stay read-only', async () => {
    const arena = makeArena(({ cwd }) => {
      fs.mkdirSync(path.join(cwd, 'gitdata'));
      fs.writeFileSync(path.join(cwd, 'gitdata', 'config'), '[core]\n');
      fs.writeFileSync(path.join(cwd, '.git'), 'gitdir: gitdata\n');
      fs.mkdirSync(path.join(cwd, 'vendor', 'lib', '.git'), { recursive: true });
      fs.writeFileSync(path.join(cwd, 'vendor', 'lib', '.git', 'config'), '[core]\n');
      fs.mkdirSync(path.join(cwd, '.codex'));
      fs.writeFileSync(path.join(cwd, '.codex', 'config.toml'), 'model = "x"\n');
    });
    const tryWrite = (rel: string) => `{ echo pwned >> ${rel}; } 2>/dev/null && echo "WROTE ${rel}"`;
    const { output } = await server().attack(arena, [
      reply.shell('w', ['sh', '-c', [tryWrite('.git'), tryWrite('gitdata/config'), tryWrite('vendor/lib/.git/config'), tryWrite('.codex/config.toml'), 'rm -rf .codex vendor/lib/.git gitdata 2>/dev/null', 'mv .git moved 2>/dev/null', 'true'].join('; ')]),
    ]);
    expect(output('w')).not.toContain('WROTE');
    expect(fs.readFileSync(path.join(arena.cwd, '.git'), 'utf8')).toBe('gitdir: gitdata\n');
    expect(fs.readFileSync(path.join(arena.cwd, 'gitdata', 'config'), 'utf8')).toBe('[core]\n');
    expect(fs.readFileSync(path.join(arena.cwd, 'vendor', 'lib', '.git', 'config'), 'utf8')).toBe('[core]\n');
    expect(fs.readFileSync(path.join(arena.cwd, '.codex', 'config.toml'), 'utf8')).toBe('model = "x"\n');
    expect(snapshotTree(arena.outside)).toEqual(arena.before);
  });
});
