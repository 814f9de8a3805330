/**
 * Commands that only read, so `untrusted` approval may run them without asking
 * (upstream `is_safe_command.rs`). "Known safe" only skips the question: the command still runs
 * in the sandbox. When in doubt a command is not safe: being wrong here costs one approval
 * prompt, being wrong the other way lets a write or a program run without asking (inside the
 * sandbox). Commands that read repository config and may run programs from it (`git status`
 * runs `core.fsmonitor`, `git diff` runs `diff.external`) stay on the list because the sandbox
 * contains them and keeps every `.git` read-only.
 */
import { parsePlainScript, shellScriptOf } from './shell-script';

/** Read-only utilities that are safe with any arguments. */
const ALWAYS_SAFE = new Set([
  'cat',
  'cd',
  'echo',
  'false',
  'grep',
  'head',
  'id',
  'ls',
  'nl',
  'pwd',
  'rev',
  'seq',
  'stat',
  'tail',
  'tr',
  'true',
  'uname',
  'wc',
  'which',
  'whoami',
]);

/** `find` options that run programs, delete, or write files. */
const UNSAFE_FIND_OPTIONS = new Set([
  '-exec',
  '-execdir',
  '-ok',
  '-okdir',
  '-delete',
  '-fls',
  '-fprint',
  '-fprint0',
  '-fprintf',
]);

/** `rg` options that run other programs (`--pre`, `--hostname-bin`) or decompressors (`-z`, also inside `-uz`). */
const UNSAFE_RG_OPTIONS_WITH_ARGS = ['--pre', '--hostname-bin'];
const UNSAFE_RG_OPTIONS_WITHOUT_ARGS = new Set(['--search-zip']);
const isShortOptionCluster = (arg: string, letter: string) => /^-[^-]/.test(arg) && arg.includes(letter);

const READ_ONLY_GIT_SUBCOMMANDS = new Set(['status', 'log', 'diff', 'show', 'branch']);

/**
 * Options that make an otherwise read-only git subcommand write a file, run a program, or read
 * config from elsewhere. (Global options such as `-c`, `--config-env`, `-C`, `--git-dir` come
 * before the subcommand, which is then not on the list.)
 */
const UNSAFE_GIT_OPTIONS = ['--output', '--ext-diff', '--textconv', '--exec', '--open-files-in-pager', '-O', '--config-env', '--exec-path'];

/** `git branch` options that create, delete, rename or reconfigure branches. */
const MUTATING_GIT_BRANCH_OPTIONS = new Set([
  '-d',
  '-D',
  '--delete',
  '-m',
  '-M',
  '--move',
  '-c',
  '-C',
  '--copy',
  '-f',
  '--force',
  '-u',
  '--set-upstream-to',
  '--unset-upstream',
  '--edit-description',
  '-t',
  '--track',
  '--no-track',
  '--create-reflog',
]);

const hasOption = (args: readonly string[], options: readonly string[]) =>
  args.some((arg) => options.some((opt) => arg === opt || arg.startsWith(`${opt}=`)));

function isSafeGit(argv: readonly string[]): boolean {
  // A global option before the subcommand (`-c`, `-C`, `--git-dir`…) is never safe.
  const sub = argv[1];
  if (sub === undefined || !READ_ONLY_GIT_SUBCOMMANDS.has(sub)) return false;
  const args = argv.slice(2);
  if (hasOption(args, UNSAFE_GIT_OPTIONS)) return false;
  if (sub !== 'branch') return true;
  // `git branch NAME` creates a branch; only listing forms are read-only.
  if (args.some((arg) => MUTATING_GIT_BRANCH_OPTIONS.has(arg.split('=')[0]))) return false;
  const listing = args.includes('--list') || args.includes('-l');
  return listing || args.every((arg) => arg.startsWith('-'));
}

/** True for `N` or `M,N` followed by `p` (as in `sed -n 1,5p`). */
export function isValidSedNArg(arg: string | undefined): boolean {
  return arg !== undefined && /^(\d+,)?\d+p$/.test(arg);
}

/** Safe to run as a plain argv (no shell involved). */
function isSafeToCallWithExec(argv: readonly string[]): boolean {
  const cmd = argv[0];
  if (cmd === undefined) return false;
  if (ALWAYS_SAFE.has(cmd)) return true;
  switch (cmd) {
    case 'uniq':
      // `uniq IN OUT` writes OUT.
      return argv.slice(1).filter((arg) => !arg.startsWith('-')).length <= 1;
    case 'find':
      return !argv.some((arg) => UNSAFE_FIND_OPTIONS.has(arg));
    case 'rg':
      return !argv.slice(1).some(
        (arg) =>
          UNSAFE_RG_OPTIONS_WITHOUT_ARGS.has(arg) ||
          isShortOptionCluster(arg, 'z') ||
          UNSAFE_RG_OPTIONS_WITH_ARGS.some((opt) => arg === opt || arg.startsWith(`${opt}=`)),
      );
    case 'git':
      return isSafeGit(argv);
    case 'sed':
      // Exactly `sed -n Np FILE`: a FILE that starts with `-` would be read as another option
      // (`--expression=1e CMD` runs CMD).
      return argv.length === 4 && argv[1] === '-n' && isValidSedNArg(argv[2]) && argv[3] !== '' && !argv[3].startsWith('-');
    default:
      return false;
  }
}

/**
 * True when `argv` only reads: a known-safe command, or `bash|zsh|sh -c|-lc "<script>"` whose
 * script is nothing but known-safe commands joined by `&&`, `||`, `;` or `|`.
 */
export function isKnownSafeCommand(argv: readonly string[]): boolean {
  if (isSafeToCallWithExec(argv)) return true;
  const script = shellScriptOf(argv);
  if (script === undefined) return false;
  const commands = parsePlainScript(script);
  return commands !== undefined && commands.every(isSafeToCallWithExec);
}
