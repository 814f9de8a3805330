/**
 * `npm run bench`: speed and resource numbers of the built server, measured over its real
 * process boundary against a local mock model. Prints one line per measurement (and JSON at
 * the end). Not a test: nothing here asserts a time.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { McpProcess, SERVER_ENTRY } from '../support/mcp-process';
import { MockModelServer, reply } from '../support/mock-model-server';
import { overheads } from './overheads';

const results: Record<string, number | string> = {};
const record = (name: string, value: number, unit: string) => {
  results[`${name} (${unit})`] = Math.round(value * 100) / 100;
  process.stdout.write(`${name}: ${value.toFixed(2)} ${unit}\n`);
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const tmpdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'codex-bench-'));

/** Spawn to the `initialize` answer, median of N cold starts. */
async function coldStart(n = 10): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [SERVER_ENTRY], {
      env: { ...process.env, CODEX_HOME: tmpdir(), CODEX_MCP_LOG: 'warn' },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    child.stdin.write(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '0' } } }) + '\n');
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    child.stdin.end();
    await new Promise((r) => child.on('exit', r));
  }
  record('cold start to initialize answer, median of 10', median(times), 'ms');
}

async function withServer<T>(mock: MockModelServer, wireApi: 'chat' | 'responses', fn: (p: McpProcess) => Promise<T>): Promise<T> {
  const p = await McpProcess.start({ configToml: mock.configToml({ wireApi }), env: { CODEX_MCP_LOG: 'warn' } });
  try {
    await p.initialize();
    return await fn(p);
  } finally {
    await p.close();
  }
}

/** A start and one turn, so the shared code cache holds the start path and a turn's code. */
async function primeCodeCache(): Promise<void> {
  const mock = await MockModelServer.start();
  await withServer(mock, 'chat', async (p) => {
    mock.enqueue(reply.text('warm'));
    await p.call('tools/call', { name: 'codex', arguments: { prompt: 'warm', cwd: tmpdir() } });
  });
  await mock.close();
}

/** 50 sequential plain turns of one conversation (instant mock). */
async function sequentialTurns(wireApi: 'chat' | 'responses'): Promise<void> {
  const mock = await MockModelServer.start();
  await withServer(mock, wireApi, async (p) => {
    const conv = (await p.call('newConversation', { cwd: tmpdir() })).result;
    await p.call('addConversationListener', { conversationId: conv.conversationId });
    const turns = 50;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < turns; i++) {
      mock.enqueue(reply.text(`answer ${i}`));
      const from = p.messages.length;
      await p.call('sendUserMessage', { conversationId: conv.conversationId, items: [{ type: 'text', data: { text: `q${i}` } }] });
      await p.waitFor((m) => m.method === 'codex/event/task_complete', 10000, from);
    }
    record(`50 sequential plain turns, ${wireApi} wire, per turn`, Number(process.hrtime.bigint() - t0) / 1e6 / turns, 'ms');
  });
  await mock.close();
}

/** One codex call whose answer is 200 KB streamed in 10,000 deltas. */
async function bigStream(wireApi: 'chat' | 'responses'): Promise<void> {
  const mock = await MockModelServer.start();
  await withServer(mock, wireApi, async (p) => {
    const deltas = Array.from({ length: 10_000 }, (_, i) => `${String(i).padStart(5, '0')}-abcdefghijklmn`);
    mock.enqueue(reply.textDeltas(deltas));
    const t0 = process.hrtime.bigint();
    const res = await p.call('tools/call', { name: 'codex', arguments: { prompt: 'big', cwd: tmpdir() } }, 60000);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (res.result.content[0].text.length !== 200_000) throw new Error('wrong answer length');
    record(`200 KB answer in 10,000 deltas, ${wireApi} wire, whole call`, ms, 'ms');
  });
  await mock.close();
}

/** A shell command printing 20 MB: time, the server's peak RSS, bytes the server wrote to stdout. */
async function bigOutput(): Promise<void> {
  const mock = await MockModelServer.start();
  await withServer(mock, 'chat', async (p) => {
    mock.enqueue(reply.shell('big', ['sh', '-c', 'head -c 20000000 /dev/zero | tr "\\0" "x"'], { timeout_ms: 60000 }), reply.text('ok'));
    const before = Buffer.byteLength(p.rawStdout);
    const t0 = process.hrtime.bigint();
    await p.call('tools/call', { name: 'codex', arguments: { prompt: 'big output', cwd: tmpdir() } }, 120000);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const status = fs.readFileSync(`/proc/${p.child.pid}/status`, 'utf8');
    const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
    record('20 MB shell output, whole call', ms, 'ms');
    record('20 MB shell output, server peak RSS', hwm, 'MiB');
    record('20 MB shell output, bytes written to the client', (Buffer.byteLength(p.rawStdout) - before) / 1024 / 1024, 'MiB');
  });
  await mock.close();
}

/** Resident set size of a process, MiB. */
function rssMiB(pid: number | undefined): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

/** 30 turns printing 1 MiB each on a conversation nobody listens to: the replay buffer is capped. */
async function unlistenedTurns(): Promise<void> {
  const mock = await MockModelServer.start();
  await withServer(mock, 'chat', async (p) => {
    const conv = (await p.call('newConversation', { cwd: tmpdir() })).result;
    const before = rssMiB(p.child.pid);
    const turns = 30;
    for (let i = 0; i < turns; i++) {
      mock.enqueue(reply.shell(`mib-${i}`, ['sh', '-c', 'head -c 1048576 /dev/zero | tr "\\0" x']), reply.text(`done ${i}`));
      await p.call('sendUserMessage', { conversationId: conv.conversationId, items: [{ type: 'text', data: { text: `turn ${i}` } }] });
      // No listener, so no events: the turn's end shows in its rollout.
      for (;;) {
        const text = fs.readFileSync(conv.rolloutPath, 'utf8');
        if (text.split('"type":"task_complete"').length - 1 === i + 1) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      if (i === 0 || i === 9) record(`1 MiB turns, no listener: server RSS after ${i + 1} turns`, rssMiB(p.child.pid), 'MiB');
    }
    record('1 MiB turns, no listener: server RSS before', before, 'MiB');
    record('1 MiB turns, no listener: server RSS after 30 turns', rssMiB(p.child.pid), 'MiB');
    const from = p.messages.length;
    await p.call('addConversationListener', { conversationId: conv.conversationId });
    await p.waitFor((m) => m.method === 'codex/event/task_complete', 10000, from);
    const replayed = p.messages.slice(from).filter((m) => m.method?.startsWith('codex/event/')).length;
    record('1 MiB turns, no listener: events replayed to a late listener', replayed, 'events');
  });
  await mock.close();
}

/** 200 `codex` calls one after another, each a new session: idle sessions past the cap are unloaded. */
async function sequentialSessions(): Promise<void> {
  const mock = await MockModelServer.start();
  await withServer(mock, 'chat', async (p) => {
    const cwd = tmpdir();
    const before = rssMiB(p.child.pid);
    for (let i = 0; i < 200; i++) {
      mock.enqueue(reply.text(`answer ${i} ${'z'.repeat(2000)}`));
      await p.call('tools/call', { name: 'codex', arguments: { prompt: `session ${i}`, cwd } }, 30000);
      if (i === 49) record('sequential codex sessions: server RSS after 50', rssMiB(p.child.pid), 'MiB');
    }
    record('sequential codex sessions: server RSS before', before, 'MiB');
    record('sequential codex sessions: server RSS after 200', rssMiB(p.child.pid), 'MiB');
  });
  await mock.close();
}

/** The server's CPU time so far (user + system, ms) and peak RSS (MiB), from /proc. */
function serverUsage(pid: number): { cpuMs: number; peakMiB: number } {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return { cpuMs: (ticks * 1000) / 100, peakMiB: Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024 };
}

/** A 70 MiB line without newline (over the 64 MiB cap), then a ping: the server's CPU and peak RSS. */
async function hugeLine(): Promise<void> {
  const p = await McpProcess.start({ env: { CODEX_MCP_LOG: 'warn' } });
  try {
    await p.initialize();
    const before = serverUsage(p.child.pid!);
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    p.writeRaw('{"jsonrpc":"2.0","id":"huge","method":"ping","params":{"pad":"');
    for (let i = 0; i < 70; i++) {
      if (!p.child.stdin.write(chunk)) await new Promise((r) => p.child.stdin.once('drain', r));
    }
    await p.waitFor((m) => m.error?.code === -32700, 120_000);
    // The rest of the line is discarded up to its newline; the ping after it is served.
    p.writeRaw('"}}\n');
    const answered = await p.call('ping', undefined, 120_000);
    const after = serverUsage(p.child.pid!);
    record('70 MiB line without newline then ping: server CPU', after.cpuMs - before.cpuMs, 'ms');
    record('70 MiB line without newline then ping: server peak RSS', after.peakMiB, 'MiB');
    record('70 MiB line without newline then ping: idle server peak RSS before it', before.peakMiB, 'MiB');
    if (JSON.stringify(answered.result) !== '{}' || p.child.exitCode !== null) throw new Error('server did not survive the 70 MiB line');
    record('70 MiB line without newline then ping: ping answered', 1, 'yes=1');
  } finally {
    await p.close();
  }
}

/** 100,000 deltas streamed to a client that stops reading stdout for 3 s: peak RSS, messages, text intact. */
async function pausedClient(): Promise<void> {
  const mock = await MockModelServer.start();
  for (const paused of [false, true]) {
    const p = await McpProcess.start({ configToml: mock.configToml(), env: { CODEX_MCP_LOG: 'warn' } });
    try {
      await p.initialize();
      const deltas = Array.from({ length: 100_000 }, (_, i) => `${String(i).padStart(6, '0')}-abcdefghijklm `);
      mock.enqueue(reply.textDeltas(deltas));
      if (paused) p.child.stdout.pause();
      const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'big', cwd: tmpdir() } });
      if (paused) {
        await new Promise((r) => setTimeout(r, 3000));
        p.child.stdout.resume();
      }
      const res = await p.response(id, 120_000);
      const usage = serverUsage(p.child.pid!);
      const streamed = p.notifications('codex/event').filter((m) => m.params.msg.type === 'agent_message_delta');
      if (streamed.map((m) => m.params.msg.delta).join('') !== deltas.join('') || res.result.content[0].text !== deltas.join('')) throw new Error('text not intact');
      const label = paused ? 'client paused 3 s' : 'client reading';
      record(`100,000 deltas (2.2 MB text), ${label}: server peak RSS`, usage.peakMiB, 'MiB');
      record(`100,000 deltas (2.2 MB text), ${label}: delta notifications received`, streamed.length, 'messages');
    } finally {
      p.child.stdout.resume();
      await p.close();
    }
  }
  await mock.close();
}

async function main(): Promise<void> {
  Object.assign(results, await overheads());
  // BENCH_ONLY=overheads: the side-by-side table alone (quick iterations on start-up work).
  if (process.env.BENCH_ONLY === 'overheads') {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  // One code cache for every server of the run, as one user has between starts, primed with a
  // start and a turn: the figures below are those of a server that has run before.
  process.env.CODEX_MCP_CODE_CACHE_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'codex-bench-code-cache-'));
  await primeCodeCache();
  await coldStart();
  await sequentialTurns('chat');
  await sequentialTurns('responses');
  await bigStream('chat');
  await bigStream('responses');
  await bigOutput();
  await unlistenedTurns();
  await sequentialSessions();
  await hugeLine();
  await pausedClient();
  process.stdout.write(`\n${JSON.stringify(results, null, 2)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
