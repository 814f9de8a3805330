import * as fsp from 'node:fs/promises';

/** True when `p` exists (following symlinks); any error reads as "no". */
export function pathExists(p: string): Promise<boolean> {
  return fsp.stat(p).then(
    () => true,
    () => false,
  );
}

/** True when `p` is a directory (following symlinks). */
export function isDirectory(p: string): Promise<boolean> {
  return fsp.stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** True when `p` is a regular file (following symlinks). */
export function isFile(p: string): Promise<boolean> {
  return fsp.stat(p).then(
    (s) => s.isFile(),
    () => false,
  );
}
