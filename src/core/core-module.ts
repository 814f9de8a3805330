import { ContainerModule } from 'inversify';
import { bindOnFirstResolve, bindOnFirstUse } from '../common/deferred-bindings';
import { ConversationManager } from './conversation';
import { ConversationFactory } from './conversation-deps';
import { RolloutStore } from './rollout/rollout-types';
import { ToolRegistry } from './tools/tool-types';
import { TurnLimiter } from './turn-limiter';

/**
 * The agent core: conversations, their tools and rollouts. Needs the model, exec and logging
 * modules. Its code loads with the first conversation; the tools are autobound when the
 * registry is made.
 */
export const coreModule = new ContainerModule((options) => {
  bindOnFirstUse(options, ConversationManager, () => (require('./conversation-manager') as typeof import('./conversation-manager')).ConversationManagerImpl);
  bindOnFirstResolve(options, ConversationFactory, () => (require('./conversation-factory') as typeof import('./conversation-factory')).ConversationFactoryImpl);
  bindOnFirstResolve(options, RolloutStore, () => (require('./rollout/rollout-store') as typeof import('./rollout/rollout-store')).RolloutStoreImpl);
  bindOnFirstResolve(options, ToolRegistry, () => (require('./tools/tool-registry') as typeof import('./tools/tool-registry')).ToolRegistryImpl);
  // Injected at start by the processors; made (and the server limits read) on the first turn.
  bindOnFirstUse(options, TurnLimiter, () => (require('./turn-limiter') as typeof import('./turn-limiter')).TurnLimiterImpl);
});
