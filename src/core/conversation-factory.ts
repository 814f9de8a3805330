import { inject, injectable } from 'inversify';
import { TurnDiffTracker } from '../apply-patch/turn-diff-tracker';
import type { CodexConfig } from '../config/config-types';
import { LoggerFactory } from '../logging/logger';
import { ModelClientFactory } from '../model/model-types';
import type { ResponseItem } from '../model/model-types';
import type { Conversation, ConversationOptions } from './conversation';
import { ConversationFactory } from './conversation-deps';
import { ConversationImpl } from './conversation-impl';
import { environmentContextMessage, userInstructionsMessage } from './environment-context';
import { loadUserInstructions } from './project-doc';
import { NullRolloutRecorder } from './rollout/rollout-recorder';
import { RolloutStore, type RolloutContents, type RolloutRecorder } from './rollout/rollout-types';
import { ToolRegistry } from './tools/tool-types';
import { TurnLimiter } from './turn-limiter';

@injectable()
export class ConversationFactoryImpl implements ConversationFactory {
  constructor(
    @inject(ModelClientFactory) private readonly clients: ModelClientFactory,
    @inject(ToolRegistry) private readonly tools: ToolRegistry,
    @inject(RolloutStore) private readonly rollouts: RolloutStore,
    @inject(LoggerFactory) private readonly loggers: LoggerFactory,
    @inject(TurnLimiter) private readonly turns: TurnLimiter,
  ) {}

  async create(conversationId: string, config: CodexConfig, options: ConversationOptions = {}): Promise<Conversation> {
    const logger = this.loggers.get('conversation');
    const instructions = await loadUserInstructions(config.codex_home, config.cwd, config.project_doc_max_bytes);
    let recorder: RolloutRecorder;
    try {
      recorder = await this.rollouts.create(config.codex_home, { id: conversationId, instructions: instructions ?? null, cwd: config.cwd });
    } catch (err) {
      // A session without a rollout still works; it just cannot be resumed later.
      logger.warn('failed to create rollout', { error: String(err) });
      recorder = new NullRolloutRecorder('');
    }
    const history: ResponseItem[] = [];
    if (instructions !== undefined) history.push(userInstructionsMessage(instructions));
    history.push(environmentContextMessage(config.cwd, config.approval_policy, config.sandbox_policy));
    recorder.recordItems(history);
    return this.build(conversationId, config, history, recorder, options);
  }

  async resume(rolloutPath: string, contents: RolloutContents, config: CodexConfig, options: ConversationOptions = {}): Promise<Conversation> {
    const recorder = await this.rollouts.openForAppend(rolloutPath, contents.meta.id);
    return this.build(contents.meta.id, config, contents.items, recorder, options);
  }

  private build(conversationId: string, config: CodexConfig, history: ResponseItem[], recorder: RolloutRecorder, options: ConversationOptions): Conversation {
    return new ConversationImpl(
      { conversationId, config, history },
      {
        client: this.clients.create(config, conversationId),
        tools: this.tools,
        recorder,
        logger: this.loggers.get('conversation'),
        newTurnDiff: () => new TurnDiffTracker(),
        turns: this.turns,
        patchWriter: options.patchWriter,
      },
    );
  }
}
