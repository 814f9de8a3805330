import { createReadStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { inject, injectable } from 'inversify';
import { LoggerFactory, type Logger } from '../../logging/logger';
import type { ResponseItem } from '../../model/model-types';
import type { EventMsg } from '../../protocol/events';
import type { RolloutSummary } from '../conversation';
import { ENVIRONMENT_CONTEXT_START, USER_INSTRUCTIONS_START } from '../environment-context';
import { RolloutLock } from './rollout-lock';
import { FileRolloutRecorder } from './rollout-recorder';
import { RolloutStore, type RolloutContents, type RolloutRecorder, type SessionMeta } from './rollout-types';
import { isObject } from '../../common/json-guards';

/** Written into every session meta line. */
export const ROLLOUT_ORIGINATOR = 'codex_mcp_server';
export const ROLLOUT_CLI_VERSION = '0.25.0';
const SESSIONS_DIR = 'sessions';
const ROLLOUT_NAME = /^rollout-.*\.jsonl$/;
/** How far into a file we look for the first user message when building a preview. */
const PREVIEW_SCAN_LINES = 200;

@injectable()
export class RolloutStoreImpl implements RolloutStore {
  private readonly logger: Logger;

  constructor(@inject(LoggerFactory) loggers: LoggerFactory) {
    this.logger = loggers.get('rollout');
  }

  async create(codexHome: string, meta: { id: string; instructions: string | null; cwd: string }): Promise<RolloutRecorder> {
    const now = new Date();
    const dir = path.join(codexHome, SESSIONS_DIR, String(now.getFullYear()), pad(now.getMonth() + 1), pad(now.getDate()));
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}-${pad(now.getMinutes())}-${pad(now.getSeconds())}`;
    const file = path.join(dir, `rollout-${stamp}-${meta.id}.jsonl`);
    const line: SessionMeta = {
      id: meta.id,
      timestamp: now.toISOString(),
      instructions: meta.instructions,
      cwd: meta.cwd,
      originator: ROLLOUT_ORIGINATOR,
      cli_version: ROLLOUT_CLI_VERSION,
    };
    await fs.writeFile(file, JSON.stringify(line) + '\n', { encoding: 'utf8', mode: 0o600, flag: 'wx' });
    return new FileRolloutRecorder(file, this.logger, await RolloutLock.acquire(file, sessionName(meta.id)));
  }

  async openForAppend(rolloutPath: string, conversationId: string): Promise<RolloutRecorder> {
    return new FileRolloutRecorder(rolloutPath, this.logger, await RolloutLock.acquire(rolloutPath, sessionName(conversationId)));
  }

  async read(rolloutPath: string): Promise<RolloutContents> {
    const text = await fs.readFile(rolloutPath, 'utf8');
    let meta: SessionMeta | undefined;
    const items: ResponseItem[] = [];
    const events: EventMsg[] = [];
    for (const raw of text.split('\n')) {
      if (raw.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        this.logger.warn('skipping unparseable rollout line', { path: rolloutPath });
        continue;
      }
      if (!meta) {
        meta = parseMeta(value);
        if (!meta) throw new Error(`not a rollout file (no session meta): ${rolloutPath}`);
        continue;
      }
      const line = value as { type?: unknown; payload?: unknown };
      if (line.type === 'response_item' && isObject(line.payload)) items.push(line.payload as ResponseItem);
      else if (line.type === 'event_msg' && isObject(line.payload)) events.push(line.payload as EventMsg);
    }
    if (!meta) throw new Error(`empty rollout file: ${rolloutPath}`);
    return { meta, items, events };
  }

  async find(codexHome: string, conversationId: string): Promise<string | undefined> {
    const suffix = `-${conversationId}.jsonl`;
    const root = path.join(codexHome, SESSIONS_DIR);
    const match = (await listRolloutFiles(root)).find((rel) => rel.endsWith(suffix));
    return match === undefined ? undefined : path.join(root, match);
  }

  async list(codexHome: string, pageSize: number, cursor?: string): Promise<{ items: RolloutSummary[]; nextCursor?: string }> {
    const root = path.join(codexHome, SESSIONS_DIR);
    const after = cursor ? decodeCursor(cursor) : undefined;
    const files = (await listRolloutFiles(root)).filter((rel) => after === undefined || rel < after);
    const wanted = Math.max(1, Math.floor(pageSize) || 1);
    const items: RolloutSummary[] = [];
    let index = 0;
    for (; index < files.length && items.length < wanted; index++) {
      const summary = await this.summarize(path.join(root, files[index]));
      if (summary) items.push(summary);
    }
    const nextCursor = index < files.length && items.length > 0 ? encodeCursor(files[index - 1]) : undefined;
    return nextCursor === undefined ? { items } : { items, nextCursor };
  }

  /** Meta + first real user message, reading only the start of the file. */
  private async summarize(file: string): Promise<RolloutSummary | undefined> {
    const stream = createReadStream(file, { encoding: 'utf8' });
    const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
    let meta: SessionMeta | undefined;
    let preview = '';
    let seen = 0;
    try {
      for await (const raw of lines) {
        if (raw.trim() === '') continue;
        if (++seen > PREVIEW_SCAN_LINES) break;
        let value: unknown;
        try {
          value = JSON.parse(raw);
        } catch {
          continue;
        }
        if (!meta) {
          meta = parseMeta(value);
          if (!meta) return undefined;
          continue;
        }
        const text = userMessageText(value);
        if (text !== undefined) {
          preview = text.trim();
          break;
        }
      }
    } catch (err) {
      this.logger.warn('failed to read rollout', { path: file, error: String(err) });
      return undefined;
    } finally {
      lines.close();
      stream.destroy();
    }
    if (!meta) return undefined;
    return { conversationId: meta.id, path: file, preview, timestamp: meta.timestamp };
  }
}

/** Relative paths (YYYY/MM/DD/rollout-….jsonl) of every rollout, newest first. */
async function listRolloutFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const year of await sortedDirs(root)) {
    for (const month of await sortedDirs(path.join(root, year))) {
      for (const day of await sortedDirs(path.join(root, year, month))) {
        const dir = path.join(root, year, month, day);
        let names: string[];
        try {
          names = await fs.readdir(dir);
        } catch {
          continue;
        }
        for (const name of names.filter((n) => ROLLOUT_NAME.test(n)).sort().reverse()) {
          out.push(`${year}/${month}/${day}/${name}`);
        }
      }
    }
  }
  return out;
}

async function sortedDirs(dir: string): Promise<string[]> {
  try {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort().reverse();
  } catch {
    return [];
  }
}

/** Accepts the plain meta line we write and a `{type:"session_meta", payload}` envelope. */
function parseMeta(value: unknown): SessionMeta | undefined {
  if (!isObject(value)) return undefined;
  const candidate = (value.type === 'session_meta' && isObject(value.payload) ? value.payload : value) as Record<string, unknown>;
  if (typeof candidate.id !== 'string' || typeof candidate.timestamp !== 'string') return undefined;
  return {
    id: candidate.id,
    timestamp: candidate.timestamp,
    instructions: typeof candidate.instructions === 'string' ? candidate.instructions : null,
    cwd: typeof candidate.cwd === 'string' ? candidate.cwd : '',
    originator: typeof candidate.originator === 'string' ? candidate.originator : ROLLOUT_ORIGINATOR,
    cli_version: typeof candidate.cli_version === 'string' ? candidate.cli_version : ROLLOUT_CLI_VERSION,
  };
}

/** The text of a recorded user message that the user typed (not environment context or AGENTS.md). */
function userMessageText(value: unknown): string | undefined {
  if (!isObject(value) || value.type !== 'response_item' || !isObject(value.payload)) return undefined;
  const item = value.payload as ResponseItem;
  if (item.type !== 'message' || item.role !== 'user') return undefined;
  const text = item.content
    .map((c) => (c.type === 'input_text' ? c.text : ''))
    .join('');
  if (text.startsWith(ENVIRONMENT_CONTEXT_START) || text.startsWith(USER_INSTRUCTIONS_START)) return undefined;
  return text;
}

function encodeCursor(rel: string): string {
  return Buffer.from(rel, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): string {
  return Buffer.from(cursor, 'base64url').toString('utf8');
}

function sessionName(conversationId: string): string {
  return `session ${conversationId}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
