/**
 * The environment a shell command gets, derived from `shell_environment_policy`
 * (upstream `exec_env.rs`). The child never sees the server's environment directly: this map is
 * the complete environment.
 */
import type { ShellEnvironmentPolicy } from '../config/config-types';

/** Variables kept by `inherit = "core"`. */
export const CORE_ENV_VARS: readonly string[] = ['HOME', 'LOGNAME', 'PATH', 'SHELL', 'USER', 'USERNAME', 'TMPDIR', 'TEMP', 'TMP'];

/**
 * Names dropped unless `ignore_default_excludes` (case-insensitive, like every policy pattern):
 * upstream's three plus the other usual secret shapes. `*_AUTH` / `*_AUTH_*` catch
 * `NPM_CONFIG__AUTH` and `SSH_AUTH_SOCK` (the agent socket is a credential) but keep
 * `GIT_AUTHOR_NAME`, which a plain `*_AUTH*` would drop.
 */
export const DEFAULT_ENV_EXCLUDES: readonly string[] = [
  '*KEY*',
  '*SECRET*',
  '*TOKEN*',
  '*PASSWORD*',
  '*PASSWD*',
  '*PASSPHRASE*',
  '*CREDENTIAL*',
  '*_AUTH',
  '*_AUTH_*',
];

/** A URL with a password in it (`postgres://user:pass@host/db`), anywhere in a value. */
const URL_WITH_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^\s/?#@:]*:[^\s/?#@]*@/i;

/** True when `value` carries a URL with credentials (`DATABASE_URL`, `PIP_INDEX_URL`…): dropped with the default excludes. */
export function hasUrlCredentials(value: string): boolean {
  return URL_WITH_PASSWORD.test(value);
}

/** A case-insensitive wildcard pattern (`*` any run, `?` one character), like Rust `wildmatch`. */
export function envPatternMatches(pattern: string, name: string): boolean {
  const p = pattern.toLowerCase();
  const s = name.toLowerCase();
  // Iterative glob match with backtracking to the last `*`.
  let pi = 0;
  let si = 0;
  let star = -1;
  let mark = 0;
  while (si < s.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === s[si])) {
      pi++;
      si++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      mark = si;
    } else if (star >= 0) {
      pi = star + 1;
      si = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

const matchesAny = (name: string, patterns: readonly string[]) => patterns.some((p) => envPatternMatches(p, name));

/**
 * Build the child environment: 1. start from `inherit` (all | core | none), 2. drop the default
 * excludes (names, and values holding a URL with a password) unless `ignore_default_excludes`, 3. drop `exclude` matches, 4. apply `set`,
 * 5. if `include_only` is non-empty keep only its matches.
 */
export function createEnv(policy: ShellEnvironmentPolicy, base: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) {
    if (value === undefined) continue;
    if (policy.inherit === 'none') break;
    if (policy.inherit === 'core' && !CORE_ENV_VARS.includes(name)) continue;
    env[name] = value;
  }
  const drop = (predicate: (name: string) => boolean) => {
    for (const name of Object.keys(env)) if (predicate(name)) delete env[name];
  };
  if (!policy.ignore_default_excludes) drop((name) => matchesAny(name, DEFAULT_ENV_EXCLUDES) || hasUrlCredentials(env[name]));
  if (policy.exclude.length > 0) drop((name) => matchesAny(name, policy.exclude));
  for (const [name, value] of Object.entries(policy.set)) env[name] = value;
  if (policy.include_only.length > 0) drop((name) => !matchesAny(name, policy.include_only));
  return env;
}
