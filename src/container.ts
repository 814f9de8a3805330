import 'reflect-metadata';
import { Container, ContainerModule } from 'inversify';
import { LoggerFactory } from './logging/logger';
import { WinstonLoggerFactory, type LoggingOptions } from './logging/winston-logger-factory';
import { serverModule } from './server/server-module';
import { ServerOptions } from './server-options';
import { CodexToolRunner } from './server/codex-tool-runner';
import { PendingToolRunner } from './server/pending-tool-runner';

export interface ContainerOptions {
  server: ServerOptions;
  logging?: LoggingOptions;
  /** Replaces the winston factory (tests). */
  loggerFactory?: LoggerFactory;
}

/** Every feature module, in dependency order. */
export function featureModules(): ContainerModule[] {
  return [
    serverModule,
    new ContainerModule((o) => {
      o.bind(CodexToolRunner).to(PendingToolRunner).inSingletonScope();
    }),
  ];
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

/** Dispose services in reverse dependency order (kills child processes, closes servers). */
export async function disposeContainer(container: Container): Promise<void> {
  void container;
}
