import { execFile } from 'node:child_process';

interface GitResult {
  code: number;
  stdout: string;
}

function git(args: string[], cwd: string): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (err, stdout) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout: String(stdout) });
    });
  });
}

/**
 * The working tree (tracked changes and untracked files) diffed against the closest commit
 * that a remote-tracking branch contains: the upstream of HEAD if set, else the remote branch
 * whose merge-base with HEAD is fewest commits behind. Undefined when there is none.
 */
export async function gitDiffToRemote(cwd: string): Promise<{ sha: string; diff: string } | undefined> {
  if ((await git(['rev-parse', '--is-inside-work-tree'], cwd)).code !== 0) return undefined;
  const sha = await closestRemoteCommit(cwd);
  if (!sha) return undefined;
  const tracked = await git(['diff', '--no-textconv', '--no-ext-diff', '--binary', sha], cwd);
  if (tracked.code !== 0) return undefined;
  let diff = tracked.stdout;
  const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z'], cwd);
  for (const file of untracked.stdout.split('\0').filter(Boolean)) {
    // --no-index exits 1 when the files differ, which they always do here.
    const d = await git(['diff', '--no-textconv', '--no-ext-diff', '--binary', '--no-index', '--', '/dev/null', file], cwd);
    diff += d.stdout;
  }
  return { sha, diff };
}

async function closestRemoteCommit(cwd: string): Promise<string | undefined> {
  const upstream = await git(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'], cwd);
  if (upstream.code === 0 && upstream.stdout.trim()) {
    const base = await git(['merge-base', 'HEAD', '@{upstream}'], cwd);
    if (base.code === 0 && base.stdout.trim()) return base.stdout.trim();
  }
  const refs = await git(['for-each-ref', '--format=%(refname)', 'refs/remotes'], cwd);
  let best: { sha: string; distance: number } | undefined;
  for (const ref of refs.stdout.split('\n').map((r) => r.trim()).filter((r) => r && !r.endsWith('/HEAD'))) {
    const base = await git(['merge-base', 'HEAD', ref], cwd);
    const sha = base.stdout.trim();
    if (base.code !== 0 || !sha) continue;
    const count = await git(['rev-list', '--count', `${sha}..HEAD`], cwd);
    const distance = Number(count.stdout.trim());
    if (!best || distance < best.distance) best = { sha, distance };
  }
  return best?.sha;
}
