import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { InputItemDto } from '../../../src/protocol/dto/conversation-dtos';
import { RpcError } from '../../../src/protocol/errors';
import { normalizeInputItems } from '../../../src/server/input-items';

// Enough of a PNG for the bytes to be recognisable after the base64 round trip.
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);

const items = (...xs: object[]) => xs as InputItemDto[];

async function rpcErrorOf(p: Promise<unknown>): Promise<RpcError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(RpcError);
  return e as RpcError;
}

describe('normalizeInputItems', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'input-items-'));
    fs.writeFileSync(path.join(dir, 'pic.png'), PNG_BYTES);
    fs.writeFileSync(path.join(dir, 'photo.JPG'), Buffer.from('jpegish'));
    fs.writeFileSync(path.join(dir, 'blob.bin'), Buffer.from('binary'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('accepts adjacently tagged text ({type, data: {text}})', async () => {
    await expect(normalizeInputItems(items({ type: 'text', data: { text: 'hello' } }), dir)).resolves.toEqual([{ type: 'text', text: 'hello' }]);
  });

  it('accepts flat text ({type, text})', async () => {
    await expect(normalizeInputItems(items({ type: 'text', text: 'hello' }), dir)).resolves.toEqual([{ type: 'text', text: 'hello' }]);
  });

  it('accepts an empty text', async () => {
    await expect(normalizeInputItems(items({ type: 'text', text: '' }), dir)).resolves.toEqual([{ type: 'text', text: '' }]);
  });

  it('passes image URLs through, tagged or flat', async () => {
    const out = await normalizeInputItems(
      items({ type: 'image', data: { image_url: 'https://example.test/a.png' } }, { type: 'image', image_url: 'data:image/png;base64,AAAA' }),
      dir,
    );
    expect(out).toEqual([
      { type: 'image', image_url: 'https://example.test/a.png' },
      { type: 'image', image_url: 'data:image/png;base64,AAAA' },
    ]);
  });

  it('reads a localImage relative to cwd into a data URL with the type from the extension', async () => {
    const out = await normalizeInputItems(items({ type: 'localImage', data: { path: 'pic.png' } }), dir);
    expect(out).toEqual([{ type: 'image', image_url: `data:image/png;base64,${PNG_BYTES.toString('base64')}` }]);
  });

  it('reads a flat localImage with an absolute path; unknown extensions become octet-stream', async () => {
    const out = await normalizeInputItems(
      items({ type: 'localImage', path: path.join(dir, 'photo.JPG') }, { type: 'localImage', path: path.join(dir, 'blob.bin') }),
      '/nonexistent-cwd',
    );
    expect(out).toEqual([
      { type: 'image', image_url: `data:image/jpeg;base64,${Buffer.from('jpegish').toString('base64')}` },
      { type: 'image', image_url: `data:application/octet-stream;base64,${Buffer.from('binary').toString('base64')}` },
    ]);
  });

  it('keeps the order of mixed items', async () => {
    const out = await normalizeInputItems(
      items({ type: 'text', text: 'look' }, { type: 'localImage', path: 'pic.png' }, { type: 'text', data: { text: 'thanks' } }),
      dir,
    );
    expect(out.map((i) => i.type)).toEqual(['text', 'image', 'text']);
  });

  it('rejects a text item without text with -32602 naming items.N.data.text', async () => {
    const e = await rpcErrorOf(normalizeInputItems(items({ type: 'text', text: 'ok' }, { type: 'text', data: {} }), dir));
    expect(e.code).toBe(-32602);
    expect(e.message).toContain('items.1.data.text');
  });

  it('rejects a non-string text with -32602', async () => {
    const e = await rpcErrorOf(normalizeInputItems(items({ type: 'text', data: { text: 42 } }), dir));
    expect(e.code).toBe(-32602);
    expect(e.message).toContain('items.0.data.text');
  });

  it('rejects an image without image_url with -32602 naming the field', async () => {
    const e = await rpcErrorOf(normalizeInputItems(items({ type: 'image' }), dir));
    expect(e.code).toBe(-32602);
    expect(e.message).toContain('items.0.data.image_url');
  });

  it('rejects an unreadable localImage with -32602 naming the path field', async () => {
    const e = await rpcErrorOf(normalizeInputItems(items({ type: 'localImage', path: 'missing.png' }), dir));
    expect(e.code).toBe(-32602);
    expect(e.message).toContain('items.0.data.path');
    expect(e.message).toContain('ENOENT');
  });

  it('rejects a localImage that is a directory with -32602', async () => {
    const e = await rpcErrorOf(normalizeInputItems(items({ type: 'localImage', path: '.' }), dir));
    expect(e.code).toBe(-32602);
  });
});
