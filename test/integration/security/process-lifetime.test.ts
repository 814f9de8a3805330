/**
 * Attack: a scripted model starts commands whose descendants try to outlive the server (setsid,
 * a double fork, nohup, all ignoring SIGTERM and SIGHUP and writing marker files), sandboxed and
 * unsandboxed; then the server dies (SIGKILL, SIGHUP, SIGTERM). Every process must be gone and
 * the markers must stop changing. Commands run in a pid namespace, so the test finds them on the
 * host by a unique argument and by that namespace.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { reply } from '../../support/mock-model-server';
import { isAlive, pidsWithArg, uniqueSleepToken } from '../../support/process-alive';
import { ScriptedServer, tempDir, type ScriptedServerOptions } from '../../support/scripted-server';
import { sandboxTestsEnabled } from '../exec/exec-test-helpers';
import { waitUntil } from '../../support/wait-until';

const describeSandbox = sandboxTestsEnabled().run ? describe : describe.skip;
const MARKERS = ['m-setsid', 'm-fork', 'm-nohup'];

/** A marker loop: writes the time to the file `$1` about every 100 ms, deaf to TERM and HUP. */
const LOOP = 'trap "" TERM HUP; while :; do date +%s%N > "$1"; sleep 0.1; done';

/** The escaping command: three TERM/HUP-immune marker loops that left our process group, then a long sleep. */
function escapingScript(token: string): string {
  const quiet = '</dev/null >/dev/null 2>&1';
  return [
    `L='${LOOP}'`,
    `setsid sh -c "$L" ${token} "$PWD/m-setsid" ${quiet} &`,
    `( sh -c "$L" ${token} "$PWD/m-fork" ${quiet} & ) &`,
    `nohup sh -c "$L" ${token} "$PWD/m-nohup" ${quiet} &`,
    'trap "" TERM HUP',
    `exec sleep ${token}`,
  ].join('\n');
}

/** The pid namespace (`pid:[inode]`) of a host process, or undefined when it is gone. */
function pidNamespaceOf(pid: number): string | undefined {
  try {
    return fs.readlinkSync(`/proc/${pid}/ns/pid`);
  } catch {
    return undefined;
  }
}

/** Host pids of every live process in namespace `ns`. */
function processesIn(ns: string): number[] {
  return fs
    .readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .map(Number)
    .filter((pid) => pidNamespaceOf(pid) === ns && isAlive(pid));
}


const readMarkers = (cwd: string) => MARKERS.map((m) => fs.readFileSync(path.join(cwd, m), 'utf8'));

/**
 * Resolves once a loop of our own, the same as the command's, has written `writes` times: a live
 * marker loop would have written meanwhile too, however slow the machine is.
 */
async function markerLoopWrites(dir: string, writes: number): Promise<void> {
  const file = path.join(dir, 'control-marker');
  const control = spawn('sh', ['-c', LOOP, 'control-loop', file], { stdio: 'ignore' });
  const seen = new Set<string>();
  try {
    await waitUntil(() => {
      if (fs.existsSync(file)) seen.add(fs.readFileSync(file, 'utf8'));
      return seen.size > writes;
    }, `the control loop to write ${writes} times`);
  } finally {
    control.kill('SIGKILL');
  }
}

type Kind = 'sandboxed (workspace-write)' | 'unsandboxed (danger-full-access)' | 'approved escalation (on-request)';
const SETUPS: Record<Kind, { server: ScriptedServerOptions; extra: Record<string, unknown> }> = {
  'sandboxed (workspace-write)': { server: { sandboxMode: 'workspace-write' }, extra: {} },
  'unsandboxed (danger-full-access)': { server: { sandboxMode: 'danger-full-access' }, extra: {} },
  'approved escalation (on-request)': {
    server: { sandboxMode: 'workspace-write', approvalPolicy: 'on-request', decision: 'approved' },
    extra: { with_escalated_permissions: true, justification: 'needs to run outside' },
  },
};

describeSandbox('attack: nothing outlives the server (spawned server, real bwrap)', () => {
  let dir: string;
  let rig: ScriptedServer | undefined;
  beforeEach(() => {
    dir = tempDir('lifetime-attack-');
  });
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each<[Kind, 'SIGKILL' | 'SIGHUP' | 'SIGTERM']>([
    ['sandboxed (workspace-write)', 'SIGKILL'],
    ['sandboxed (workspace-write)', 'SIGHUP'],
    ['unsandboxed (danger-full-access)', 'SIGKILL'],
    ['unsandboxed (danger-full-access)', 'SIGHUP'],
    ['unsandboxed (danger-full-access)', 'SIGTERM'],
    ['approved escalation (on-request)', 'SIGKILL'],
  ])('%s: after %s of the server no descendant is left and the markers stop', async (kind, signal) => {
    const setup = SETUPS[kind];
    rig = await ScriptedServer.start(setup.server);
    const token = uniqueSleepToken();
    rig.begin(dir, reply.shell('c-escape', ['sh', '-c', escapingScript(token)], { timeout_ms: 120_000, ...setup.extra }));
    await waitUntil(() => MARKERS.every((m) => fs.existsSync(path.join(dir, m)) && fs.statSync(path.join(dir, m)).size > 0), 'all three marker loops to run', 15_000);
    const pids = pidsWithArg(token);
    // bwrap (outside and as the namespace's init), the three loops and the sleep.
    expect(pids.length).toBeGreaterThanOrEqual(4);
    const namespaces = new Set(pids.map(pidNamespaceOf).filter((ns): ns is string => ns !== undefined && ns !== pidNamespaceOf(process.pid)));
    expect(namespaces.size).toBe(1);
    const [ns] = [...namespaces];

    rig.p.child.kill(signal);
    const code = await rig.p.exited;
    // SIGKILL cannot be handled; SIGHUP and SIGTERM are an orderly stop.
    expect(code).toBe(signal === 'SIGKILL' ? null : 0);

    await waitUntil(() => pidsWithArg(token).length === 0 && processesIn(ns).length === 0, 'every process of the command to die');
    const before = readMarkers(dir);
    // The loops wrote every 100 ms; with no process left nothing may write again.
    await markerLoopWrites(dir, 5);
    expect(readMarkers(dir)).toEqual(before);
    if (kind === 'approved escalation (on-request)') expect(rig.p.messages.some((m) => m.method === 'elicitation/create')).toBe(true);
  });
});

describe('fallback without bubblewrap (danger-full-access): setpriv --pdeathsig', () => {
  let dir: string;
  let rig: ScriptedServer | undefined;
  beforeEach(() => {
    dir = tempDir('lifetime-fallback-');
  });
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the command itself dies with a SIGKILLed server, and the server warns that descendants may not', async () => {
    rig = await ScriptedServer.start({
      sandboxMode: 'danger-full-access',
      topLevelToml: `codex_linux_sandbox_exe = "${path.join(dir, 'no-bwrap-here')}"\n`,
    });
    const token = uniqueSleepToken();
    rig.begin(dir, reply.shell('c-sleep', ['sh', '-c', `echo started > started.txt; exec sleep ${token}`], { timeout_ms: 120_000 }));
    await waitUntil(() => fs.existsSync(path.join(dir, 'started.txt')) && pidsWithArg(token).length > 0, 'the command to start', 15_000);
    // No pid namespace here: the host sees the command itself.
    expect(pidsWithArg(token).map(pidNamespaceOf)).toEqual([pidNamespaceOf(process.pid)]);
    rig.p.child.kill('SIGKILL');
    await rig.p.exited;
    await waitUntil(() => pidsWithArg(token).length === 0, 'the command to die with the server');
    expect(rig.p.stderr).toContain('unsandboxed commands run without a pid namespace');
  });
});
