import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildBwrapArgs, hasNetworkAccess } from '../../../src/exec/sandbox/bwrap-args';
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

  const build = (policy: SandboxPolicy, env: NodeJS.ProcessEnv = { TMPDIR: tmpdir }, dir = cwd) =>
    buildBwrapArgs(policy, dir, ['touch', 'x'], { env });

  it('danger-full-access has no wrapper', () => {
    expect(build({ mode: 'danger-full-access' })).toBeUndefined();
  });

  it('read-only binds nothing writable and cuts the network', () => {
    expect(build({ mode: 'read-only' })).toEqual([
      ...PREFIX,
      '--unshare-user',
      '--unshare-pid',
      '--unshare-net',
      '--proc',
      '/proc',
      '--chdir',
      cwd,
      '--',
      'touch',
      'x',
    ]);
  });

  it('workspace-write binds writable_roots, cwd, /tmp and $TMPDIR shallow to deep', () => {
    const args = build({ mode: 'workspace-write', writable_roots: [extra] })!;
    expect(args).toEqual([
      ...PREFIX,
      '--bind',
      '/tmp',
      '/tmp',
      '--bind',
      extra,
      extra,
      '--bind',
      tmpdir,
      tmpdir,
      '--bind',
      cwd,
      cwd,
      '--unshare-user',
      '--unshare-pid',
      '--unshare-net',
      '--proc',
      '/proc',
      '--chdir',
      cwd,
      '--',
      'touch',
      'x',
    ]);
  });

  it('exclude_slash_tmp and exclude_tmpdir_env_var drop those roots', () => {
    const args = build({ mode: 'workspace-write', ...noTmp })!;
    const binds = args.flatMap((a, i) => (a === '--bind' ? [args[i + 1]] : []));
    expect(binds).toEqual([cwd]);
    expect(build({ mode: 'workspace-write', exclude_slash_tmp: true })!.filter((a) => a === '--bind')).toHaveLength(2);
    expect(build({ mode: 'workspace-write', exclude_tmpdir_env_var: true })!).not.toContain(tmpdir);
  });

  it('an unset or empty $TMPDIR adds nothing', () => {
    const binds = (env: NodeJS.ProcessEnv) =>
      build({ mode: 'workspace-write', exclude_slash_tmp: true }, env)!.filter((a) => a === '--bind').length;
    expect(binds({})).toBe(1);
    expect(binds({ TMPDIR: '' })).toBe(1);
  });

  it('keeps each root’s top-level .git directory read-only, after every bind', () => {
    fs.mkdirSync(path.join(cwd, '.git'));
    fs.writeFileSync(path.join(extra, '.git'), 'gitdir: elsewhere\n'); // a worktree's .git file is not protected
    const args = build({ mode: 'workspace-write', writable_roots: [extra], ...noTmp })!;
    const git = path.join(cwd, '.git');
    expect(args.slice(PREFIX.length, PREFIX.length + 9)).toEqual([
      '--bind',
      extra,
      extra,
      '--bind',
      cwd,
      cwd,
      '--ro-bind',
      git,
      git,
    ]);
    expect(args.filter((a) => a === '--ro-bind')).toHaveLength(2); // `/` and cwd/.git
  });

  it('skips roots that do not exist and canonicalises symlinks (deduplicated)', () => {
    const link = path.join(base, 'link-to-extra');
    fs.symlinkSync(extra, link);
    const args = build({
      mode: 'workspace-write',
      writable_roots: [path.join(base, 'missing'), link, extra],
      ...noTmp,
    })!;
    const binds = args.flatMap((a, i) => (a === '--bind' ? [args[i + 1]] : []));
    expect(binds).toEqual([extra, cwd]);
  });

  it('chdirs into the canonical cwd', () => {
    const link = path.join(base, 'cwd-link');
    fs.symlinkSync(cwd, link);
    const args = build({ mode: 'read-only' }, {}, link)!;
    expect(args[args.indexOf('--chdir') + 1]).toBe(cwd);
  });

  it('network_access keeps the network namespace', () => {
    expect(build({ mode: 'workspace-write', network_access: true })).not.toContain('--unshare-net');
    expect(build({ mode: 'workspace-write', network_access: false })).toContain('--unshare-net');
  });

  it('puts the command after `--` untouched', () => {
    const args = buildBwrapArgs({ mode: 'read-only' }, cwd, ['sh', '-c', 'echo "$HOME" --bind / /'], { env: {} })!;
    expect(args.slice(args.indexOf('--') + 1)).toEqual(['sh', '-c', 'echo "$HOME" --bind / /']);
  });
});

describe('hasNetworkAccess', () => {
  it.each<[SandboxPolicy, boolean]>([
    [{ mode: 'danger-full-access' }, true],
    [{ mode: 'read-only' }, false],
    [{ mode: 'workspace-write' }, false],
    [{ mode: 'workspace-write', network_access: true }, true],
  ])('%j → %s', (policy, expected) => {
    expect(hasNetworkAccess(policy)).toBe(expected);
  });
});
