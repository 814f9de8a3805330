import * as fs from 'node:fs';
import * as path from 'node:path';

/** The one rollout file of `sessionId` under CODEX_HOME/sessions. */
export function rolloutOf(codexHome: string, sessionId: string): string {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else if (e.name.endsWith(`-${sessionId}.jsonl`)) found.push(path.join(dir, e.name));
    }
  };
  walk(path.join(codexHome, 'sessions'));
  if (found.length !== 1) throw new Error(`expected one rollout of ${sessionId}, found ${found.length}`);
  return found[0];
}

/** Resolves once `pred` holds for the file's text (the server writes it; we wait for what we mean). */
export async function waitForFile(file: string, pred: (text: string) => boolean, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const content = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (pred(content)) return content;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${file}; it holds:\n${content.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
