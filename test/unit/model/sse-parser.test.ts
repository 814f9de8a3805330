import { SseParser, readSse, type SseMessage } from '../../../src/model/sse-parser';

function parseInPieces(text: string, size: number): SseMessage[] {
  const parser = new SseParser();
  const out: SseMessage[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...parser.push(text.slice(i, i + size)));
  return out;
}

const SAMPLE =
  'event: response.created\ndata: {"type":"response.created"}\n\n' +
  ': a comment\n' +
  'data: line one\ndata: line two\n\n' +
  'event: x\r\ndata:no-space\r\n\r\n' +
  'data: [DONE]\n\n';

const EXPECTED: SseMessage[] = [
  { event: 'response.created', data: '{"type":"response.created"}' },
  { event: undefined, data: 'line one\nline two' },
  { event: 'x', data: 'no-space' },
  { event: undefined, data: '[DONE]' },
];

describe('SseParser', () => {
  test('parses events, comments, multi-line data and CRLF in one chunk', () => {
    expect(new SseParser().push(SAMPLE)).toEqual(EXPECTED);
  });

  test.each([1, 2, 3, 5, 7, 13])('gives the same messages when fed %i characters at a time', (size) => {
    expect(parseInPieces(SAMPLE, size)).toEqual(EXPECTED);
  });

  test('a CRLF split across chunks does not end an extra (empty) line', () => {
    const parser = new SseParser();
    const out = [...parser.push('data: a\r'), ...parser.push('\ndata: b\r'), ...parser.push('\n\r\n')];
    expect(out).toEqual([{ event: undefined, data: 'a\nb' }]);
  });

  test('a message without its closing blank line is not dispatched', () => {
    expect(new SseParser().push('data: partial\n')).toEqual([]);
  });

  test('readSse reads a byte stream split inside a multi-byte character', async () => {
    const bytes = new TextEncoder().encode('data: héllo ✓\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 3) controller.enqueue(bytes.slice(i, i + 3));
        controller.close();
      },
    });
    let chunks = 0;
    const messages: SseMessage[] = [];
    for await (const m of readSse(body, () => chunks++)) messages.push(m);
    expect(messages).toEqual([{ event: undefined, data: 'héllo ✓' }]);
    expect(chunks).toBe(Math.ceil(bytes.length / 3));
  });
});
