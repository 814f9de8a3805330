/**
 * Parse a session id the way the reference (Rust `uuid`, `Uuid::parse_str`) does, with its
 * error wording: `Failed to parse session_id: <reason>`. Positions count from the start of
 * the input, prefix included; only the lowercase `urn:uuid:` prefix and braces are accepted,
 * and inside them only the hyphenated form.
 */
export function parseSessionId(raw: string): { ok: true; id: string } | { ok: false; error: string } {
  let s = raw;
  let offset = 0;
  let wrapped = false;
  if (s.startsWith('urn:uuid:')) {
    s = s.slice('urn:uuid:'.length);
    offset = 'urn:uuid:'.length;
    wrapped = true;
  } else if (s.startsWith('{') && s.endsWith('}') && s.length >= 2) {
    s = s.slice(1, -1);
    offset = 1;
    wrapped = true;
  }
  for (let i = 0; i < s.length; i++) {
    if (!/[0-9a-fA-F-]/.test(s[i])) {
      return {
        ok: false,
        error: `invalid character: expected an optional prefix of \`urn:uuid:\` followed by [0-9a-fA-F-], found \`${s[i]}\` at ${i + 1 + offset}`,
      };
    }
  }
  if (!s.includes('-') && !wrapped) {
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
