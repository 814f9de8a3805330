import { Container, ContainerModule, injectable } from 'inversify';
import { DisposableCollection } from '../common/disposable-collection';
import { RootContainer } from '../common/root-container';
import { messageOf } from '../common/errors';
import { LoggerFactory } from '../logging/logger';
import { MessageTransport } from '../transport/connection-factory';
import { ConnectionSession } from './connection-session';
import { ConnectionDisposables } from './connection-disposables';

export const ConnectionScopeFactory = Symbol('ConnectionScopeFactory');
/**
 * Make the scope of one client connection: a child container of the root holding `transport`,
 * the connection services and the front end's processors (default: the MCP front end, i.e.
 * the MCP methods plus the conversation and auth API). Call `serve()` on the result.
 */
export type ConnectionScopeFactory = (transport: MessageTransport, frontEnd?: ContainerModule) => ConnectionSession;

export const ConnectionScopes = Symbol('ConnectionScopes');
/** The live connection scopes (root scope), so shutdown can close them before the core. */
export interface ConnectionScopes {
  /** Live sessions, oldest first. */
  readonly sessions: readonly ConnectionSession[];
  /** Track a newly served connection until it closes. */
  add(session: ConnectionSession): void;
  /** Close every live scope, newest first. */
  dispose(): Promise<void>;
}

@injectable()
export class ConnectionScopesImpl implements ConnectionScopes {
  private readonly live: ConnectionSession[] = [];

  get sessions(): readonly ConnectionSession[] {
    return this.live;
  }

  add(session: ConnectionSession): void {
    this.live.push(session);
    session.onDidClose(() => {
      const i = this.live.indexOf(session);
      if (i >= 0) this.live.splice(i, 1);
    });
  }

  async dispose(): Promise<void> {
    for (const session of [...this.live].reverse()) await session.dispose();
  }
}

/** Binds the factory in the root; `connection` is loaded into every scope, then the front end. */
export function connectionScopeBindings(connection: ContainerModule, defaultFrontEnd: ContainerModule): ContainerModule {
  return new ContainerModule((options) => {
    options.bind(ConnectionScopes).to(ConnectionScopesImpl).inSingletonScope();
    options.bind<ConnectionScopeFactory>(ConnectionScopeFactory).toFactory((ctx) => (transport: MessageTransport, frontEnd?: ContainerModule) => {
      const scope = new Container({ parent: ctx.get<Container>(RootContainer), defaultScope: 'Singleton' });
      const log = ctx.get<LoggerFactory>(LoggerFactory).get('connection');
      scope.bind(MessageTransport).toConstantValue(transport);
      scope.bind(ConnectionDisposables).toConstantValue(new DisposableCollection((e) => log.warn('release failed', { error: messageOf(e) })));
      scope.loadSync(connection, frontEnd ?? defaultFrontEnd);
      const session = scope.get<ConnectionSession>(ConnectionSession);
      ctx.get<ConnectionScopes>(ConnectionScopes).add(session);
      return session;
    });
  });
}
