import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { inject, injectable, optional } from 'inversify';
import type { Disposable } from 'vscode-jsonrpc/node';
import { DEFAULT_SERVER_LIMITS, ServerLimits, type CodexConfig } from '../config/config-types';
import { ConfigService } from '../config/config-service';
import { LoggerFactory, type Logger } from '../logging/logger';
import {
  ConversationManager,
  type Conversation,
  type ConversationOptions,
  type NewConversation,
  type ResumedConversation,
  type RolloutSummary,
} from './conversation';
import { ConversationFactory } from './conversation-deps';
import { RolloutStore } from './rollout/rollout-types';

/** Configs of unloaded conversations kept for their transparent reload; the oldest go first. */
const MAX_REMEMBERED_CONFIGS = 500;
/** How often idle conversations are looked for, at most. */
const MAX_SWEEP_INTERVAL_MS = 60_000;

interface Loaded {
  conversation: Conversation;
  /** Last event, API access or load (Date.now()). */
  lastActive: number;
  activity: Disposable;
}

/**
 * The conversations of this server process, by id (upstream conversation_manager.rs). Memory is
 * bounded: a conversation with no running turn and no listener is unloaded after
 * `conversation_idle_timeout_ms`, and past `max_loaded_conversations` the least recently used
 * idle ones go first. Unloaded conversations stay resumable from their rollout (loadConversation).
 */
@injectable()
export class ConversationManagerImpl implements ConversationManager {
  private readonly conversations = new Map<string, Loaded>();
  /** Loads in flight, so two requests for one unloaded id share one conversation. */
  private readonly loading = new Map<string, Promise<Conversation | undefined>>();
  private readonly unloadedConfigs = new Map<string, CodexConfig>();
  /** Unloads still closing (flush, lock release): a reload of the id waits for them. */
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly limits: ServerLimits;
  private readonly logger: Logger;
  private sweepTimer: NodeJS.Timeout | undefined;

  constructor(
    @inject(ConversationFactory) private readonly factory: ConversationFactory,
    @inject(RolloutStore) private readonly rollouts: RolloutStore,
    @inject(LoggerFactory) loggers: LoggerFactory,
    @inject(ConfigService) @optional() private readonly configService?: ConfigService,
    @inject(ServerLimits) @optional() limits?: ServerLimits,
  ) {
    this.logger = loggers.get('conversation-manager');
    this.limits = limits ?? DEFAULT_SERVER_LIMITS;
  }

  async newConversation(config: CodexConfig, options?: ConversationOptions): Promise<NewConversation> {
    const conversationId = randomUUID();
    const conversation = await this.factory.create(conversationId, config, options);
    this.register(conversation);
    this.logger.info('conversation created', { conversationId, model: config.model });
    return {
      conversationId,
      conversation,
      sessionConfigured: sessionConfigured(conversationId, config),
      rolloutPath: conversation.rolloutPath,
    };
  }

  async resumeConversation(rolloutPath: string, config: CodexConfig, options?: ConversationOptions): Promise<ResumedConversation> {
    const contents = await this.rollouts.read(rolloutPath);
    const conversationId = contents.meta.id;
    // Already live here: a second writer on one rollout would interleave; hand out the live one.
    const conversation = this.getConversation(conversationId) ?? (await this.loadOnce(conversationId, () => this.factory.resume(rolloutPath, contents, config, options)));
    if (!conversation) throw new Error(`could not resume ${rolloutPath}`);
    return {
      conversationId,
      conversation,
      sessionConfigured: sessionConfigured(conversationId, conversation.config),
      rolloutPath: conversation.rolloutPath,
      initialMessages: contents.events,
    };
  }

  getConversation(conversationId: string): Conversation | undefined {
    const loaded = this.conversations.get(conversationId);
    if (loaded) loaded.lastActive = Date.now();
    return loaded?.conversation;
  }

  async loadConversation(conversationId: string): Promise<Conversation | undefined> {
    const live = this.getConversation(conversationId);
    if (live) return live;
    return this.loadOnce(conversationId, async () => {
      const rollout = await this.findRollout(conversationId);
      if (rollout === undefined) return undefined;
      const config = this.unloadedConfigs.get(conversationId) ?? (await this.defaultConfig());
      const contents = await this.rollouts.read(rollout);
      if (contents.meta.id !== conversationId) return undefined;
      return this.factory.resume(rollout, contents, config);
    });
  }

  async findRollout(conversationId: string): Promise<string | undefined> {
    return this.rollouts.find(this.codexHome(), conversationId);
  }

  async listConversations(pageSize: number, cursor?: string): Promise<{ items: RolloutSummary[]; nextCursor?: string }> {
    return this.rollouts.list(this.codexHome(), pageSize, cursor);
  }

  async removeConversation(conversationId: string): Promise<void> {
    const loaded = this.conversations.get(conversationId);
    this.unloadedConfigs.delete(conversationId);
    if (!loaded) return;
    this.forget(conversationId, loaded);
    await loaded.conversation.dispose();
  }

  async dispose(): Promise<void> {
    const all = [...this.conversations.entries()].reverse();
    for (const [id, loaded] of all) this.forget(id, loaded);
    this.unloadedConfigs.clear();
    await Promise.all([...all.map(([, loaded]) => loaded.conversation.dispose()), ...this.unloading.values()]);
  }

  /** Run `load` unless a load of this id is already under way; register what it returns. */
  private async loadOnce(conversationId: string, load: () => Promise<Conversation | undefined>): Promise<Conversation | undefined> {
    let pending = this.loading.get(conversationId);
    if (!pending) {
      pending = (this.unloading.get(conversationId) ?? Promise.resolve()).then(load).then((conversation) => {
        if (conversation) {
          this.register(conversation);
          this.unloadedConfigs.delete(conversationId);
          this.logger.info('conversation loaded from its rollout', { conversationId });
        }
        return conversation;
      });
      const settled = () => void this.loading.delete(conversationId);
      pending.then(settled, settled);
      this.loading.set(conversationId, pending);
    }
    return pending;
  }

  private register(conversation: Conversation): void {
    const id = conversation.conversationId;
    const loaded: Loaded = {
      conversation,
      lastActive: Date.now(),
      activity: conversation.subscribeLive(() => {
        loaded.lastActive = Date.now();
      }),
    };
    this.conversations.set(id, loaded);
    // Never the one just made: its caller is about to use it.
    this.evictOverCapacity(id);
    this.scheduleSweep();
  }

  private forget(id: string, loaded: Loaded): void {
    loaded.activity.dispose();
    if (this.conversations.get(id) === loaded) this.conversations.delete(id);
    if (this.conversations.size === 0 && this.sweepTimer) {
      clearInterval(this.sweepTimer);
      this.sweepTimer = undefined;
    }
  }

  /** Busy conversations (a turn, a listener) are never unloaded. */
  private isIdle(loaded: Loaded): boolean {
    return !loaded.conversation.isRunning() && !loaded.conversation.hasListeners();
  }

  private unload(id: string, loaded: Loaded, reason: 'idle' | 'capacity'): void {
    this.forget(id, loaded);
    this.unloadedConfigs.delete(id);
    this.unloadedConfigs.set(id, loaded.conversation.config);
    while (this.unloadedConfigs.size > MAX_REMEMBERED_CONFIGS) this.unloadedConfigs.delete(this.unloadedConfigs.keys().next().value as string);
    this.logger.info('conversation unloaded', { conversationId: id, reason });
    const closing = loaded.conversation
      .dispose()
      .catch((err: unknown) => this.logger.warn('failed to dispose an unloaded conversation', { conversationId: id, error: String(err) }))
      .finally(() => {
        if (this.unloading.get(id) === closing) this.unloading.delete(id);
      });
    this.unloading.set(id, closing);
  }

  private evictOverCapacity(keep?: string): void {
    while (this.conversations.size > this.limits.max_loaded_conversations) {
      let oldest: [string, Loaded] | undefined;
      for (const entry of this.conversations) {
        if (entry[0] !== keep && this.isIdle(entry[1]) && (oldest === undefined || entry[1].lastActive < oldest[1].lastActive)) oldest = entry;
      }
      if (!oldest) return; // everything is busy: over the cap until something goes idle
      this.unload(oldest[0], oldest[1], 'capacity');
    }
  }

  private scheduleSweep(): void {
    const idleMs = this.limits.conversation_idle_timeout_ms;
    if (this.sweepTimer || idleMs <= 0) return;
    const every = Math.max(10, Math.min(MAX_SWEEP_INTERVAL_MS, Math.floor(idleMs / 4)));
    this.sweepTimer = setInterval(() => this.sweep(), every);
    this.sweepTimer.unref();
  }

  private sweep(): void {
    const cutoff = Date.now() - this.limits.conversation_idle_timeout_ms;
    for (const [id, loaded] of [...this.conversations]) {
      if (loaded.lastActive <= cutoff && this.isIdle(loaded)) this.unload(id, loaded, 'idle');
    }
    this.evictOverCapacity();
  }

  private async defaultConfig(): Promise<CodexConfig> {
    if (!this.configService) throw new Error('no config service to reload a conversation with');
    return this.configService.load({});
  }

  private codexHome(): string {
    return this.configService?.codexHome ?? process.env.CODEX_HOME ?? path.join(os.homedir(), '.codex');
  }
}

function sessionConfigured(conversationId: string, config: CodexConfig): NewConversation['sessionConfigured'] {
  return { type: 'session_configured', session_id: conversationId, model: config.model, history_log_id: 0, history_entry_count: 0 };
}
