/**
 * Real commands under real bubblewrap. Skipped when bwrap is missing or unusable, unless `CI` is
 * set: then a missing sandbox fails these tests instead of hiding them.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ExecOptions, ExecParams } from '../../../src/exec/exec-types';
import { EXEC_TIMEOUT_EXIT_CODE, ExecRunnerImpl } from '../../../src/exec/process-runner';
import { resolveSandboxPolicy } from '../../../src/exec/sandbox/resolved-policy';
import { SandboxLocatorImpl } from '../../../src/exec/sandbox/sandbox-locator';
import type { SandboxPolicy } from '../../../src/protocol/common-types';
import { MemoryLoggerFactory } from '../../support/test-logger';
import { findProcesses, sandboxTestsEnabled, uniqueSleepSeconds } from './exec-test-helpers';
import { waitUntil } from '../../support/wait-until';

const enabled = sandboxTestsEnabled();
const describeSandbox = enabled.run ? describe : describe.skip;

/** workspace-write limited to cwd (test dirs live under /tmp, which is otherwise writable). */
const WORKSPACE_ONLY: SandboxPolicy = { mode: 'workspace-write', exclude_slash_tmp: true, exclude_tmpdir_env_var: true };

describeSandbox('exec under bubblewrap', () => {
  let runner: ExecRunnerImpl;
  let base: string;
  let cwd: string;

  beforeAll(async () => {
    const locator = new SandboxLocatorImpl(new MemoryLoggerFactory());
    // In CI a missing sandbox must fail loudly here rather than skip.
    await locator.resolve();
    runner = new ExecRunnerImpl(new MemoryLoggerFactory(), locator);
  });
  beforeEach(() => {
    base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'exec-sandbox-')));
    cwd = path.join(base, 'project');
    fs.mkdirSync(cwd);
  });
  afterEach(() => {
    runner.killAll();
    fs.rmSync(base, { recursive: true, force: true });
  });

  const run = async (command: string[], sandbox: SandboxPolicy, extra: Partial<ExecOptions> = {}, timeoutMs = 10_000) => {
    const params: ExecParams = { command, commandCwd: cwd, timeoutMs, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } };
    return runner.run(params, { policy: await resolveSandboxPolicy(sandbox, cwd, { env: process.env }), ...extra });
  };

  it('read-only: a write in cwd fails and is reported as a sandbox denial', async () => {
    const r = await run(['touch', 'sandboxed.txt'], { mode: 'read-only' });
    expect(r.exitCode).not.toBe(0);
    expect(r.sandboxed).toBe(true);
    expect(r.sandboxDenied).toBe(true);
    expect(r.stderr).toMatch(/Read-only file system|Permission denied/);
    expect(fs.existsSync(path.join(cwd, 'sandboxed.txt'))).toBe(false);
  });

  it('read-only: reading works and /dev/null stays writable', async () => {
    fs.writeFileSync(path.join(cwd, 'in.txt'), 'content\n');
    const r = await run(['sh', '-c', 'cat in.txt; echo discarded > /dev/null; pwd'], { mode: 'read-only' });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(`content\n${cwd}\n`);
    expect(r.sandboxDenied).toBe(false);
  });

  it('workspace-write: writes in cwd succeed, writes outside fail', async () => {
    const inside = await run(['sh', '-c', 'echo hi > made.txt'], WORKSPACE_ONLY);
    expect(inside.exitCode).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'made.txt'), 'utf8')).toBe('hi\n');

    const outside = path.join(base, 'outside.txt');
    const r = await run(['touch', outside], WORKSPACE_ONLY);
    expect(r.exitCode).not.toBe(0);
    expect(r.sandboxDenied).toBe(true);
    expect(fs.existsSync(outside)).toBe(false);
  });

  it('workspace-write: an extra writable root and /tmp are writable', async () => {
    const extra = path.join(base, 'extra');
    fs.mkdirSync(extra);
    const r = await run(['touch', path.join(extra, 'x')], { ...WORKSPACE_ONLY, writable_roots: [extra] });
    expect(r.exitCode).toBe(0);
    expect(fs.existsSync(path.join(extra, 'x'))).toBe(true);

    const inTmp = path.join(base, 'via-tmp.txt'); // base is under /tmp
    const t = await run(['touch', inTmp], { mode: 'workspace-write', exclude_tmpdir_env_var: true });
    expect(t.exitCode).toBe(0);
    expect(fs.existsSync(inTmp)).toBe(true);
  });

  it('workspace-write: .git inside cwd is not writable', async () => {
    fs.mkdirSync(path.join(cwd, '.git'));
    fs.writeFileSync(path.join(cwd, '.git', 'config'), 'original\n');
    const r = await run(['sh', '-c', 'echo hacked > .git/config'], WORKSPACE_ONLY);
    expect(r.exitCode).not.toBe(0);
    expect(r.sandboxDenied).toBe(true);
    expect(fs.readFileSync(path.join(cwd, '.git', 'config'), 'utf8')).toBe('original\n');
    const hook = await run(['touch', '.git/hooks-new'], WORKSPACE_ONLY);
    expect(hook.exitCode).not.toBe(0);
    expect(fs.existsSync(path.join(cwd, '.git', 'hooks-new'))).toBe(false);
  });

  describe('network', () => {
    let server: net.Server;
    let port: number;
    beforeEach(async () => {
      server = net.createServer((socket) => {
        socket.on('error', () => undefined); // clients hang up at once
        socket.end('hello from host\n');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as net.AddressInfo).port;
    });
    afterEach(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    const connectScript = (host: string, p: number) =>
      `const s=require('net').connect(${p},'${host}');` +
      `s.on('connect',()=>{console.log('connected');s.destroy()});` +
      `s.on('error',e=>{console.error(e.code);process.exit(3)})`;

    it('workspace-write without network_access cannot reach a host listener on 127.0.0.1', async () => {
      const r = await run([process.execPath, '-e', connectScript('127.0.0.1', port)], WORKSPACE_ONLY);
      expect(r.exitCode).toBe(3);
      expect(r.stdout).not.toContain('connected');
      expect(r.stderr).toContain('EPERM'); // seccomp refuses the socket before the empty namespace is reached
    });

    it('an outside address is unreachable (socket() refused) and counts as a denial', async () => {
      const r = await run([process.execPath, '-e', connectScript('1.1.1.1', 80)], { mode: 'read-only' });
      expect(r.exitCode).toBe(3);
      expect(r.stderr).toContain('EPERM');
      expect(r.sandboxDenied).toBe(true);
    });

    it('workspace-write with network_access reaches the listener', async () => {
      const r = await run([process.execPath, '-e', connectScript('127.0.0.1', port)], { ...WORKSPACE_ONLY, network_access: true });
      expect(r.stdout).toBe('connected\n');
      expect(r.exitCode).toBe(0);
    });

    it('sets CODEX_SANDBOX_NETWORK_DISABLED=1 only when the network is off', async () => {
      const off = await run(['sh', '-c', 'echo "[$CODEX_SANDBOX_NETWORK_DISABLED]"'], WORKSPACE_ONLY);
      expect(off.stdout).toBe('[1]\n');
      const on = await run(['sh', '-c', 'echo "[$CODEX_SANDBOX_NETWORK_DISABLED]"'], { ...WORKSPACE_ONLY, network_access: true });
      expect(on.stdout).toBe('[]\n');
    });
  });

  it('a sandboxed command that ignores SIGTERM is killed at its timeout, with everything it started', async () => {
    const secs = uniqueSleepSeconds();
    const r = await run(['sh', '-c', `trap "" TERM; sleep ${secs} & sleep ${secs}; wait`], { mode: 'read-only' }, {}, 500);
    expect(r.timedOut).toBe(true);
    expect(r.exitCode).toBe(EXEC_TIMEOUT_EXIT_CODE);
    await waitUntil(() => findProcesses(['sleep', secs]).length === 0, 'sandboxed sleeps to die');
  });

  it('an abort kills the sandbox and every process in it', async () => {
    const secs = uniqueSleepSeconds();
    const abort = new AbortController();
    const r = await run(['sh', '-c', `sleep ${secs} & echo started; sleep ${secs}; wait`], { mode: 'read-only' }, {
      signal: abort.signal,
      onOutput: () => {
        abort.abort();
      },
    });
    expect(r.interrupted).toBe(true);
    await waitUntil(() => findProcesses(['sleep', secs]).length === 0, 'sandboxed sleeps to die');
  });

  it('killAll leaves no sandboxed process behind', async () => {
    const secs = uniqueSleepSeconds();
    let started!: () => void;
    const ready = new Promise<void>((resolve) => (started = resolve));
    const pending = run(['sh', '-c', `sleep ${secs} & echo started; sleep ${secs}`], WORKSPACE_ONLY, { onOutput: () => started() }, 60_000);
    await ready;
    await waitUntil(() => findProcesses(['sleep', secs]).length === 2, 'both sandboxed sleeps to start');
    runner.killAll();
    const r = await pending;
    expect(r.killedBySignal).toBe('SIGKILL');
    await waitUntil(() => findProcesses(['sleep', secs]).length === 0, 'sandboxed sleeps to die');
  });
});
