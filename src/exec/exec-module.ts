import { ContainerModule } from 'inversify';
import { bindOnFirstResolve, bindOnFirstUse } from '../common/deferred-bindings';
import { ExecRunner, SandboxLocator } from './exec-types';
import { SelfCommand } from './self-command';

/** Process execution and the bubblewrap sandbox; their code loads with the first command run. */
export const execModule = new ContainerModule((options) => {
  bindOnFirstResolve(options, SandboxLocator, () => (require('./sandbox/sandbox-locator') as typeof import('./sandbox/sandbox-locator')).SandboxLocatorImpl);
  bindOnFirstResolve(options, SelfCommand, () => (require('./self-command') as typeof import('./self-command')).SelfCommandImpl);
  bindOnFirstUse(options, ExecRunner, () => (require('./process-runner') as typeof import('./process-runner')).ExecRunnerImpl);
});
