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
