/**
 * Parse a session id the way the reference (Rust `uuid`) does, with its error wording:
 * `Failed to parse session_id: <reason>`.
 */
export function parseSessionId(raw: string): { ok: true; id: string } | { ok: false; error: string } {
  let s = raw;
  if (s.toLowerCase().startsWith('urn:uuid:')) s = s.slice('urn:uuid:'.length);
  if (s.startsWith('{') && s.endsWith('}')) s = s.slice(1, -1);
  for (let i = 0; i < s.length; i++) {
    if (!/[0-9a-fA-F-]/.test(s[i])) {
      return {
        ok: false,
        error: `invalid character: expected an optional prefix of \`urn:uuid:\` followed by [0-9a-fA-F-], found \`${s[i]}\` at ${i + 1}`,
      };
    }
  }
  if (!s.includes('-')) {
    if (s.length !== 32) return { ok: false, error: `invalid length: expected length 32 for simple format, found ${s.length}` };
    const h = s.toLowerCase();
    return { ok: true, id: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}` };
  }
  const groups = s.split('-');
  if (groups.length !== 5) return { ok: false, error: `invalid group count: expected 5, found ${groups.length}` };
  const expected = [8, 4, 4, 4, 12];
  for (let g = 0; g < 5; g++) {
    if (groups[g].length !== expected[g]) {
      return { ok: false, error: `invalid group length in group ${g}: expected ${expected[g]}, found ${groups[g].length}` };
    }
  }
  return { ok: true, id: s.toLowerCase() };
}
