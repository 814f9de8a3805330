/**
 * Constant overheads, side by side in one run: this server, a zero-work Node JSON-RPC server
 * (the floor, `floor-server.js` next to this file) and — when CODEX_REFERENCE_BIN points at a
 * Codex 0.25.0 binary — the reference (`codex mcp`). Rounds are interleaved (ours, floor,
 * reference, then floor, reference, ours, …: each round starts one target later) so machine
 * load and order effects hit every target alike; each figure is the median over rounds.
 * Nothing here asserts a time.
 */
import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SERVER_ENTRY } from '../support/mcp-process';
import { MockModelServer, reply } from '../support/mock-model-server';

type Message = { id?: number; method?: string; result?: unknown; error?: unknown };

/** One server under test: how to spawn it and which metrics it can do (the floor runs no turns). */
interface Target {
  name: string;
  command: string;
  args: string[];
  turns: boolean;
  /** Extra environment for every start of this target. */
  env?: Record<string, string>;
  /** Also time a start without the code cache (a first start ever). */
  uncachedStart?: boolean;
  /** How long to wait for an exit after stdin closes before SIGKILL (default 5 s). */
  exitGraceMs?: number;
}

/** A spawned target over NDJSON stdio: requests by id, nothing else kept. */
class Peer {
  private buffer = '';
  private nextId = 1;
  private readonly pending = new Map<number, (m: Message) => void>();
  readonly exited: Promise<unknown>;

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => this.onData(chunk));
    child.stderr.resume();
    this.exited = new Promise((resolve) => child.once('exit', resolve));
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let nl: number;
    while ((nl = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, nl);
      this.buffer = this.buffer.slice(nl + 1);
      if (!line.trim()) continue;
      const msg = JSON.parse(line) as Message;
      // Server-initiated requests (elicitations) are not expected with approval "never".
      if (msg.id === undefined || msg.method !== undefined) continue;
      const done = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      done?.(msg);
    }
  }

  call(method: string, params?: unknown, timeoutMs = 30_000): Promise<Message> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method}: no answer in ${timeoutMs} ms`)), timeoutMs);
      this.pending.set(id, (m) => {
        clearTimeout(timer);
        if (m.error) reject(new Error(`${method}: ${JSON.stringify(m.error)}`));
        else resolve(m);
      });
      this.child.stdin.write(JSON.stringify({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) }) + '\n');
    });
  }

  notify(method: string): void {
    this.child.stdin.write(JSON.stringify({ jsonrpc: '2.0', method }) + '\n');
  }

  async close(graceMs = 5000): Promise<void> {
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}

/** CPU time (user + system) of a process so far, in ms, from /proc (10 ms ticks). */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const median = (xs: number[]) => quantile(xs, 0.5);
const nowMs = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const PINGS = 300;
const PLAIN_TURNS = 10;
const TOOL_TURNS = 5;

/** One round for one target: a cold start, then pings, plain turns and tool turns on that process. */
async function round(target: Target, mock: MockModelServer): Promise<Record<string, number>> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'codex-bench-'));
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'codex-bench-cwd-'));
  fs.writeFileSync(path.join(home, 'config.toml'), mock.configToml({ wireApi: 'chat' }));
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, CODEX_HOME: home, CODEX_MCP_LOG: 'warn', RUST_LOG: 'warn', OPENAI_API_KEY: undefined })) {
    if (v !== undefined) env[k] = v;
  }
  Object.assign(env, target.env);
  const out: Record<string, number> = {};
  if (target.uncachedStart) {
    const s = nowMs();
    const first = new Peer(spawn(target.command, target.args, { env: { ...env, CODEX_MCP_CODE_CACHE: 'off' }, cwd, stdio: ['pipe', 'pipe', 'pipe'] }));
    await first.call('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '0' } });
    out.coldStartUncachedMs = nowMs() - s;
    await first.close();
  }
  const t0 = nowMs();
  const peer = new Peer(spawn(target.command, target.args, { env, cwd, stdio: ['pipe', 'pipe', 'pipe'] }));
  try {
    await peer.call('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '0' } });
    out.coldStartMs = nowMs() - t0;
    peer.notify('notifications/initialized');
    await sleep(300);
    out.idleRssMiB = rssMiB(peer.child.pid!);

    for (let i = 0; i < 20; i++) await peer.call('ping');
    const pings: number[] = [];
    for (let i = 0; i < PINGS; i++) {
      const s = nowMs();
      await peer.call('ping');
      pings.push((nowMs() - s) * 1000);
    }
    out.pingMedianUs = median(pings);
    out.pingP99Us = quantile(pings, 0.99);
    if (!target.turns) return out;

    const args = { prompt: 'hi', cwd, 'approval-policy': 'never', sandbox: 'danger-full-access' };
    // One warm-up turn: the first model call of a process pays for lazy loading once.
    mock.enqueue(reply.text('warm'));
    await peer.call('tools/call', { name: 'codex', arguments: args });
    const plain: number[] = [];
    const cpu0 = cpuMs(peer.child.pid!);
    for (let i = 0; i < PLAIN_TURNS; i++) {
      mock.enqueue(reply.text(`answer ${i}`));
      const s = nowMs();
      await peer.call('tools/call', { name: 'codex', arguments: args });
      plain.push(nowMs() - s);
    }
    out.plainTurnMs = median(plain);
    out.plainTurnCpuMs = (cpuMs(peer.child.pid!) - cpu0) / PLAIN_TURNS;
    const tool: number[] = [];
    for (let i = 0; i < TOOL_TURNS; i++) {
      mock.enqueue(reply.shell(`call-${i}`, ['true']), reply.text('done'));
      const s = nowMs();
      await peer.call('tools/call', { name: 'codex', arguments: args });
      tool.push(nowMs() - s);
    }
    out.toolTurnMs = median(tool);
    return out;
  } finally {
    await peer.close(target.exitGraceMs);
    fs.rmSync(home, { recursive: true, force: true });
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}

const METRICS: { key: string; label: string; unit: string }[] = [
  { key: 'coldStartMs', label: 'cold start -> initialize answered', unit: 'ms' },
  { key: 'coldStartUncachedMs', label: 'first start (no code cache yet)', unit: 'ms' },
  { key: 'pingMedianUs', label: 'ping round trip, median', unit: 'us' },
  { key: 'pingP99Us', label: 'ping round trip, p99', unit: 'us' },
  { key: 'plainTurnMs', label: 'plain turn (codex tool call), latency', unit: 'ms' },
  { key: 'plainTurnCpuMs', label: 'plain turn, server CPU', unit: 'ms' },
  { key: 'toolTurnMs', label: 'tool turn (shell `true`), latency', unit: 'ms' },
  { key: 'idleRssMiB', label: 'idle RSS after initialize', unit: 'MiB' },
];

/**
 * Runs `rounds` interleaved rounds and prints one line per metric: ours, floor, reference and
 * the ratios ours/floor and ours/reference. Returns the medians for the JSON summary.
 */
export async function overheads(rounds = Number(process.env.BENCH_ROUNDS ?? 5)): Promise<Record<string, number | string>> {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'codex-bench-code-cache-'));
  const targets: Target[] = [
    // Each round has a fresh CODEX_HOME; the code cache stays, as it does for a user between starts.
    { name: 'ours', command: process.execPath, args: [SERVER_ENTRY], turns: true, env: { CODEX_MCP_CODE_CACHE_DIR: cacheDir }, uncachedStart: true },
    { name: 'floor', command: process.execPath, args: [path.join(path.dirname(SERVER_ENTRY), '..', 'test', 'bench', 'floor-server.js')], turns: false },
  ];
  const ref = process.env.CODEX_REFERENCE_BIN;
  // The reference does not exit when stdin closes: kill it soon, so the machine does not sit idle
  // for seconds before the next target's cold start (an idle CPU starts the next process slower).
  if (ref) targets.push({ name: 'reference', command: ref, args: ['mcp'], turns: true, exitGraceMs: 300 });
  else process.stdout.write('(CODEX_REFERENCE_BIN not set: the reference column is skipped)\n');

  const mock = await MockModelServer.start();
  const samples = new Map<string, Record<string, number>[]>(targets.map((t) => [t.name, []]));
  try {
    // Not counted: a first start of each target (ours writes its code cache; all warm the page cache).
    for (const t of targets) await round(t, mock);
    // Each round starts with the next target in turn, so no target always follows the same one.
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < targets.length; i++) {
        const t = targets[(i + r) % targets.length];
        samples.get(t.name)!.push(await round(t, mock));
      }
    }
  } finally {
    await mock.close();
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }

  const med = (name: string, key: string): number | undefined => {
    const xs = (samples.get(name) ?? []).map((s) => s[key]).filter((x) => x !== undefined);
    return xs.length ? median(xs) : undefined;
  };
  const fmt = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(x < 10 ? 2 : 1));
  const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? '-' : `${(a / b).toFixed(2)}x`);
  const summary: Record<string, number | string> = {};
  process.stdout.write(`\nconstant overheads, medians of ${rounds} interleaved rounds (load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})\n`);
  process.stdout.write(`${'metric'.padEnd(44)}${'ours'.padStart(10)}${'floor'.padStart(10)}${'reference'.padStart(11)}${'ours/floor'.padStart(12)}${'ours/ref'.padStart(10)}\n`);
  for (const m of METRICS) {
    const ours = med('ours', m.key);
    const floor = med('floor', m.key);
    const reference = med('reference', m.key);
    process.stdout.write(
      `${`${m.label} (${m.unit})`.padEnd(44)}${fmt(ours).padStart(10)}${fmt(floor).padStart(10)}${fmt(reference).padStart(11)}${ratio(ours, floor).padStart(12)}${ratio(ours, reference).padStart(10)}\n`,
    );
    for (const [name, value] of [['ours', ours], ['floor', floor], ['reference', reference]] as const) {
      if (value !== undefined) summary[`overheads: ${m.label}, ${name} (${m.unit})`] = Math.round(value * 100) / 100;
    }
  }
  process.stdout.write('\n');
  return summary;
}
