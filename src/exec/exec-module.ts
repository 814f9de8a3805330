import { ContainerModule } from 'inversify';
import { ExecRunner } from './exec-types';
import { ExecRunnerImpl } from './process-runner';
import { SandboxLocator, SandboxLocatorImpl } from './sandbox/sandbox-locator';

/** Process execution and the bubblewrap sandbox. */
export const execModule = new ContainerModule((options) => {
  options.bind(SandboxLocator).to(SandboxLocatorImpl).inSingletonScope();
  options.bind(ExecRunnerImpl).toSelf().inSingletonScope();
  options.bind(ExecRunner).toService(ExecRunnerImpl);
});
