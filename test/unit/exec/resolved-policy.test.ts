import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  canonicalWritePath,
  isWritePermitted,
  NESTED_SCAN_MAX_DEPTH,
  resolveSandboxPolicy,
  UNSANDBOXED_POLICY,
  type ResolvedSandboxPolicy,
} from '../../../src/exec/sandbox/resolved-policy';
import type { SandboxPolicy } from '../../../src/protocol/common-types';

const WW: SandboxPolicy = { mode: 'workspace-write', exclude_slash_tmp: true, exclude_tmpdir_env_var: true };

describe('resolveSandboxPolicy', () => {
  let base: string;
  let cwd: string;
  beforeEach(() => {
    base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'resolved-policy-')));
    cwd = path.join(base, 'project');
    fs.mkdirSync(cwd);
  });
  afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

  const resolve = (policy: SandboxPolicy = WW, sessionCwd = cwd, env: NodeJS.ProcessEnv = {}) => resolveSandboxPolicy(policy, sessionCwd, { env });
  const roots = (r: ResolvedSandboxPolicy) => r.writableRoots.map((w) => w.root);
  const readOnly = (r: ResolvedSandboxPolicy) => [...new Set(r.writableRoots.flatMap((w) => w.readOnlySubpaths))].sort();

  it('danger-full-access and read-only have no writable roots', async () => {
    expect((await resolve({ mode: 'danger-full-access' }))).toBe(UNSANDBOXED_POLICY);
    expect((await resolve({ mode: 'read-only' }))).toEqual({ mode: 'read-only', writableRoots: [], networkAccess: false });
  });

  it('workspace-write: session cwd, writable_roots (relative to the cwd), /tmp and $TMPDIR, canonical and shallow to deep', async () => {
    const extra = path.join(base, 'extra');
    const t = path.join(base, 't');
    fs.mkdirSync(extra);
    fs.mkdirSync(t);
    const r = (await resolve({ mode: 'workspace-write', writable_roots: ['../extra'], network_access: true }, cwd, { TMPDIR: `${t}/` }));
    expect(roots(r)).toEqual(['/tmp', extra, cwd, t].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b)));
    expect(r.networkAccess).toBe(true);
    expect((await resolve()).networkAccess).toBe(false);
  });

  it('symlinked roots and `..` become one canonical root; missing roots are dropped', async () => {
    const link = path.join(base, 'link');
    fs.symlinkSync(cwd, link);
    const r = (await resolve({ ...WW, writable_roots: [link, `${cwd}/sub/..`, path.join(base, 'missing'), path.join(cwd, 'file')] }, link));
    expect(roots(r)).toEqual([cwd]);
    fs.writeFileSync(path.join(cwd, 'file'), '');
    expect(roots((await resolve({ ...WW, writable_roots: [path.join(cwd, 'file')] })))).toEqual([cwd]); // a file is not a root
  });

  it('protects .git directories, .git files with the gitdir they point to, and .codex', async () => {
    fs.mkdirSync(path.join(cwd, '.git'));
    fs.mkdirSync(path.join(cwd, '.codex'));
    const wt = path.join(base, 'worktree');
    fs.mkdirSync(path.join(cwd, '.git', 'worktrees', 'wt'), { recursive: true });
    fs.writeFileSync(path.join(cwd, '.git', 'worktrees', 'wt', 'commondir'), '../..\n');
    fs.mkdirSync(wt);
    fs.writeFileSync(path.join(wt, '.git'), `gitdir: ${path.join(cwd, '.git', 'worktrees', 'wt')}\n`);
    const r = (await resolve({ ...WW, writable_roots: [wt] }));
    expect(readOnly(r)).toEqual([path.join(cwd, '.codex'), path.join(cwd, '.git'), path.join(cwd, '.git', 'worktrees', 'wt'), path.join(wt, '.git')].sort());
  });

  it('a gitdir outside every root is already read-only and not listed; a relative gitdir is resolved from the file', async () => {
    const outsideGitdir = path.join(base, 'outside-gitdir');
    fs.mkdirSync(outsideGitdir);
    fs.writeFileSync(path.join(cwd, '.git'), `gitdir: ../outside-gitdir\n`);
    expect(readOnly((await resolve()))).toEqual([path.join(cwd, '.git')]);
    fs.mkdirSync(path.join(cwd, 'modules', 'sub'), { recursive: true });
    fs.writeFileSync(path.join(cwd, '.git'), 'gitdir: modules/sub\n');
    expect(readOnly((await resolve()))).toEqual([path.join(cwd, '.git'), path.join(cwd, 'modules', 'sub')]);
  });

  it('finds nested repositories inside a project root, without following symlinks or entering .git', async () => {
    fs.mkdirSync(path.join(cwd, 'vendor', 'lib', '.git'), { recursive: true });
    fs.mkdirSync(path.join(cwd, 'pkg', 'sub'), { recursive: true });
    fs.writeFileSync(path.join(cwd, 'pkg', 'sub', '.git'), 'gitdir: ../../.git/modules/sub\n');
    fs.mkdirSync(path.join(cwd, '.git', 'modules', 'sub', 'inner', '.git'), { recursive: true });
    const outside = path.join(base, 'outside-repo');
    fs.mkdirSync(path.join(outside, '.git'), { recursive: true });
    fs.symlinkSync(outside, path.join(cwd, 'linked'));
    expect(readOnly((await resolve()))).toEqual(
      [path.join(cwd, '.git'), path.join(cwd, '.git', 'modules', 'sub'), path.join(cwd, 'pkg', 'sub', '.git'), path.join(cwd, 'vendor', 'lib', '.git')].sort(),
    );
  });

  it('nested search is bounded in depth', async () => {
    const deep = path.join(cwd, ...Array.from({ length: NESTED_SCAN_MAX_DEPTH + 2 }, (_, i) => `d${i}`));
    fs.mkdirSync(path.join(deep, '.git'), { recursive: true });
    expect(readOnly((await resolve()))).toEqual([]);
  });

  it('/tmp and $TMPDIR are searched at their top level only', async () => {
    const t = path.join(base, 't');
    fs.mkdirSync(path.join(t, 'repo', '.git'), { recursive: true });
    fs.mkdirSync(path.join(t, '.git'));
    const r = (await resolve({ mode: 'workspace-write', exclude_slash_tmp: true }, cwd, { TMPDIR: t }));
    expect(readOnly(r)).toEqual([path.join(t, '.git')]);
  });
});

describe('canonicalWritePath / isWritePermitted', () => {
  let base: string;
  let cwd: string;
  let policy: ResolvedSandboxPolicy;
  beforeEach(async () => {
    base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'write-path-')));
    cwd = path.join(base, 'project');
    fs.mkdirSync(path.join(cwd, '.git'), { recursive: true });
    fs.mkdirSync(path.join(base, 'elsewhere'));
    policy = await resolveSandboxPolicy(WW, cwd, { env: {} });
  });
  afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

  it('follows links in the middle and at the end, keeps missing components', async () => {
    fs.symlinkSync(path.join(base, 'elsewhere'), path.join(cwd, 'link'));
    fs.symlinkSync('../elsewhere/new', path.join(cwd, 'dangling'));
    expect(canonicalWritePath(path.join(cwd, 'link', 'a', 'b'))).toBe(path.join(base, 'elsewhere', 'a', 'b'));
    expect(canonicalWritePath(path.join(cwd, 'dangling'))).toBe(path.join(base, 'elsewhere', 'new'));
    expect(canonicalWritePath(path.join(cwd, 'x', '..', 'y'))).toBe(path.join(cwd, 'y'));
    fs.symlinkSync('b', path.join(cwd, 'a'));
    fs.symlinkSync('a', path.join(cwd, 'b'));
    expect(canonicalWritePath(path.join(cwd, 'a'))).toBeUndefined();
  });

  it('permits writes inside the roots only, never into read-only sub-paths', async () => {
    fs.symlinkSync(path.join(base, 'elsewhere'), path.join(cwd, 'link'));
    expect(isWritePermitted(policy, path.join(cwd, 'src', 'new.ts'))).toBe(true);
    expect(isWritePermitted(policy, path.join(cwd, 'link', 'f'))).toBe(false);
    expect(isWritePermitted(policy, path.join(base, 'elsewhere', 'f'))).toBe(false);
    expect(isWritePermitted(policy, path.join(cwd, '.git', 'config'))).toBe(false);
    expect(isWritePermitted(policy, path.join(cwd, 'new-repo', '.git', 'config'))).toBe(false);
    expect(isWritePermitted(UNSANDBOXED_POLICY, '/etc/x')).toBe(true);
    expect(isWritePermitted(await resolveSandboxPolicy({ mode: 'read-only' }, cwd), path.join(cwd, 'f'))).toBe(false);
  });
});
