/**
 * A human-readable gist of a shell command for `exec_command_begin.parsed_cmd` (upstream
 * `parse_command.rs`, Aug 2025): reads, listings, searches, formatters, tests, linters; anything
 * else is `unknown` with the shell-joined command. Lossy by design — it labels, it never decides.
 *
 * As in 0.25.0, only `bash -lc` / `bash -c` scripts are looked into; `sh -c '…'` stays one
 * `unknown` entry (see the recorded transcripts).
 */
import type { ParsedCommand } from '../protocol/events';
import { isValidSedNArg } from './safe-command';
import { parsePlainScript } from './shell-script';
import { shlexJoin, shlexSplit } from './shlex';

/** ParsedCommand plus the fields upstream sends for `format` and `lint` entries. */
export type ParsedCommandDetail = ParsedCommand & {
  /** The formatter/linter (`cargo fmt`, `eslint`, `npm-script:lint`…). */
  tool?: string | null;
  /** Its non-flag arguments, or null. */
  targets?: string[] | null;
};

const CONNECTORS = new Set(['&&', '||', '|', ';']);

const unknown = (tokens: readonly string[]): ParsedCommandDetail => ({ type: 'unknown', cmd: shlexJoin(tokens) });
const allDigits = (s: string) => /^\d*$/.test(s);

/** Parse `command` into display entries, collapsing consecutive duplicates. */
export function parseCommand(command: readonly string[]): ParsedCommandDetail[] {
  const out: ParsedCommandDetail[] = [];
  let prev: string | undefined;
  for (const entry of parseCommandImpl(command)) {
    const key = JSON.stringify(entry);
    if (key !== prev) out.push(entry);
    prev = key;
  }
  return out;
}

function parseCommandImpl(command: readonly string[]): ParsedCommandDetail[] {
  const fromScript = parseBashLcCommands(command);
  if (fromScript) return fromScript;
  const normalized = normalizeTokens(command);
  const parts = normalized.some((t) => CONNECTORS.has(t)) ? splitOnConnectors(normalized) : [normalized];
  let commands = parts.map(summarizeMainTokens);
  for (let next = simplifyOnce(commands); next; next = simplifyOnce(commands)) commands = next;
  return commands;
}

/** Drop `yes |` / `no |` prefixes and split `bash -c "<script>"` into words. */
function normalizeTokens(cmd: readonly string[]): string[] {
  const [first, second] = cmd;
  if (cmd.length >= 2 && second === '|' && ['yes', 'y', 'no', 'n'].includes(first)) return cmd.slice(2);
  if (cmd.length === 3 && first === 'bash' && (second === '-c' || second === '-lc')) {
    return shlexSplit(cmd[2]) ?? [...cmd];
  }
  return [...cmd];
}

function splitOnConnectors(tokens: readonly string[]): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const t of tokens) {
    if (CONNECTORS.has(t)) {
      if (cur.length > 0) out.push(cur);
      cur = [];
    } else {
      cur.push(t);
    }
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

function trimAtConnector(tokens: readonly string[]): string[] {
  const idx = tokens.findIndex((t) => CONNECTORS.has(t));
  return idx < 0 ? [...tokens] : tokens.slice(0, idx);
}

function simplifyOnce(commands: ParsedCommandDetail[]): ParsedCommandDetail[] | undefined {
  if (commands.length <= 1) return undefined;
  const firstToken = (pc: ParsedCommandDetail) => (pc.type === 'unknown' ? shlexSplit(pc.cmd)?.[0] : undefined);
  const without = (idx: number) => [...commands.slice(0, idx), ...commands.slice(idx + 1)];

  // echo … && rest => rest
  if (firstToken(commands[0]) === 'echo') return commands.slice(1);
  // cd foo && <test> => <test>
  const cdIdx = commands.findIndex((pc) => firstToken(pc) === 'cd');
  if (cdIdx >= 0 && commands.slice(cdIdx + 1).some((pc) => pc.type === 'test')) return without(cdIdx);
  // cmd || true => cmd
  const trueIdx = commands.findIndex((pc) => pc.type === 'noop' && pc.cmd === 'true');
  if (trueIdx >= 0) return without(trueIdx);
  // nl -flags && rest => rest
  const nlIdx = commands.findIndex((pc) => {
    if (pc.type !== 'unknown') return false;
    const tokens = shlexSplit(pc.cmd);
    return tokens !== undefined && tokens[0] === 'nl' && tokens.slice(1).every((t) => t.startsWith('-'));
  });
  if (nlIdx >= 0) return without(nlIdx);
  return undefined;
}

/**
 * The last path component worth showing: `webview/src` → `webview`, `foo/dist/` → `foo`
 * (skipping build, dist, node_modules and src).
 */
export function shortDisplayPath(p: string): string {
  const trimmed = p.replace(/\\/g, '/').replace(/\/+$/, '');
  const parts = trimmed
    .split('/')
    .reverse()
    .filter((s) => s !== '' && s !== 'build' && s !== 'dist' && s !== 'node_modules' && s !== 'src');
  return parts[0] ?? trimmed;
}

/** Operands of `args`, skipping values of `flagsWithVals` and `--flag=value` words; all after `--`. */
function skipFlagValues(args: readonly string[], flagsWithVals: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      out.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.includes('=')) continue;
    if (flagsWithVals.includes(a)) {
      if (i + 1 < args.length) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

const ESLINT_FLAGS_WITH_VALUES = ['-c', '--config', '--parser', '--parser-options', '--rulesdir', '--plugin', '--max-warnings', '--format'];
const GENERIC_FLAGS_WITH_VALUES = ['-p', '--package', '--features', '-C', '--config', '--config-path', '--out-dir', '-o', '--run', '--max-warnings', '--format'];

function collectNonFlagTargets(args: readonly string[]): string[] | null {
  const targets: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') break;
    if (GENERIC_FLAGS_WITH_VALUES.includes(a)) {
      if (i + 1 < args.length) i++;
      continue;
    }
    if (a.startsWith('-')) continue;
    targets.push(a);
  }
  return targets.length > 0 ? targets : null;
}

function collectNonFlagTargetsWithFlags(args: readonly string[], flagsWithVals: readonly string[]): string[] | null {
  const targets = skipFlagValues(args, flagsWithVals).filter((a) => !a.startsWith('-'));
  return targets.length > 0 ? targets : null;
}

const isPathish = (s: string) =>
  s === '.' || s === '..' || s.startsWith('./') || s.startsWith('../') || s.includes('/') || s.includes('\\');

function parseFdQueryAndPath(tail: readonly string[]): [string | null, string | null] {
  const candidates = skipFlagValues(trimAtConnector(tail), ['-t', '--type', '-e', '--extension', '-E', '--exclude', '--search-path']);
  const nonFlags = candidates.filter((p) => !p.startsWith('-'));
  if (nonFlags.length === 1) {
    const one = nonFlags[0];
    return isPathish(one) ? [null, shortDisplayPath(one)] : [one, null];
  }
  if (nonFlags.length >= 2) return [nonFlags[0], shortDisplayPath(nonFlags[1])];
  return [null, null];
}

function parseFindQueryAndPath(tail: readonly string[]): [string | null, string | null] {
  const args = trimAtConnector(tail);
  const root = args.find((a) => !a.startsWith('-') && a !== '!' && a !== '(' && a !== ')');
  const nameIdx = args.findIndex((a) => a === '-name' || a === '-iname' || a === '-path' || a === '-regex');
  const query = nameIdx >= 0 && nameIdx + 1 < args.length ? args[nameIdx + 1] : null;
  return [query, root !== undefined ? shortDisplayPath(root) : null];
}

function classifyNpmLike(tool: string, tail: readonly string[], full: readonly string[]): ParsedCommandDetail | undefined {
  let r = tail;
  if (tool === 'pnpm' && r[0] === '-r') r = r.slice(1);
  let scriptName: string | undefined;
  if (r[0] === 'run') scriptName = r[1];
  else if ((tool === 'npm' && r[0] === 't') || r[0] === 'test') scriptName = 'test';
  if (scriptName === undefined) return undefined;
  const lname = scriptName.toLowerCase();
  const cmd = shlexJoin(full);
  if (['test', 'unit', 'jest', 'vitest'].includes(lname)) return { type: 'test', cmd };
  if (lname === 'lint' || lname === 'eslint') return { type: 'lint', cmd, tool: `${tool}-script:${scriptName}`, targets: null };
  if (['format', 'fmt', 'prettier'].includes(lname)) {
    return { type: 'format', cmd, tool: `${tool}-script:${scriptName}`, targets: null };
  }
  return undefined;
}

/** Read the value of `head -n N` / `-nN` (tail also accepts `+N`); the operand is the first non-flag. */
function readWithLineCount(main: readonly string[], tail: readonly string[], allowPlus: boolean): ParsedCommandDetail {
  const validN = (n: string) => {
    const s = allowPlus && n.startsWith('+') ? n.slice(1) : n;
    return allowPlus ? s !== '' && allDigits(s) : allDigits(s);
  };
  const [first] = tail;
  const hasValidN =
    first === '-n' ? tail[1] !== undefined && validN(tail[1]) : first !== undefined && first.startsWith('-n') && validN(first.slice(2));
  if (hasValidN) {
    const candidates = first === '-n' && tail.length > 1 && validN(tail[1]) ? tail.slice(2) : tail;
    const operand = candidates.find((p) => !p.startsWith('-'));
    if (operand !== undefined) return { type: 'read', cmd: shlexJoin(main), name: shortDisplayPath(operand) };
  }
  return unknown(main);
}

function summarizeMainTokens(main: readonly string[]): ParsedCommandDetail {
  const [head, ...tail] = main;
  const cmd = shlexJoin(main);
  const sub = tail[0];
  if (head === undefined) return unknown(main);
  if (head === 'true' && tail.length === 0) return { type: 'noop', cmd };
  if (head === 'cargo' && sub === 'fmt') return { type: 'format', cmd, tool: 'cargo fmt', targets: collectNonFlagTargets(tail.slice(1)) };
  if (head === 'cargo' && sub === 'clippy') return { type: 'lint', cmd, tool: 'cargo clippy', targets: collectNonFlagTargets(tail.slice(1)) };
  if (head === 'cargo' && sub === 'test') return { type: 'test', cmd };
  if (head === 'rustfmt') return { type: 'format', cmd, tool: 'rustfmt', targets: collectNonFlagTargets(tail) };
  if (head === 'go' && sub === 'fmt') return { type: 'format', cmd, tool: 'go fmt', targets: collectNonFlagTargets(tail.slice(1)) };
  if (head === 'go' && sub === 'test') return { type: 'test', cmd };
  if (head === 'pytest') return { type: 'test', cmd };
  if (head === 'eslint') {
    return { type: 'lint', cmd, tool: 'eslint', targets: collectNonFlagTargetsWithFlags(tail, ESLINT_FLAGS_WITH_VALUES) };
  }
  if (head === 'prettier') return { type: 'format', cmd, tool: 'prettier', targets: collectNonFlagTargets(tail) };
  if (head === 'black') return { type: 'format', cmd, tool: 'black', targets: collectNonFlagTargets(tail) };
  if (head === 'ruff' && sub === 'check') return { type: 'lint', cmd, tool: 'ruff', targets: collectNonFlagTargets(tail.slice(1)) };
  if (head === 'ruff' && sub === 'format') return { type: 'format', cmd, tool: 'ruff', targets: collectNonFlagTargets(tail.slice(1)) };
  if (head === 'jest' || head === 'vitest') return { type: 'test', cmd };
  if (head === 'npx' && sub === 'eslint') {
    return { type: 'lint', cmd, tool: 'eslint', targets: collectNonFlagTargetsWithFlags(tail.slice(1), ESLINT_FLAGS_WITH_VALUES) };
  }
  if (head === 'npx' && sub === 'prettier') return { type: 'format', cmd, tool: 'prettier', targets: collectNonFlagTargets(tail.slice(1)) };
  if (head === 'pnpm' || head === 'npm' || head === 'yarn') return classifyNpmLike(head, tail, main) ?? unknown(main);
  switch (head) {
    case 'ls': {
      const flagsWithVals = ['-I', '-w', '--block-size', '--format', '--time-style', '--color', '--quoting-style'];
      const p = skipFlagValues(tail, flagsWithVals).find((a) => !a.startsWith('-'));
      return { type: 'list_files', cmd, path: p !== undefined ? shortDisplayPath(p) : null };
    }
    case 'rg': {
      const args = trimAtConnector(tail);
      const nonFlags = args.filter((a) => !a.startsWith('-'));
      const short = (s: string | undefined) => (s !== undefined ? shortDisplayPath(s) : null);
      if (args.includes('--files')) return { type: 'search', cmd, query: null, path: short(nonFlags[0]) };
      return { type: 'search', cmd, query: nonFlags[0] ?? null, path: short(nonFlags[1]) };
    }
    case 'fd': {
      const [query, p] = parseFdQueryAndPath(tail);
      return { type: 'search', cmd, query, path: p };
    }
    case 'find': {
      const [query, p] = parseFindQueryAndPath(tail);
      return { type: 'search', cmd, query, path: p };
    }
    case 'grep': {
      // The pattern is kept verbatim (it may contain slashes); only the path is shortened.
      const nonFlags = trimAtConnector(tail).filter((a) => !a.startsWith('-'));
      return { type: 'search', cmd, query: nonFlags[0] ?? null, path: nonFlags[1] !== undefined ? shortDisplayPath(nonFlags[1]) : null };
    }
    case 'cat': {
      const operands = tail[0] === '--' ? tail.slice(1) : tail;
      return operands.length === 1 ? { type: 'read', cmd, name: shortDisplayPath(operands[0]) } : unknown(main);
    }
    case 'head':
      return readWithLineCount(main, tail, false);
    case 'tail':
      return readWithLineCount(main, tail, true);
    case 'nl': {
      const p = skipFlagValues(tail, ['-s', '-w', '-v', '-i', '-b']).find((a) => !a.startsWith('-'));
      return p !== undefined ? { type: 'read', cmd, name: shortDisplayPath(p) } : unknown(main);
    }
    case 'sed':
      if (tail.length >= 3 && tail[0] === '-n' && isValidSedNArg(tail[1])) {
        return { type: 'read', cmd, name: shortDisplayPath(tail[2]) };
      }
      return unknown(main);
    default:
      return unknown(main);
  }
}

/** Pipeline helpers (`wc -l`, `head -n 40`, `awk …`) that only shape another command's output. */
function isSmallFormattingCommand(tokens: readonly string[]): boolean {
  switch (tokens[0]) {
    case 'wc':
    case 'tr':
    case 'cut':
    case 'sort':
    case 'uniq':
    case 'xargs':
    case 'tee':
    case 'column':
    case 'awk':
    case 'yes':
    case 'printf':
      return true;
    case 'head':
    case 'tail':
      return tokens.length < 3; // no file operand
    case 'sed':
      return tokens.length < 4 || !(tokens[1] === '-n' && isValidSedNArg(tokens[2]));
    default:
      return false;
  }
}

/** `bash -lc "<script>"`: summarise each plain command of the script; anything else is one unknown. */
function parseBashLcCommands(original: readonly string[]): ParsedCommandDetail[] | undefined {
  if (original.length !== 3 || original[0] !== 'bash' || original[1] !== '-lc') return undefined;
  const script = original[2];
  const all = parsePlainScript(script);
  if (!all) return [{ type: 'unknown', cmd: script }];
  const scriptTokens = shlexSplit(script) ?? [...original];
  const hadMultipleCommands = all.length > 1;
  const filtered = all.filter((tokens) => !isSmallFormattingCommand(tokens));
  if (filtered.length === 0) return [{ type: 'unknown', cmd: script }];
  let commands = filtered.map(summarizeMainTokens);
  if (commands.length > 1) commands = commands.filter((pc) => pc.type !== 'noop');
  if (commands.length !== 1) return commands;

  // One command left: attribute the whole script where that reads better.
  const hadConnectors = hadMultipleCommands || scriptTokens.some((t) => CONNECTORS.has(t));
  const pc = commands[0];
  switch (pc.type) {
    case 'read': {
      if (!hadConnectors) return [{ ...pc, cmd: shlexJoin(scriptTokens) }];
      const hasPipe = scriptTokens.includes('|');
      const hasSedN = scriptTokens.some((t, i) => t === 'sed' && scriptTokens[i + 1] === '-n');
      return [hasPipe && hasSedN ? { ...pc, cmd: script } : pc];
    }
    case 'list_files':
    case 'search':
      return [hadConnectors ? pc : { ...pc, cmd: shlexJoin(scriptTokens) }];
    case 'unknown':
    case 'noop':
      return [{ ...pc, cmd: script }];
    default:
      return [pc];
  }
}
