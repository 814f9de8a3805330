import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { inject, injectable, optional } from 'inversify';
import type { CodexConfig } from '../config/config-types';
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
import { ConversationFactory } from './conversation-factory';
import { RolloutStore } from './rollout/rollout-store';

/** The conversations of this server process, by id (upstream conversation_manager.rs). */
@injectable()
export class ConversationManagerImpl implements ConversationManager {
  private readonly conversations = new Map<string, Conversation>();
  private readonly logger: Logger;

  constructor(
    @inject(ConversationFactory) private readonly factory: ConversationFactory,
    @inject(RolloutStore) private readonly rollouts: RolloutStore,
    @inject(LoggerFactory) loggers: LoggerFactory,
    @inject(ConfigService) @optional() private readonly configService?: ConfigService,
  ) {
    this.logger = loggers.get('conversation-manager');
  }

  async newConversation(config: CodexConfig, options?: ConversationOptions): Promise<NewConversation> {
    const conversationId = randomUUID();
    const conversation = await this.factory.create(conversationId, config, options);
    this.conversations.set(conversationId, conversation);
    this.logger.info('conversation created', { conversationId, model: config.model });
    return {
      conversationId,
      conversation,
      sessionConfigured: sessionConfigured(conversationId, config),
      rolloutPath: conversation.rolloutPath,
    };
  }

  async resumeConversation(rolloutPath: string, config: CodexConfig, options?: ConversationOptions): Promise<ResumedConversation> {
    const { conversation, events } = await this.factory.resume(rolloutPath, config, options);
    const conversationId = conversation.conversationId;
    const existing = this.conversations.get(conversationId);
    if (existing) {
      // Already live: two writers on one rollout would interleave; hand out the live one.
      await conversation.dispose();
      return {
        conversationId,
        conversation: existing,
        sessionConfigured: sessionConfigured(conversationId, existing.config),
        rolloutPath: existing.rolloutPath,
        initialMessages: events,
      };
    }
    this.conversations.set(conversationId, conversation);
    return {
      conversationId,
      conversation,
      sessionConfigured: sessionConfigured(conversationId, config),
      rolloutPath: conversation.rolloutPath,
      initialMessages: events,
    };
  }

  getConversation(conversationId: string): Conversation | undefined {
    return this.conversations.get(conversationId);
  }

  async findRollout(conversationId: string): Promise<string | undefined> {
    return this.rollouts.find(this.codexHome(), conversationId);
  }

  async listConversations(pageSize: number, cursor?: string): Promise<{ items: RolloutSummary[]; nextCursor?: string }> {
    return this.rollouts.list(this.codexHome(), pageSize, cursor);
  }

  async removeConversation(conversationId: string): Promise<void> {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return;
    this.conversations.delete(conversationId);
    await conversation.dispose();
  }

  async dispose(): Promise<void> {
    const all = [...this.conversations.values()].reverse();
    this.conversations.clear();
    await Promise.all(all.map((c) => c.dispose()));
  }

  private codexHome(): string {
    return this.configService?.codexHome ?? process.env.CODEX_HOME ?? path.join(os.homedir(), '.codex');
  }
}

function sessionConfigured(conversationId: string, config: CodexConfig): NewConversation['sessionConfigured'] {
  return { type: 'session_configured', session_id: conversationId, model: config.model, history_log_id: 0, history_entry_count: 0 };
}
