import { encodeFrame, FrameDecoder } from '../../../src/transport/framing';
import { classifyMessage } from '../../../src/transport/stdio-message-reader';

const values = (d: FrameDecoder, ...chunks: (string | Buffer)[]) =>
  chunks.flatMap((c) => d.push(typeof c === 'string' ? Buffer.from(c) : c));

describe('FrameDecoder', () => {
  it('splits newline-delimited JSON and ignores blank lines', () => {
    const d = new FrameDecoder();
    const out = values(d, '{"a":1}\n\n   \n{"b":2}\r\n');
    expect(out).toEqual([{ kind: 'json', value: { a: 1 } }, { kind: 'json', value: { b: 2 } }]);
    expect(d.framing).toBe('ndjson');
  });

  it('keeps a message split across chunks, including inside a multi-byte character', () => {
    const text = Buffer.from('{"t":"héllo ✓ 🎉"}\n', 'utf8');
    const d = new FrameDecoder();
    const out: unknown[] = [];
    for (let i = 0; i < text.length; i++) out.push(...d.push(text.subarray(i, i + 1)));
    expect(out).toEqual([{ kind: 'json', value: { t: 'héllo ✓ 🎉' } }]);
  });

  it('reports garbage lines as parse errors and keeps going', () => {
    const d = new FrameDecoder();
    const out = values(d, '{not json\n{"ok":true}\n');
    expect(out[0].kind).toBe('parse-error');
    expect(out[1]).toEqual({ kind: 'json', value: { ok: true } });
  });

  it('detects Content-Length framing, even when the header arrives byte by byte', () => {
    const body = JSON.stringify({ x: 'é' });
    const frame = `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}Content-Length: 2\r\n\r\n{}`;
    const d = new FrameDecoder();
    const out: unknown[] = [];
    for (const ch of Buffer.from(frame)) out.push(...d.push(Buffer.from([ch])));
    expect(d.framing).toBe('content-length');
    expect(out).toEqual([{ kind: 'json', value: { x: 'é' } }, { kind: 'json', value: {} }]);
  });

  it('accepts lower-case headers and extra headers', () => {
    const d = new FrameDecoder();
    const out = values(d, 'content-length: 7\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{"a":1}');
    expect(out).toEqual([{ kind: 'json', value: { a: 1 } }]);
  });

  it('refuses an NDJSON line as soon as it passes the cap, once, and serves the next line', () => {
    const d = new FrameDecoder({ maxMessageBytes: 100 });
    const out = values(d, '{"a":"' + 'x'.repeat(60), 'x'.repeat(60), 'x'.repeat(500), 'xx"}\n{"b":1}\n');
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ kind: 'parse-error', error: expect.stringMatching(/exceeds the 100-byte limit/) });
    expect(out[1]).toEqual({ kind: 'json', value: { b: 1 } });
    // Refused in the chunk that crossed the cap, before any newline arrived.
    const early = new FrameDecoder({ maxMessageBytes: 100 });
    expect(values(early, 'x'.repeat(50))).toEqual([]);
    expect(values(early, 'x'.repeat(51))).toHaveLength(1);
    expect(values(early, 'x'.repeat(1000))).toEqual([]);
  });

  it('accepts a line of exactly the cap, split over many chunks', () => {
    const line = JSON.stringify({ t: 'y'.repeat(90) });
    const d = new FrameDecoder({ maxMessageBytes: line.length });
    const out = values(d, ...line.match(/.{1,7}/g)!, '\n');
    expect(out).toEqual([{ kind: 'json', value: { t: 'y'.repeat(90) } }]);
  });

  it('refuses an oversize Content-Length at the header and skips exactly its body', () => {
    const d = new FrameDecoder({ maxMessageBytes: 50 });
    const big = JSON.stringify({ big: 'z'.repeat(200) });
    const out = values(d, `Content-Length: ${big.length}\r\n\r\n`);
    expect(out).toEqual([{ kind: 'parse-error', text: '', error: expect.stringMatching(/message of \d+ bytes \(Content-Length\) exceeds the 50-byte limit/) }]);
    const rest = values(d, big.slice(0, 100), big.slice(100) + 'Content-Length: 8\r\n\r\n{"ok":1}');
    expect(rest).toEqual([{ kind: 'json', value: { ok: 1 } }]);
  });

  it('refuses a header claiming 10 GB at once', () => {
    const d = new FrameDecoder();
    const out = values(d, 'Content-Length: 10000000000\r\n\r\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kind: 'parse-error', error: expect.stringMatching(/10000000000 bytes/) });
  });

  it('a header that never ends is refused once, and the next header is read', () => {
    const d = new FrameDecoder();
    const out = values(d, 'Content-Length: 2\r\nX-Junk: ' + 'j'.repeat(20000), 'j'.repeat(20000) + '\r\n\r\nContent-Length: 2\r\n\r\n{}');
    expect(out.map((f) => f.kind)).toEqual(['parse-error', 'json']);
    expect(out[0]).toMatchObject({ error: expect.stringMatching(/header longer than/) });
  });

  it('a header without Content-Length is an error and the stream recovers', () => {
    const d = new FrameDecoder();
    const out = values(d, 'Content-Length: 2\r\n\r\n{}\r\nContent-Type: x\r\n\r\nContent-Length: 7\r\n\r\n{"a":2}');
    expect(out).toEqual([{ kind: 'json', value: {} }, { kind: 'parse-error', text: '', error: 'missing Content-Length header' }, { kind: 'json', value: { a: 2 } }]);
  });

  it('a 20 MiB message in 64 KiB chunks is decoded whole', () => {
    const d = new FrameDecoder({ maxMessageBytes: 32 * 1024 * 1024 });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    expect(d.push(Buffer.from('{"a":"'))).toEqual([]);
    for (let i = 0; i < 320; i++) expect(d.push(chunk)).toEqual([]);
    const out = d.push(Buffer.from('"}\n'));
    expect(out).toHaveLength(1);
    expect((out[0] as { value: { a: string } }).value.a).toHaveLength(320 * 64 * 1024);
  });

  it('encodes in either framing with byte lengths', () => {
    expect(encodeFrame('{"a":"é"}', 'ndjson').toString()).toBe('{"a":"é"}\n');
    expect(encodeFrame('{"a":"é"}', 'content-length').toString()).toBe('Content-Length: 10\r\n\r\n{"a":"é"}');
  });
});

describe('classifyMessage', () => {
  it('accepts requests, notifications and responses', () => {
    expect(classifyMessage({ id: 1, method: 'ping' })).toHaveProperty('ok');
    expect(classifyMessage({ id: 'a', method: 'ping', params: null })).toEqual({ ok: { jsonrpc: '2.0', id: 'a', method: 'ping' } });
    expect(classifyMessage({ method: 'notifications/initialized' })).toHaveProperty('ok');
    expect(classifyMessage({ id: 0, result: {} })).toHaveProperty('ok');
  });

  it.each([
    [[{ id: 1, method: 'ping' }], null, /batch/],
    [42, null, /object/],
    ['str', null, /object/],
    [null, null, /object/],
    [{ id: 1.5, method: 'ping' }, null, /id must be/],
    [{ id: { a: 1 }, method: 'ping' }, null, /id must be/],
    [{ id: null, method: 'ping' }, null, /id must be/],
    [{ id: 3, method: 5 }, 3, /method/],
    [{ id: 4, method: 'x', params: 'str' }, 4, /params/],
    [{ id: 5 }, 5, /not a JSON-RPC/],
  ])('rejects %j with -32600', (value, id, message) => {
    const c = classifyMessage(value);
    expect(c).toHaveProperty('reject');
    const rej = (c as { reject: { id: unknown; code: number; message: string } }).reject;
    expect(rej.code).toBe(-32600);
    expect(rej.id).toBe(id);
    expect(rej.message).toMatch(message);
  });
});
