/**
 * "Known safe" only skips the question. Under `untrusted` (approvals denied): commands that can
 * write or run programs are not on the list any more, and the ones that stay (`git status`,
 * `git diff`) run in the sandbox, so a repository config an earlier sandboxed command planted
 * (`core.fsmonitor`, `diff.external`) runs its program only inside it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { reply } from '../../support/mock-model-server';
import { askedAbout, attackServerPerSuite, describeSandbox, makeArena, snapshotTree } from './attack-harness';

describeSandbox('known-safe commands run sandboxed (spawned server, real bwrap, approvals denied)', () => {
  const server = attackServerPerSuite();

  it('git status / git diff run a planted core.fsmonitor / diff.external only inside the sandbox', async () => {
    const arena = makeArena(({ cwd, outside }) => {
      // A program that proves where it ran: the root is writable in the sandbox, the outside is not.
      for (const name of ['fsmonitor', 'external']) {
        fs.writeFileSync(path.join(cwd, `${name}.sh`), `#!/bin/sh\necho ran > ${path.join(cwd, `${name}-ran`)}\necho pwned > ${path.join(outside, `${name}-pwned`)}\nexit 0\n`, { mode: 0o755 });
      }
    });
    const git = 'git -c user.name=m -c user.email=m@x';
    // Turn 1 (on-request: sandboxed, no questions): two new nested repositories with hostile config.
    const plant = await server().attack(arena, [
      reply.shell('plant', [
        'sh',
        '-c',
        [
          `git init -q sub && git -C sub config core.fsmonitor ${path.join(arena.cwd, 'fsmonitor.sh')}`,
          `git init -q sub2 && echo a > sub2/a && git -C sub2 add a && ${git} -C sub2 commit -qm init && echo b >> sub2/a`,
          `git -C sub2 config diff.external ${path.join(arena.cwd, 'external.sh')}`,
        ].join(' && '),
      ]),
    ]);
    expect(plant.asked).toEqual([]);
    expect(JSON.parse(plant.output('plant')!).metadata.exit_code).toBe(0);

    // Turn 2 (untrusted): known safe, so no question; the planted programs run, in the sandbox.
    // (git diff writes the old side to $TMPDIR for the external program; /tmp is not a root here)
    fs.mkdirSync(path.join(arena.cwd, 'tmp'));
    const { asked, output } = await server().attack(arena, [reply.shell('status', ['git', 'status'], { workdir: 'sub' }), reply.shell('diff', ['git', 'diff'], { workdir: 'sub2' })], {
      approvalPolicy: 'untrusted',
      config: { shell_environment_policy: { set: { TMPDIR: path.join(arena.cwd, 'tmp') } } },
    });
    expect(asked).toEqual([]);
    expect(JSON.parse(output('status')!).metadata.exit_code).toBe(0);
    expect(fs.existsSync(path.join(arena.cwd, 'fsmonitor-ran'))).toBe(true);
    expect(fs.existsSync(path.join(arena.cwd, 'external-ran'))).toBe(true);
    expect(snapshotTree(arena.outside)).toEqual(arena.before);
    // The nested repositories' config is read-only from this turn on.
    const config = fs.readFileSync(path.join(arena.cwd, 'sub', '.git', 'config'), 'utf8');
    const again = await server().attack(arena, [reply.shell('rewrite', ['sh', '-c', 'echo "[core] hooksPath = /x" >> sub/.git/config'])]);
    expect(again.output('rewrite')).toMatch(/Read-only file system/);
    expect(fs.readFileSync(path.join(arena.cwd, 'sub', '.git', 'config'), 'utf8')).toBe(config);
  });

  it('uniq IN OUT, a crafted sed expression and find -exec are asked about; denied, they do not run', async () => {
    const arena = makeArena();
    const pwned = path.join(arena.outside, 'pwned');
    const { asked, output } = await server().attack(
      arena,
      [
        reply.shell('uniq', ['uniq', 'inside.txt', path.join(arena.outside, 'out.txt')]),
        reply.shell('sed', ['sed', '-n', '1p', `--expression=1e touch ${pwned}`]),
        reply.shell('find', ['find', '.', '-name', 'inside.txt', '-exec', 'touch', pwned, ';']),
        reply.shell('rg', ['rg', `--pre=touch`, 'x']),
        reply.shell('ls', ['ls']),
      ],
      { approvalPolicy: 'untrusted' },
    );
    expect(askedAbout(asked)).toEqual(['exec-approval:uniq', 'exec-approval:sed', 'exec-approval:find', 'exec-approval:rg']);
    for (const id of ['uniq', 'sed', 'find', 'rg']) expect(output(id)).toBe('exec command rejected by user');
    expect(JSON.parse(output('ls')!).output).toBe('inside.txt\n');
    expect(snapshotTree(arena.outside)).toEqual(arena.before);
  });

  it('a known-safe command still cannot write outside the roots', async () => {
    const arena = makeArena();
    // `sed -n 1p FILE` is on the list; its FILE being an option is not.
    const { asked, output } = await server().attack(arena, [reply.shell('cat', ['bash', '-c', 'cat inside.txt | grep inside']), reply.shell('sedw', ['sed', '-n', '1p', `-w${path.join(arena.outside, 'w.txt')}`])], {
      approvalPolicy: 'untrusted',
    });
    expect(JSON.parse(output('cat')!).output).toBe('inside\n');
    expect(askedAbout(asked)).toEqual(['exec-approval:sedw']);
    expect(snapshotTree(arena.outside)).toEqual(arena.before);
  });
});
