import { spawnSync } from 'node:child_process';
import { McpProcess, SERVER_ENTRY } from '../../support/mcp-process';

const LIMIT = 4096;
const ping = (id: number | string) => JSON.stringify({ jsonrpc: '2.0', id, method: 'ping' });
const clFrame = (json: string) => `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;

describe('message size limit and framing recovery (spawned server, --max-message-bytes)', () => {
  let p: McpProcess;
  afterEach(async () => {
    await p?.close();
  });

  it('an oversize NDJSON line is refused once with id null; the next ping is answered', async () => {
    p = await McpProcess.start({ args: ['--max-message-bytes', String(LIMIT)] });
    await p.initialize();
    const big = JSON.stringify({ jsonrpc: '2.0', id: 'big', method: 'ping', params: { pad: 'x'.repeat(3 * LIMIT) } });
    // Sent in pieces, the refusal comes before the line's newline does.
    p.writeRaw(big.slice(0, 2 * LIMIT));
    const refusal = await p.waitFor((m) => m.error?.code === -32700);
    expect(refusal).toEqual({ jsonrpc: '2.0', id: null, error: { code: -32700, message: expect.stringMatching(new RegExp(`exceeds the ${LIMIT}-byte limit \\(--max-message-bytes\\)`)) } });
    p.writeRaw(big.slice(2 * LIMIT) + '\n' + ping('after') + '\n');
    expect((await p.response('after')).result).toEqual({});
    expect(p.messages.filter((m) => m.error)).toHaveLength(1);
    expect(p.messages.some((m) => m.id === 'big')).toBe(false);
  });

  it('an oversize Content-Length frame is refused at the header, skipped exactly, and later frames are answered', async () => {
    p = await McpProcess.start({ framing: 'content-length', args: ['--max-message-bytes', String(LIMIT)] });
    await p.initialize();
    const big = JSON.stringify({ jsonrpc: '2.0', id: 'big', method: 'ping', params: { pad: '{"id":1}\r\n\r\nContent-Length: 5'.repeat(LIMIT / 8) } });
    p.writeRaw(`Content-Length: ${Buffer.byteLength(big)}\r\n\r\n`);
    const refusal = await p.waitFor((m) => m.error?.code === -32700);
    expect(refusal.id).toBeNull();
    expect(refusal.error?.message).toMatch(new RegExp(`message of ${Buffer.byteLength(big)} bytes \\(Content-Length\\) exceeds the ${LIMIT}-byte limit`));
    p.writeRaw(big + clFrame(ping('a')) + clFrame(ping('b')));
    p.writeRaw(clFrame(ping('c')));
    for (const id of ['a', 'b', 'c']) expect((await p.response(id)).result).toEqual({});
    expect(p.messages.filter((m) => m.error)).toHaveLength(1);
  });

  it('a header claiming 10 GB is refused at once', async () => {
    p = await McpProcess.start({ framing: 'content-length' });
    p.writeRaw('Content-Length: 10000000000\r\n\r\n');
    const refusal = await p.waitFor((m) => m.error?.code === -32700);
    expect(refusal.error?.message).toMatch(/message of 10000000000 bytes \(Content-Length\) exceeds the 67108864-byte limit/);
    expect(p.child.exitCode).toBeNull();
  });

  it('rejects a --max-message-bytes that is not a positive integer', () => {
    for (const bad of ['0', '12k']) {
      const r = spawnSync(process.execPath, [SERVER_ENTRY, '--max-message-bytes', bad], { encoding: 'utf8', input: '' });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/--max-message-bytes/);
    }
  });
});
