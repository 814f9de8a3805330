import { ContainerModule } from 'inversify';
import { TaskRegistry, TaskRegistryImpl } from './task-registry';
import { FileTaskStore, TaskStore } from './task-store';

/** Root scope: the registry of every MCP task and their records in CODEX_HOME/tasks. */
export const tasksModule = new ContainerModule((options) => {
  options.bind(TaskStore).to(FileTaskStore).inSingletonScope();
  options.bind(TaskRegistry).to(TaskRegistryImpl).inSingletonScope();
});
