import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  assessCommand,
  assessPatch,
  REJECT_EMPTY_PATCH,
  REJECT_PATCH_NO_SANDBOX,
  REJECT_PATCH_OUTSIDE_ROOTS,
  REJECT_UNTRUSTED_NO_SANDBOX,
  sessionApprovalKey,
  type Assessment,
} from '../../../src/exec/approval-assessment';
import { resolveSandboxPolicy } from '../../../src/exec/sandbox/resolved-policy';
import type { AskForApproval, SandboxPolicy } from '../../../src/protocol/common-types';

const AUTO_NONE: Assessment = { kind: 'auto', sandbox: 'none' };
const AUTO_SANDBOXED: Assessment = { kind: 'auto', sandbox: 'sandboxed' };
const ASK: Assessment = { kind: 'ask' };
const REJECT: Assessment = { kind: 'reject', reason: REJECT_UNTRUSTED_NO_SANDBOX };

const RO: SandboxPolicy = { mode: 'read-only' };
const WW: SandboxPolicy = { mode: 'workspace-write' };
const FULL: SandboxPolicy = { mode: 'danger-full-access' };

const SAFE = ['ls', '-la'];
const UNSAFE = ['git', 'init'];

type Case = 'safe' | 'unsafe' | 'escalated' | 'approved' | 'no-sandbox' | 'safe-no-sandbox';

function assess(approvalPolicy: AskForApproval, sandboxPolicy: SandboxPolicy, c: Case): Assessment {
  const approvedForSession = new Set<string>();
  if (c === 'approved') approvedForSession.add(sessionApprovalKey(UNSAFE));
  return assessCommand({
    command: c === 'safe' || c === 'safe-no-sandbox' ? SAFE : UNSAFE,
    approvalPolicy,
    sandboxPolicy,
    approvedForSession,
    withEscalatedPermissions: c === 'escalated',
    sandboxAvailable: c !== 'no-sandbox' && c !== 'safe-no-sandbox',
  });
}

describe('assessCommand', () => {
  // [approval, sandbox, case, expected]
  const matrix: [AskForApproval, SandboxPolicy, Case, Assessment][] = [];
  const add = (a: AskForApproval, s: SandboxPolicy, expected: Record<Case, Assessment>) => {
    for (const [c, e] of Object.entries(expected) as [Case, Assessment][]) matrix.push([a, s, c, e]);
  };
  // Known safe and session-approved skip the question, never the sandbox: without one they are
  // treated like any other command.
  const unsandboxed = { safe: AUTO_NONE, approved: AUTO_NONE, 'safe-no-sandbox': AUTO_NONE };
  const sandboxed = (noSandbox: Assessment) => ({ safe: AUTO_SANDBOXED, approved: AUTO_SANDBOXED, 'safe-no-sandbox': noSandbox });
  add('untrusted', FULL, { ...unsandboxed, unsafe: ASK, escalated: ASK, 'no-sandbox': ASK });
  for (const a of ['on-request', 'on-failure', 'never'] as const) {
    add(a, FULL, { ...unsandboxed, unsafe: AUTO_NONE, escalated: AUTO_NONE, 'no-sandbox': AUTO_NONE });
  }
  for (const s of [RO, WW]) {
    add('untrusted', s, { ...sandboxed(ASK), unsafe: ASK, escalated: ASK, 'no-sandbox': ASK });
    add('on-request', s, { ...sandboxed(ASK), unsafe: AUTO_SANDBOXED, escalated: ASK, 'no-sandbox': ASK });
    add('on-failure', s, { ...sandboxed(ASK), unsafe: AUTO_SANDBOXED, escalated: AUTO_SANDBOXED, 'no-sandbox': ASK });
    add('never', s, { ...sandboxed(REJECT), unsafe: AUTO_SANDBOXED, escalated: AUTO_SANDBOXED, 'no-sandbox': REJECT });
  }

  it('covers 4 approval policies × 3 sandbox modes × 6 cases', () => {
    expect(matrix).toHaveLength(4 * 3 * 6);
  });

  it.each(matrix)('%s / %j / %s', (approval, sandbox, c, expected) => {
    expect(assess(approval, sandbox, c)).toEqual(expected);
  });

  it('session approval is keyed by the exact shell-joined command', () => {
    const approvedForSession = new Set([sessionApprovalKey(['git', 'init'])]);
    const input = { approvalPolicy: 'untrusted' as const, sandboxPolicy: RO, approvedForSession, withEscalatedPermissions: false, sandboxAvailable: true };
    expect(sessionApprovalKey(['sh', '-c', 'echo hi; touch x'])).toBe("sh -c 'echo hi; touch x'");
    expect(assessCommand({ ...input, command: ['git', 'init'] })).toEqual(AUTO_SANDBOXED);
    expect(assessCommand({ ...input, command: ['git', 'init', '.'] })).toEqual(ASK);
    expect(assessCommand({ ...input, command: ['git init'] })).toEqual(ASK);
  });

  it('commands with NUL bytes get distinct keys', () => {
    expect(sessionApprovalKey(['a\0b'])).not.toBe(sessionApprovalKey(['c\0d']));
  });
});

describe('assessPatch', () => {
  let cwd: string;
  let outside: string;
  beforeEach(() => {
    const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'assess-patch-')));
    cwd = path.join(base, 'project');
    outside = path.join(base, 'outside.txt');
    fs.mkdirSync(path.join(cwd, '.git'), { recursive: true });
  });
  afterEach(() => fs.rmSync(path.dirname(cwd), { recursive: true, force: true }));

  const WW_ONLY: SandboxPolicy = { mode: 'workspace-write', exclude_slash_tmp: true, exclude_tmpdir_env_var: true };
  const patch = async (approvalPolicy: AskForApproval, sandboxPolicy: SandboxPolicy, changedPaths: string[], sandboxAvailable = true) =>
    assessPatch({
      changedPaths: changedPaths.map((p) => path.resolve(cwd, p)),
      approvalPolicy,
      policy: await resolveSandboxPolicy(sandboxPolicy, cwd, { env: {} }),
      sandboxAvailable,
    });

  it('rejects an empty patch', async () => {
    expect(await patch('never', FULL, [])).toEqual({ kind: 'reject', reason: REJECT_EMPTY_PATCH });
  });

  it('untrusted always asks, even for writes inside the workspace', async () => {
    expect(await patch('untrusted', FULL, ['hello.txt'])).toEqual(ASK);
    expect(await patch('untrusted', WW_ONLY, ['hello.txt'])).toEqual(ASK);
  });

  it.each<[AskForApproval, Assessment]>([
    ['on-request', AUTO_SANDBOXED],
    ['on-failure', AUTO_SANDBOXED],
    ['never', AUTO_SANDBOXED],
  ])('%s: writes inside the writable roots need no approval', async (approval, expected) => {
    expect(await patch(approval, WW_ONLY, ['hello.txt', path.join(cwd, 'sub/../x.txt')])).toEqual(expected);
  });

  it.each<[AskForApproval, Assessment]>([
    ['on-request', ASK],
    ['on-failure', AUTO_SANDBOXED],
    ['never', { kind: 'reject', reason: REJECT_PATCH_OUTSIDE_ROOTS }],
  ])('%s: a write outside the writable roots', async (approval, expected) => {
    expect(await patch(approval, WW_ONLY, ['hello.txt', outside])).toEqual(expected);
    expect(await patch(approval, WW_ONLY, ['../outside.txt'])).toEqual(expected);
  });

  it('the .git directory of a root is outside the writable area; on-failure asks instead of trying it', async () => {
    expect(await patch('on-request', WW_ONLY, ['.git/config'])).toEqual(ASK);
    expect(await patch('on-failure', WW_ONLY, ['.git/config'])).toEqual(ASK);
    expect(await patch('on-failure', WW_ONLY, ['new/.codex/x'])).toEqual(ASK);
  });

  it('an extra writable root makes the outside write allowed', async () => {
    const policy: SandboxPolicy = { ...WW_ONLY, writable_roots: [path.dirname(cwd)] };
    expect(await patch('on-request', policy, [outside])).toEqual(AUTO_SANDBOXED);
  });

  it('read-only never counts as constrained; danger-full-access always does', async () => {
    expect(await patch('on-request', RO, ['hello.txt'])).toEqual(ASK);
    expect(await patch('never', RO, ['hello.txt'])).toEqual({ kind: 'reject', reason: REJECT_PATCH_OUTSIDE_ROOTS });
    expect(await patch('never', FULL, [outside])).toEqual(AUTO_NONE);
    expect(await patch('on-request', FULL, ['/etc/passwd'], false)).toEqual(AUTO_NONE);
  });

  it('read-only asks for every patch, also under on-failure', async () => {
    expect(await patch('on-failure', RO, ['hello.txt'])).toEqual(ASK);
    expect(await patch('on-failure', RO, [outside])).toEqual(ASK);
  });

  it('without a sandbox helper, auto-approval turns into a question (refused under never)', async () => {
    expect(await patch('on-request', WW_ONLY, ['hello.txt'], false)).toEqual(ASK);
    expect(await patch('on-failure', WW_ONLY, [outside], false)).toEqual(ASK);
    expect(await patch('never', WW_ONLY, ['hello.txt'], false)).toEqual({ kind: 'reject', reason: REJECT_PATCH_NO_SANDBOX });
  });

  it('follows symlinks at every component: a link inside the root to outside is outside', async () => {
    const elsewhere = path.join(path.dirname(cwd), 'elsewhere');
    fs.mkdirSync(elsewhere);
    fs.symlinkSync(elsewhere, path.join(cwd, 'link'));
    fs.symlinkSync(path.join(elsewhere, 'new.txt'), path.join(cwd, 'dangling'));
    fs.symlinkSync('loop-b', path.join(cwd, 'loop-a'));
    fs.symlinkSync('loop-a', path.join(cwd, 'loop-b'));
    expect(await patch('on-request', WW_ONLY, ['link/target.txt'])).toEqual(ASK);
    expect(await patch('on-request', WW_ONLY, ['link/deep/er/new.txt'])).toEqual(ASK);
    expect(await patch('on-request', WW_ONLY, ['dangling'])).toEqual(ASK);
    expect(await patch('on-request', WW_ONLY, ['loop-a/x'])).toEqual(ASK);
    // A link that stays inside the root is fine.
    fs.mkdirSync(path.join(cwd, 'real'));
    fs.symlinkSync(path.join(cwd, 'real'), path.join(cwd, 'inner-link'));
    expect(await patch('on-request', WW_ONLY, ['inner-link/x.txt'])).toEqual(AUTO_SANDBOXED);
    // The .git reached through a link is still .git.
    fs.symlinkSync(path.join(cwd, '.git'), path.join(cwd, 'git-link'));
    expect(await patch('on-request', WW_ONLY, ['git-link/config'])).toEqual(ASK);
  });

  it('a .git or .codex that does not exist yet is protected too (a new nested repository)', async () => {
    expect(await patch('on-request', WW_ONLY, ['sub/.git/config'])).toEqual(ASK);
    expect(await patch('on-request', WW_ONLY, ['.codex/config.toml'])).toEqual(ASK);
    expect(await patch('on-request', WW_ONLY, ['.gitignore', '.github/x.yml', 'a.codex'])).toEqual(AUTO_SANDBOXED);
  });
});
