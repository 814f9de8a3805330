import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathExists } from '../common/fs-probes';

/** The file name looked up in every directory from the git root down to the cwd. */
export const PROJECT_DOC_FILENAME = 'AGENTS.md';
/** Between the user's own instructions (CODEX_HOME/AGENTS.md) and the project docs, as upstream. */
export const PROJECT_DOC_SEPARATOR = '\n\n--- project-doc ---\n\n';

/**
 * AGENTS.md files from the git repository root down to `cwd` (only `cwd` itself outside a repo),
 * outermost first (upstream project_doc.rs `discover_project_doc_paths`).
 */
export async function discoverProjectDocPaths(cwd: string): Promise<string[]> {
  let dir: string;
  try {
    dir = await fs.realpath(cwd);
  } catch {
    dir = path.resolve(cwd);
  }
  const chain: string[] = [dir];
  let gitRoot: string | undefined;
  for (let cursor = dir; ; ) {
    if (await pathExists(path.join(cursor, '.git'))) {
      gitRoot = cursor;
      break;
    }
    const parent = path.dirname(cursor);
    if (parent === cursor) break;
    cursor = parent;
    chain.push(cursor);
  }
  const dirs = gitRoot ? chain.slice(0, chain.indexOf(gitRoot) + 1).reverse() : [dir];
  const found: string[] = [];
  for (const d of dirs) {
    const candidate = path.join(d, PROJECT_DOC_FILENAME);
    try {
      if ((await fs.stat(candidate)).isFile()) found.push(candidate);
    } catch {
      // not there
    }
  }
  return found;
}

/** The project docs joined by blank lines, at most `maxBytes` bytes in total; undefined when none. */
export async function readProjectDocs(cwd: string, maxBytes: number): Promise<string | undefined> {
  if (maxBytes <= 0) return undefined;
  let remaining = maxBytes;
  const parts: string[] = [];
  for (const file of await discoverProjectDocPaths(cwd)) {
    if (remaining <= 0) break;
    let data: Buffer;
    try {
      data = await fs.readFile(file);
    } catch {
      continue;
    }
    if (data.length > remaining) data = data.subarray(0, remaining);
    const text = data.toString('utf8');
    if (text.trim() !== '') parts.push(text);
    remaining -= data.length;
  }
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

/**
 * What goes into the `<user_instructions>` message: CODEX_HOME/AGENTS.md (the user's own
 * instructions, trimmed) followed by the project docs, or undefined when there is neither.
 */
export async function loadUserInstructions(codexHome: string, cwd: string, maxBytes: number): Promise<string | undefined> {
  let own: string | undefined;
  try {
    own = (await fs.readFile(path.join(codexHome, PROJECT_DOC_FILENAME), 'utf8')).trim() || undefined;
  } catch {
    own = undefined;
  }
  const docs = await readProjectDocs(cwd, maxBytes);
  if (docs === undefined) return own;
  return own === undefined ? docs : `${own}${PROJECT_DOC_SEPARATOR}${docs}`;
}

