import { HeadTailBuffer, omissionMarker } from '../../../src/exec/output-buffer';

describe('HeadTailBuffer', () => {
  it('keeps everything while under the cap', () => {
    const b = new HeadTailBuffer(8, 8);
    b.push(Buffer.from('hello '));
    b.push(Buffer.from('world'));
    expect(b.toString()).toBe('hello world');
    expect(b.omittedBytes).toBe(0);
    expect(b.totalBytes).toBe(11);
  });

  it('keeps head and tail and marks what was dropped', () => {
    const b = new HeadTailBuffer(4, 4);
    for (const part of ['abc', 'defgh', 'ij', 'klmnopq', 'rs']) b.push(Buffer.from(part));
    expect(b.toString()).toBe(`abcd${omissionMarker(11)}pqrs`);
    expect(b.totalBytes).toBe(19);
    expect(b.retainedBytes).toBe(8);
  });

  it('handles one chunk larger than head + tail', () => {
    const b = new HeadTailBuffer(3, 3);
    b.push(Buffer.from('0123456789'));
    expect(b.toString()).toBe(`012${omissionMarker(4)}789`);
  });

  it('never holds more than head + tail bytes, however much is pushed', () => {
    const head = 1024;
    const tail = 2048;
    const b = new HeadTailBuffer(head, tail);
    const chunk = Buffer.alloc(65536, 0x61);
    let maxRetained = 0;
    for (let i = 0; i < 320; i++) {
      // 20 MiB in total, in uneven pieces
      b.push(chunk.subarray(0, 1 + ((i * 7919) % chunk.length)));
      maxRetained = Math.max(maxRetained, b.retainedBytes);
    }
    expect(maxRetained).toBeLessThanOrEqual(head + tail);
    expect(b.omittedBytes + b.retainedBytes).toBe(b.totalBytes);
    expect(b.toBuffer().length).toBe(head + tail + Buffer.byteLength(omissionMarker(b.omittedBytes)));
  });

  it('a zero tail keeps only the head', () => {
    const b = new HeadTailBuffer(2, 0);
    b.push(Buffer.from('abcdef'));
    expect(b.toString()).toBe(`ab${omissionMarker(4)}`);
  });
});
