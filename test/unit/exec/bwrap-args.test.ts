import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildBwrapArgs } from '../../../src/exec/sandbox/bwrap-args';
import { resolveSandboxPolicy } from '../../../src/exec/sandbox/resolved-policy';
import type { SandboxPolicy } from '../../../src/protocol/common-types';

const PREFIX = ['--new-session', '--die-with-parent', '--ro-bind', '/', '/', '--dev', '/dev'];

describe('buildBwrapArgs', () => {
  let base: string;
  let cwd: string;
  let extra: string;
  let tmpdir: string;
  const noTmp = { exclude_slash_tmp: true, exclude_tmpdir_env_var: true };

  beforeEach(() => {
    base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'bwrap-args-')));
    cwd = path.join(base, 'work', 'project');
    extra = path.join(base, 'extra');
    tmpdir = path.join(base, 't');
    for (const d of [cwd, extra, tmpdir]) fs.mkdirSync(d, { recursive: true });
  });
  afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

  const build = async (policy: SandboxPolicy, commandCwd = cwd, env: NodeJS.ProcessEnv = { TMPDIR: tmpdir }) =>
    buildBwrapArgs(await resolveSandboxPolicy(policy, cwd, { env }), commandCwd, ['touch', 'x']);
  const binds = (args: string[], flag = '--bind') => args.flatMap((a, i) => (a === flag ? [args[i + 1]] : []));

  it('danger-full-access has no wrapper', async () => {
    expect((await build({ mode: 'danger-full-access' }))).toBeUndefined();
  });

  it('read-only binds nothing writable and cuts the network', async () => {
    expect((await build({ mode: 'read-only' }))).toEqual([...PREFIX, '--unshare-user', '--unshare-pid', '--unshare-net', '--proc', '/proc', '--chdir', cwd, '--', 'touch', 'x']);
  });

  it('workspace-write binds writable_roots, the session cwd, /tmp and $TMPDIR shallow to deep', async () => {
    const args = (await build({ mode: 'workspace-write', writable_roots: [extra] }))!;
    expect(args).toEqual([
      ...PREFIX,
      ...['--bind', '/tmp', '/tmp'],
      ...['--bind', extra, extra],
      ...['--bind', tmpdir, tmpdir],
      ...['--bind', cwd, cwd],
      ...['--unshare-user', '--unshare-pid', '--unshare-net', '--proc', '/proc', '--chdir', cwd, '--', 'touch', 'x'],
    ]);
  });

  it('the command cwd is only where it starts: it is never bound writable', async () => {
    const elsewhere = path.join(base, 'elsewhere');
    fs.mkdirSync(elsewhere);
    fs.mkdirSync(path.join(cwd, '.git'));
    for (const commandCwd of [elsewhere, path.join(cwd, '.git')]) {
      const args = (await build({ mode: 'workspace-write', ...noTmp }, commandCwd))!;
      expect(binds(args)).toEqual([cwd]);
      expect(binds(args, '--ro-bind')).toEqual(['/', path.join(cwd, '.git')]);
      expect(args[args.indexOf('--chdir') + 1]).toBe(commandCwd);
    }
  });

  it('exclude_slash_tmp and exclude_tmpdir_env_var drop those roots', async () => {
    expect(binds((await build({ mode: 'workspace-write', ...noTmp }))!)).toEqual([cwd]);
    expect(binds((await build({ mode: 'workspace-write', exclude_slash_tmp: true }))!)).toHaveLength(2);
    expect((await build({ mode: 'workspace-write', exclude_tmpdir_env_var: true }))!).not.toContain(tmpdir);
  });

  it('an unset or empty $TMPDIR adds nothing', async () => {
    expect(binds((await build({ mode: 'workspace-write', exclude_slash_tmp: true }, cwd, {}))!)).toHaveLength(1);
    expect(binds((await build({ mode: 'workspace-write', exclude_slash_tmp: true }, cwd, { TMPDIR: '' }))!)).toHaveLength(1);
  });

  it('mounts every read-only sub-path after every bind', async () => {
    fs.mkdirSync(path.join(cwd, '.git'));
    fs.mkdirSync(path.join(extra, '.codex'));
    const args = (await build({ mode: 'workspace-write', writable_roots: [extra], ...noTmp }))!;
    const firstRo = args.indexOf('--ro-bind', PREFIX.length);
    expect(args.slice(PREFIX.length, firstRo)).toEqual(['--bind', extra, extra, '--bind', cwd, cwd]);
    expect(binds(args, '--ro-bind').slice(1).sort()).toEqual([path.join(cwd, '.git'), path.join(extra, '.codex')].sort());
  });

  it('network_access keeps the network namespace', async () => {
    expect((await build({ mode: 'workspace-write', network_access: true }))).not.toContain('--unshare-net');
    expect((await build({ mode: 'workspace-write', network_access: false }))).toContain('--unshare-net');
  });

  it('puts the command after `--` untouched', async () => {
    const args = buildBwrapArgs(await resolveSandboxPolicy({ mode: 'read-only' }, cwd), cwd, ['sh', '-c', 'echo "$HOME" --bind / /'])!;
    expect(args.slice(args.indexOf('--') + 1)).toEqual(['sh', '-c', 'echo "$HOME" --bind / /']);
  });
});
