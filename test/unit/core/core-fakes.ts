import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodexConfig, ModelProviderInfo } from '../../../src/config/config-types';
import type { ResponseItem } from '../../../src/model/model-types';
import type { Event, EventMsg } from '../../../src/protocol/events';
import type { Conversation } from '../../../src/core/conversation';

export const PROVIDER: ModelProviderInfo = {
  id: 'mock_provider',
  name: 'Mock provider',
  base_url: 'http://127.0.0.1:1/v1',
  wire_api: 'chat',
  request_max_retries: 0,
  stream_max_retries: 0,
  stream_idle_timeout_ms: 300000,
  requires_openai_auth: false,
};

export function makeConfig(overrides: Partial<CodexConfig> = {}): CodexConfig {
  return {
    codex_home: '/nonexistent-codex-home',
    model: 'mock-model',
    model_provider_id: 'mock_provider',
    model_provider: PROVIDER,
    model_providers: { mock_provider: PROVIDER },
    model_reasoning_summary: 'auto',
    approval_policy: 'never',
    sandbox_policy: { mode: 'danger-full-access' },
    shell_environment_policy: { inherit: 'all', ignore_default_excludes: false, exclude: [], set: {}, include_only: [] },
    cwd: '/tmp',
    include_plan_tool: false,
    include_apply_patch_tool: false,
    preferred_auth_method: 'chatgpt',
    chatgpt_base_url: 'https://chatgpt.com/backend-api/',
    project_doc_max_bytes: 32 * 1024,
    history: { persistence: 'save-all' },
    mcp_approval_timeout_ms: 600000,
    ...overrides,
  };
}

export { ScriptedModel, abortError, answer, assistantMessage, completed, functionCall, hangingStep, whenAborted, type ScriptStep } from '../../support/scripted-model';

/** Collects a conversation's events and lets tests wait for one. */
export class EventLog {
  readonly events: Event[] = [];
  private waiters: { match: (e: Event) => boolean; resolve: (e: Event) => void }[] = [];

  constructor(conversation?: Conversation) {
    if (conversation) conversation.subscribe((e) => this.push(e));
  }

  push(event: Event): void {
    this.events.push(event);
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) {
      if (w.match(event)) w.resolve(event);
      else this.waiters.push(w);
    }
  }

  types(): string[] {
    return this.events.map((e) => e.msg.type);
  }

  of<T extends EventMsg['type']>(type: T): Extract<EventMsg, { type: T }>[] {
    return this.events.filter((e) => e.msg.type === type).map((e) => e.msg as Extract<EventMsg, { type: T }>);
  }

  /** The `count`-th event of `type` (already seen or still to come), within 5 s. */
  waitFor(type: EventMsg['type'], count = 1): Promise<Event> {
    const seen = this.events.filter((e) => e.msg.type === type);
    if (seen.length >= count) return Promise.resolve(seen[count - 1]);
    let n = seen.length;
    return new Promise<Event>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${type} #${count}; saw ${this.types().join(',')}`)), 5000);
      this.waiters.push({
        match: (e) => e.msg.type === type && ++n >= count,
        resolve: (e) => {
          clearTimeout(timer);
          resolve(e);
        },
      });
    });
  }
}

export async function tempDir(prefix = 'core-test-'): Promise<string> {
  return fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), prefix)));
}

export function userText(item: ResponseItem): string | undefined {
  if (item.type !== 'message' || item.role !== 'user') return undefined;
  return item.content.map((c) => (c.type === 'input_text' ? c.text : '')).join('');
}
