import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The config file's name inside CODEX_HOME. */
export const CONFIG_TOML_FILE = 'config.toml';

/** `$CODEX_HOME` (when non-empty) or `~/.codex`, absolute; symlinks resolved when it exists. */
export function findCodexHome(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CODEX_HOME;
  const home =
    fromEnv !== undefined && fromEnv !== '' ? path.resolve(fromEnv) : path.join(env.HOME || os.homedir(), '.codex');
  try {
    return fs.realpathSync(home);
  } catch {
    return home;
  }
}

/** Create CODEX_HOME (and missing parents) with mode 0700; a no-op when it exists. */
export async function ensureCodexHome(dir: string): Promise<void> {
  await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 });
}

export function ensureCodexHomeSync(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
}
