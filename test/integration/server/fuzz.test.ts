import { JsonRpcMessage, McpProcess } from '../../support/mcp-process';

/** mulberry32: a small seeded PRNG, so every run sends the same bytes. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Requests that every server answers at once, without a model. */
const BASES: ((id: unknown) => Record<string, unknown>)[] = [
  (id) => ({ jsonrpc: '2.0', id, method: 'ping' }),
  (id) => ({ jsonrpc: '2.0', id, method: 'tools/list' }),
  (id) => ({ jsonrpc: '2.0', id, method: 'resources/list', params: {} }),
  (id) => ({ jsonrpc: '2.0', id, method: 'prompts/list' }),
  (id) => ({ jsonrpc: '2.0', id, method: 'getUserAgent' }),
  (id) => ({ jsonrpc: '2.0', id, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'fuzz', version: '1' } } }),
  (id) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'nope', arguments: { x: 1 } } }),
  (id) => ({ jsonrpc: '2.0', id, method: 'no/such/method', params: [1, 2] }),
  () => ({ jsonrpc: '2.0', method: 'notifications/initialized' }),
  (id) => ({ jsonrpc: '2.0', id, result: {} }),
];

const deep = (depth: number, open: string, close: string) => open.repeat(depth) + close.repeat(depth);

/** One round's messages: mutations of valid messages, as message bodies (without framing). */
function mutation(rand: () => number, round: number, framing: 'ndjson' | 'content-length'): Buffer[] {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const id = (k = 0) => (rand() < 0.5 ? round * 10 + k : `r${round}-${k}`);
  const base = (i = id()) => JSON.stringify(pick(BASES)(i));
  const one = (s: string | Buffer) => [Buffer.from(s)];
  switch (Math.floor(rand() * 11)) {
    case 0: // untouched
      return one(base());
    case 1: {
      const s = base();
      return one(s.slice(0, Math.floor(rand() * s.length)));
    }
    case 2: {
      const b = Buffer.from(base());
      for (let n = 1 + Math.floor(rand() * 3); n > 0; n--) b[Math.floor(rand() * b.length)] = Math.floor(rand() * 256);
      return [b];
    }
    case 3: {
      const m = JSON.parse(base()) as Record<string, unknown>;
      const field = pick(['id', 'method', 'params', 'jsonrpc']);
      m[field] = pick([{}, [], true, 1.5, null, 5, '', 'str', -1, [{ id: 1 }]]);
      return one(JSON.stringify(m));
    }
    case 4: {
      // Duplicate ids in one read: the same request twice, or two messages sharing an id.
      const shared = id();
      const second = rand() < 0.5 ? base(shared) : JSON.stringify({ jsonrpc: '2.0', id: shared, method: pick([5, '', 'ping']) });
      return [Buffer.from(base(shared)), Buffer.from(second)];
    }
    case 5: {
      const huge = pick(['1e400', '18446744073709551616', '-9223372036854775809', '1e21', '123456789012345678901234567890', '-0', '0.0000001']);
      return one(rand() < 0.5 ? `{"jsonrpc":"2.0","id":${huge},"method":"ping"}` : `{"jsonrpc":"2.0","id":"${id()}","method":"ping","params":{"n":${huge}}}`);
    }
    case 6: {
      const depth = 1000 + Math.floor(rand() * 20000);
      const where = pick(['params', 'id', 'whole']);
      if (where === 'whole') return one(deep(depth, '[', ']'));
      if (where === 'id') return one(`{"jsonrpc":"2.0","id":${deep(depth, '[', ']')},"method":"ping"}`);
      return one(`{"jsonrpc":"2.0","id":"${id()}","method":"${pick(['ping', 'initialize', 'tools/call'])}","params":{"a":${deep(depth, '[', ']')}}}`);
    }
    case 7: {
      // Invalid UTF-8 inside a string (method or a param), decoded as U+FFFD.
      const bad = pick([[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82]]);
      const s = base();
      const at = s.indexOf('"method":"') + 11;
      return [Buffer.concat([Buffer.from(s.slice(0, at)), Buffer.from(bad), Buffer.from(s.slice(at))])];
    }
    case 8: {
      const a = base();
      const b = base(id(1));
      // Mixed framing: a Content-Length frame inside newline-delimited input, with and without its own newline.
      if (framing === 'ndjson') return one(rand() < 0.5 ? `Content-Length: ${Buffer.byteLength(a)}\r\n\r\n${a}` : `Content-Length: ${Buffer.byteLength(a)}\r\n\r\n${a}${b}`);
      // Newline-delimited messages inside one Content-Length body.
      return one(`${a}\n${b}\n`);
    }
    case 9:
      return one(pick([`[${base()}]`, '[]', '42', '"str"', 'null', `\ufeff${base()}`, '{}', '{"jsonrpc":"2.0"}', `${base()} trailing`]));
    default:
      return one(`  \t${base()}\r`);
  }
}

/** Content-Length only: header mutations that keep the stream in step (the declared length is right). */
function headerMutation(rand: () => number, round: number, limit: number): { bytes: Buffer; nulls: number } {
  const body = JSON.stringify({ jsonrpc: '2.0', id: `h${round}`, method: 'ping', params: { pad: 'p'.repeat(limit) } });
  switch (Math.floor(rand() * 3)) {
    case 0: // over the cap: refused at the header, skipped exactly
      return { bytes: Buffer.from(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`), nulls: 1 };
    case 1: // no Content-Length at all
      return { bytes: Buffer.from('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n'), nulls: 1 };
    default: // a header block too long to be one
      return { bytes: Buffer.from(`X-Junk: ${'j'.repeat(9000)}\r\n\r\n`), nulls: 1 };
  }
}

/**
 * What the server must send for one line, decided from the JSON-RPC rules alone: an answer
 * carrying the id, an error with id null, or nothing (notifications, responses, blank lines).
 * `inFlight` holds the ids of requests read in the same chunk and not answered yet.
 */
function expected(body: Buffer, inFlight: Set<string>, framing: 'ndjson' | 'content-length'): { id: string | number } | 'null' | 'none' {
  const text = body.toString('utf8');
  // A blank line is skipped; a blank Content-Length body is not JSON.
  if (/^[ \t\r]*$/.test(text)) return framing === 'ndjson' ? 'none' : 'null';
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return 'null';
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return 'null';
  const m = v as Record<string, unknown>;
  const hasId = 'id' in m;
  const idOk = typeof m.id === 'string' || (typeof m.id === 'number' && Number.isInteger(m.id));
  const answer = (isRequest: boolean) => {
    const k = String(m.id);
    if (inFlight.has(k)) return 'null' as const;
    if (isRequest) inFlight.add(k);
    return { id: m.id as string | number };
  };
  if ('method' in m) {
    if (!hasId) return 'none';
    if (!idOk) return 'null';
    const params = m.params;
    const valid = typeof m.method === 'string' && m.method !== '' && (params === undefined || params === null || typeof params === 'object');
    return answer(valid);
  }
  if (hasId && ('result' in m || 'error' in m)) return 'none';
  return idOk ? answer(false) : 'null';
}

const keyOf = (id: string | number) => `${typeof id}:${String(id)}`;

const frame = (framing: 'ndjson' | 'content-length', body: Buffer) =>
  framing === 'ndjson' ? Buffer.concat([body, Buffer.from('\n')]) : Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);

describe('fuzz: seeded mutations of valid messages (spawned server)', () => {
  let p: McpProcess;
  afterEach(async () => {
    await p?.close();
  });

  it.each(['ndjson', 'content-length'] as const)('%s: stays alive, answers every well-formed request with a valid id exactly once, no id twice', async (framing) => {
    const LIMIT = 65536;
    p = await McpProcess.start({ framing, env: { CODEX_MCP_LOG: 'error' }, args: ['--max-message-bytes', String(LIMIT)] });
    await p.initialize();
    const from = p.messages.length;
    const rand = prng(framing === 'ndjson' ? 20251201 : 20251202);
    const want = new Map<string, number>();
    let wantNull = 0;
    const ROUNDS = 300;
    // Rounds go out in batches that one read takes whole (at most 60,000 bytes into an empty
    // pipe), each closed by a ping that paces the next: ids in flight are those of one batch.
    let batch: Buffer[] = [];
    let batchBytes = 0;
    let inFlight = new Set<string>();
    let syncs = 0;
    const send = async () => {
      const sync = `sync-${syncs++}`;
      p.writeRaw(Buffer.concat([...batch, frame(framing, Buffer.from(JSON.stringify({ jsonrpc: '2.0', id: sync, method: 'ping' })))]));
      await p.response(sync);
      expect(p.child.exitCode).toBeNull();
      batch = [];
      batchBytes = 0;
      inFlight = new Set<string>();
    };
    for (let round = 0; round < ROUNDS; round++) {
      let bytes: Buffer;
      let nulls = 0;
      let bodies: Buffer[] = [];
      if (framing === 'content-length' && rand() < 0.1) {
        const h = headerMutation(rand, round, LIMIT);
        bytes = h.bytes;
        nulls = h.nulls;
      } else {
        bodies = mutation(rand, round, framing);
        bytes = Buffer.concat(bodies.map((b) => frame(framing, b)));
      }
      if (batch.length && (batch.length >= 10 || batchBytes + bytes.length > 60_000)) await send();
      const tally = (body: Buffer) => {
        const e = expected(body, inFlight, framing);
        if (e === 'null') wantNull++;
        else if (e !== 'none') want.set(keyOf(e.id), (want.get(keyOf(e.id)) ?? 0) + 1);
      };
      wantNull += nulls;
      if (framing === 'content-length') bodies.forEach(tally);
      else {
        // The server splits on newlines wherever they are (a flipped byte may be one).
        let start = 0;
        for (let nl = bytes.indexOf(0x0a); nl >= 0; nl = bytes.indexOf(0x0a, start)) {
          tally(bytes.subarray(start, nl));
          start = nl + 1;
        }
      }
      batch.push(bytes);
      batchBytes += bytes.length;
    }
    await send();
    // Stdin EOF: whatever is still running gets answered before the exit.
    p.child.stdin.end();
    expect(await p.exited).toBe(0);
    const answers = p.messages.slice(from).filter((m: JsonRpcMessage) => m.method === undefined && !String(m.id).startsWith('sync-'));
    const got = new Map<string, number>();
    for (const m of answers.filter((a) => a.id !== null)) got.set(keyOf(m.id as string | number), (got.get(keyOf(m.id as string | number)) ?? 0) + 1);
    expect(Object.fromEntries([...got].sort())).toEqual(Object.fromEntries([...want].sort()));
    expect(answers.filter((a) => a.id === null).length).toBe(wantNull);
    for (const a of answers.filter((x) => x.id === null)) expect([-32700, -32600]).toContain(a.error?.code);
    // The corpus exercised both outcomes plenty.
    expect(want.size).toBeGreaterThan(80);
    expect(wantNull).toBeGreaterThan(80);
  });
});
