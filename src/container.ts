import 'reflect-metadata';
import { Container, ContainerModule } from 'inversify';
import { authModule } from './auth/auth-module';
import { configModule } from './config/config-module';
import { coreModule } from './core/core-module';
import { ConversationManager } from './core/conversation';
import { execModule } from './exec/exec-module';
import { ExecRunner } from './exec/exec-types';
import { LoggerFactory } from './logging/logger';
import { WinstonLoggerFactory, type LoggingOptions } from './logging/winston-logger-factory';
import { modelModule } from './model/model-module';
import { serverModule } from './server/server-module';
import { ServerOptions } from './server-options';

export interface ContainerOptions {
  server: ServerOptions;
  logging?: LoggingOptions;
  /** Replaces the winston factory (tests). */
  loggerFactory?: LoggerFactory;
}

/** Every feature module, in dependency order. */
export function featureModules(): ContainerModule[] {
  return [configModule, authModule, execModule, modelModule, coreModule, serverModule];
}

/**
 * The composition root: the only place that builds the container. Tests call it, rebind
 * what they fake (model client, clock, spawner), then start the server.
 */
export function createContainer(options: ContainerOptions): Container {
  const container = new Container({ defaultScope: 'Singleton' });
  container.bind(ServerOptions).toConstantValue(options.server);
  container.bind(LoggerFactory).toConstantValue(options.loggerFactory ?? new WinstonLoggerFactory(options.logging));
  container.loadSync(...featureModules());
  return container;
}

/** Dispose services in reverse dependency order: conversations (and their turns), then every process group. */
export async function disposeContainer(container: Container): Promise<void> {
  try {
    await container.get<ConversationManager>(ConversationManager).dispose();
  } finally {
    container.get<ExecRunner>(ExecRunner).killAll();
  }
}
