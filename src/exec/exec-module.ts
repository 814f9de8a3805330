import { ContainerModule } from 'inversify';
import { ExecRunner } from './exec-types';
import { ExecRunnerImpl } from './process-runner';
import { SandboxLocator, SandboxLocatorImpl } from './sandbox/sandbox-locator';
import { SelfCommand, SelfCommandImpl } from './self-command';

/** Process execution and the bubblewrap sandbox. */
export const execModule = new ContainerModule((options) => {
  options.bind(SandboxLocator).to(SandboxLocatorImpl).inSingletonScope();
  options.bind(SelfCommand).to(SelfCommandImpl).inSingletonScope();
  options.bind(ExecRunnerImpl).toSelf().inSingletonScope();
  options.bind(ExecRunner).toService(ExecRunnerImpl);
});
