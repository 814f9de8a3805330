import { ContainerModule } from 'inversify';
import { ConversationManager } from './conversation';
import { ConversationFactory, ConversationFactoryImpl } from './conversation-factory';
import { ConversationManagerImpl } from './conversation-manager';
import { RolloutStore, RolloutStoreImpl } from './rollout/rollout-store';
import { ApplyPatchTool } from './tools/apply-patch-tool';
import { PatchRunner } from './tools/patch-runner';
import { PlanTool } from './tools/plan-tool';
import { ShellTool } from './tools/shell-tool';
import { ToolRegistry, ToolRegistryImpl } from './tools/tool-registry';
import { TurnLimiter, TurnLimiterImpl } from './turn-limiter';

/** The agent core: conversations, their tools and rollouts. Needs the model, exec and logging modules. */
export const coreModule = new ContainerModule((options) => {
  options.bind(ConversationManager).to(ConversationManagerImpl).inSingletonScope();
  options.bind(ConversationFactory).to(ConversationFactoryImpl).inSingletonScope();
  options.bind(RolloutStore).to(RolloutStoreImpl).inSingletonScope();
  options.bind(ToolRegistry).to(ToolRegistryImpl).inSingletonScope();
  options.bind(TurnLimiter).to(TurnLimiterImpl).inSingletonScope();
  options.bind(ShellTool).toSelf().inSingletonScope();
  options.bind(PlanTool).toSelf().inSingletonScope();
  options.bind(ApplyPatchTool).toSelf().inSingletonScope();
  options.bind(PatchRunner).toSelf().inSingletonScope();
});
