/**
 * What the model is told about a finished command (upstream format_exec_output): a JSON string
 * `{"output":…,"metadata":{"exit_code":…,"duration_seconds":…}}` whose output is the interleaved
 * stdout+stderr, cut to its head and tail when it is long. Clients still get the full text in events.
 */
import { rustLines } from '../../apply-patch/rust-compat';

export const MODEL_FORMAT_MAX_BYTES = 10 * 1024;
export const MODEL_FORMAT_MAX_LINES = 256;
export const MODEL_FORMAT_HEAD_LINES = MODEL_FORMAT_MAX_LINES / 2;
export const MODEL_FORMAT_TAIL_LINES = MODEL_FORMAT_MAX_LINES - MODEL_FORMAT_HEAD_LINES;
export const MODEL_FORMAT_HEAD_BYTES = MODEL_FORMAT_MAX_BYTES / 2;

/** Head + marker + tail when the text exceeds 10 KiB or 256 lines; the text itself otherwise. */
export function truncateForModel(text: string): string {
  const totalBytes = Buffer.byteLength(text, 'utf8');
  const lines = rustLines(text);
  const totalLines = lines.length;
  if (totalBytes <= MODEL_FORMAT_MAX_BYTES && totalLines <= MODEL_FORMAT_MAX_LINES) return text;

  const headTake = Math.min(MODEL_FORMAT_HEAD_LINES, lines.length);
  const tailTake = Math.min(MODEL_FORMAT_TAIL_LINES, Math.max(0, lines.length - headTake));
  const omitted = Math.max(0, lines.length - headTake - tailTake);
  const headBlock = lines.slice(0, headTake).join('\n');
  const tailBlock = tailTake > 0 ? lines.slice(lines.length - tailTake).join('\n') : '';
  const marker = `\n[... omitted ${omitted} of ${totalLines} lines ...]\n\n`;
  const markerBytes = Buffer.byteLength(marker, 'utf8');

  let headBudget = MODEL_FORMAT_HEAD_BYTES;
  const tailBudget = Math.max(0, MODEL_FORMAT_MAX_BYTES - (headBudget + markerBytes));
  if (tailBudget === 0 && markerBytes >= MODEL_FORMAT_MAX_BYTES) return takeBytes(marker, MODEL_FORMAT_MAX_BYTES);
  if (tailBudget === 0) headBudget = Math.max(0, MODEL_FORMAT_MAX_BYTES - markerBytes);

  const head = takeBytes(headBlock, headBudget);
  const used = Buffer.byteLength(head, 'utf8') + markerBytes;
  const tail = takeLastBytes(tailBlock, Math.max(0, MODEL_FORMAT_MAX_BYTES - used));
  return head + marker + tail;
}

/** The JSON string the model gets as function_call_output, key order and number format as upstream. */
export function execOutputForModel(output: string, exitCode: number, durationMs: number): string {
  const seconds = Math.round(durationMs / 100) / 10;
  // serde prints f32 values with a decimal point ("0.0", "2.0"); JSON.stringify would print "0".
  const secondsText = Number.isInteger(seconds) ? seconds.toFixed(1) : String(seconds);
  return `{"output":${JSON.stringify(output)},"metadata":{"exit_code":${exitCode},"duration_seconds":${secondsText}}}`;
}

/** The longest prefix of `text` that fits in `maxBytes` UTF-8 bytes without splitting a character. */
export function takeBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  let used = 0;
  let end = 0;
  for (const ch of text) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (used + n > maxBytes) break;
    used += n;
    end += ch.length;
  }
  return text.slice(0, end);
}

/** The longest suffix of `text` that fits in `maxBytes` UTF-8 bytes without splitting a character. */
export function takeLastBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const chars = Array.from(text);
  let used = 0;
  let start = chars.length;
  while (start > 0) {
    const n = Buffer.byteLength(chars[start - 1], 'utf8');
    if (used + n > maxBytes) break;
    used += n;
    start -= 1;
  }
  return chars.slice(start).join('');
}

/** `{secs, nanos}` as the events carry a Rust Duration. */
export function durationFromMs(ms: number): { secs: number; nanos: number } {
  const safe = Math.max(0, ms);
  const secs = Math.floor(safe / 1000);
  return { secs, nanos: Math.round((safe - secs * 1000) * 1e6) };
}
