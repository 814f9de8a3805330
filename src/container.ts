import 'reflect-metadata';
import { Container, ContainerModule } from 'inversify';
import { AuthManager } from './auth/auth-manager';
import { authModule } from './auth/auth-module';
import { configModule } from './config/config-module';
import { coreModule } from './core/core-module';
import { ConversationManager } from './core/conversation';
import { execModule } from './exec/exec-module';
import { HttpListenOptions } from './http/http-options';
import { ExecRunner } from './exec/exec-types';
import { LoggerFactory } from './logging/logger';
import { WinstonLoggerFactory, type LoggingOptions } from './logging/winston-logger-factory';
import { modelModule } from './model/model-module';
import { ConnectionScopes } from './server/connection-scope';
import { RootContainer } from './common/root-container';
import { serverModule } from './server/server-module';
import { ServerOptions } from './server-options';
import { tasksModule } from './tasks/tasks-module';

/** What the composition root needs to build the container. */
export interface ContainerOptions {
  /** What the command line gave the server. */
  server: ServerOptions;
  /** Log level and destination; defaults apply when absent. */
  logging?: LoggingOptions;
  /** Replaces the winston factory (tests). */
  loggerFactory?: LoggerFactory;
  /** `--listen http://…`: the Streamable HTTP front end's options. */
  http?: HttpListenOptions;
  /** Feature modules loaded only by the commands that need them (the HTTP front end's). */
  modules?: ContainerModule[];
}

/**
 * The feature modules every command needs, in dependency order. The HTTP front end's module
 * comes through `ContainerOptions.modules`, so a stdio start does not load its code.
 */
export function featureModules(): ContainerModule[] {
  return [configModule, authModule, execModule, modelModule, coreModule, tasksModule, serverModule];
}

/**
 * The composition root: the only place that builds the root container (what every client
 * shares). Each client connection gets a child scope from its ConnectionScopeFactory.
 */
export function createContainer(options: ContainerOptions): Container {
  const container = new Container({ defaultScope: 'Singleton' });
  container.bind(RootContainer).toConstantValue(container);
  container.bind(ServerOptions).toConstantValue(options.server);
  container.bind(LoggerFactory).toConstantValue(options.loggerFactory ?? new WinstonLoggerFactory(options.logging));
  if (options.http) container.bind(HttpListenOptions).toConstantValue(options.http);
  container.loadSync(...featureModules(), ...(options.modules ?? []));
  return container;
}

/**
 * Shutdown, in reverse dependency order: the connection scopes (their calls and listeners),
 * the conversations (and their turns), every process group, then auth (a pending ChatGPT
 * login's callback server).
 */
export async function disposeContainer(container: Container): Promise<void> {
  const steps: (() => unknown)[] = [
    () => container.get<ConnectionScopes>(ConnectionScopes).dispose(),
    () => container.get<ConversationManager>(ConversationManager).dispose(),
    () => container.get<ExecRunner>(ExecRunner).dispose(),
    () => container.get<AuthManager>(AuthManager).dispose(),
  ];
  let failure: unknown;
  for (const step of steps) {
    try {
      await step();
    } catch (e) {
      failure ??= e;
    }
  }
  if (failure !== undefined) throw failure;
}
