import * as path from 'node:path';
import { shlexJoin } from '../exec/shlex';
import type { FileChange } from '../protocol/common-types';
import type { ParsedCommand } from '../protocol/events';
import type { ToolCallContent, ToolCallLocation, ToolKind } from './acp-protocol';

/** At most this much of a command's output is shown in a tool call (its tail). */
export const MAX_SHOWN_OUTPUT_CHARS = 64 * 1024;

/** Title, kind and locations of a command tool call, from the core's parsed command. */
export function describeCommand(
  command: string[],
  cwd: string,
  parsed: readonly ParsedCommand[] = [],
): { title: string; kind: ToolKind; locations: ToolCallLocation[] } {
  const title = displayCommand(command);
  const locations: ToolCallLocation[] = [];
  let kind: ToolKind = 'execute';
  if (parsed.length > 0 && parsed.every((p) => p.type === 'read')) {
    kind = 'read';
    for (const p of parsed) if (p.name) locations.push({ path: path.resolve(cwd, p.name) });
  } else if (parsed.length > 0 && parsed.every((p) => p.type === 'search' || p.type === 'list_files')) {
    kind = 'search';
    for (const p of parsed) if (p.path) locations.push({ path: path.resolve(cwd, p.path) });
  }
  return { title, kind, locations };
}

/** `bash -lc 'x'` shows as `x`; anything else shell-quoted. */
export function displayCommand(command: string[]): string {
  if (command.length === 3 && /(^|\/)(ba|z)?sh$/.test(command[0]) && (command[1] === '-lc' || command[1] === '-c')) return command[2];
  return shlexJoin(command);
}

/** Command output as a fenced block; only its tail when it is long. */
export function outputContent(output: string): ToolCallContent[] {
  if (output === '') return [];
  const shown = output.length > MAX_SHOWN_OUTPUT_CHARS ? `…${output.slice(-MAX_SHOWN_OUTPUT_CHARS)}` : output;
  const fence = shown.includes('```') ? '~~~~' : '```';
  return [{ type: 'content', content: { type: 'text', text: `${fence}sh\n${shown.replace(/\n$/, '')}\n${fence}` } }];
}

/** Plain text shown in a tool call. */
export function textContent(text: string): ToolCallContent {
  return { type: 'content', content: { type: 'text', text } };
}

/**
 * A patch's changes as ACP diffs, one per file (updates: one per hunk, old and new text of the
 * hunk as the unified diff has them), plus the title and locations of the edit tool call.
 * `oldContents` gives the text of a file the patch deletes, when it can be read.
 */
export function describeChanges(
  changes: Record<string, FileChange>,
  oldContents: (p: string) => string | undefined = () => undefined,
): { title: string; locations: ToolCallLocation[]; content: ToolCallContent[] } {
  const locations: ToolCallLocation[] = [];
  const content: ToolCallContent[] = [];
  for (const [p, change] of Object.entries(changes)) {
    if (change === 'delete') {
      locations.push({ path: p });
      content.push({ type: 'diff', path: p, oldText: oldContents(p) ?? '', newText: '' });
    } else if ('add' in change) {
      locations.push({ path: p });
      content.push({ type: 'diff', path: p, oldText: null, newText: change.add.content });
    } else {
      const target = change.update.move_path ?? p;
      const hunks = hunksOf(change.update.unified_diff);
      locations.push({ path: target, ...(hunks[0] ? { line: hunks[0].line } : {}) });
      for (const h of hunks) content.push({ type: 'diff', path: target, oldText: h.oldText, newText: h.newText });
      if (hunks.length === 0) content.push({ type: 'diff', path: target, oldText: '', newText: '' });
    }
  }
  const title = locations.length === 0 ? 'Edit' : `Edit ${locations.map((l) => l.path).join(', ')}`;
  return { title, locations, content };
}

/** The hunks of a unified diff as old/new text pairs, with the new file's first line number. */
export function hunksOf(unifiedDiff: string): { line: number; oldText: string; newText: string }[] {
  const hunks: { line: number; oldText: string; newText: string }[] = [];
  let current: { line: number; old: string[]; new: string[] } | undefined;
  const close = () => {
    if (current) hunks.push({ line: current.line, oldText: current.old.join('\n'), newText: current.new.join('\n') });
    current = undefined;
  };
  for (const line of unifiedDiff.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (header) {
      close();
      current = { line: Number(header[1]), old: [], new: [] };
      continue;
    }
    if (!current || line.startsWith('\\')) continue;
    if (line.startsWith('-')) current.old.push(line.slice(1));
    else if (line.startsWith('+')) current.new.push(line.slice(1));
    else if (line.startsWith(' ')) {
      current.old.push(line.slice(1));
      current.new.push(line.slice(1));
    }
  }
  close();
  return hunks;
}
