/**
 * Finds where a chunk's lines sit in a file, the way codex-rs/apply-patch's `seek_sequence` does:
 * four passes of decreasing strictness (exact, trailing whitespace ignored, surrounding whitespace
 * ignored, typographic punctuation folded to ASCII); the first window that matches wins.
 */
import { rustTrim, rustTrimEnd } from './rust-compat';

type LineEquality = (line: string, pattern: string) => boolean;

const PASSES: readonly LineEquality[] = [
  (a, b) => a === b,
  (a, b) => rustTrimEnd(a) === rustTrimEnd(b),
  (a, b) => rustTrim(a) === rustTrim(b),
  (a, b) => normalise(a) === normalise(b),
];

const PUNCTUATION_TO_ASCII: Record<string, string> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"',
  '\u00A0': ' ', '\u2002': ' ', '\u2003': ' ', '\u2004': ' ', '\u2005': ' ', '\u2006': ' ',
  '\u2007': ' ', '\u2008': ' ', '\u2009': ' ', '\u200A': ' ', '\u202F': ' ', '\u205F': ' ', '\u3000': ' ',
};
const PUNCTUATION_RE = new RegExp(`[${Object.keys(PUNCTUATION_TO_ASCII).join('')}]`, 'g');

/** Trim, then map dashes, curly quotes and odd spaces to their ASCII forms. */
export function normalise(s: string): string {
  return rustTrim(s).replace(PUNCTUATION_RE, (c) => PUNCTUATION_TO_ASCII[c]);
}

/**
 * The index of the first window of `lines` at or after `start` equal to `pattern`, or undefined.
 * With `eof`, only the window ending at the last line is tried (upstream does not fall back to
 * `start` despite its comment). An empty pattern matches at `start`.
 */
export function seekSequence(
  lines: readonly string[],
  pattern: readonly string[],
  start: number,
  eof: boolean,
): number | undefined {
  if (pattern.length === 0) return start;
  if (pattern.length > lines.length) return undefined;
  const searchStart = eof ? lines.length - pattern.length : start;
  const lastStart = lines.length - pattern.length;
  for (const equal of PASSES) {
    for (let i = searchStart; i <= lastStart; i++) {
      let ok = true;
      for (let p = 0; p < pattern.length; p++) {
        if (!equal(lines[i + p], pattern[p])) {
          ok = false;
          break;
        }
      }
      if (ok) return i;
    }
  }
  return undefined;
}
