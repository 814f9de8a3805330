import { Container } from 'inversify';
import { JsonRpcServer, JsonRpcServerImpl } from '../server/json-rpc-server';
import { OutgoingMessageSender, OutgoingMessageSenderImpl } from '../server/outgoing-message-sender';
import { RequestDispatcher, RequestDispatcherImpl } from '../server/request-dispatcher';
import { AcpAgentProcessor } from './acp-agent-processor';
import { acpModule } from './acp-module';

/**
 * The ACP connection's scope: a child of the root container with its own dispatcher and
 * outgoing sender and the ACP front end, over the shared core. When the connection closes,
 * its sessions (and their turns and commands) are removed.
 */
export function createAcpServer(root: Container): JsonRpcServer {
  const scope = new Container({ parent: root, defaultScope: 'Singleton' });
  scope.bind(OutgoingMessageSender).to(OutgoingMessageSenderImpl).inSingletonScope();
  scope.bind(RequestDispatcher).to(RequestDispatcherImpl).inSingletonScope();
  scope.bind(JsonRpcServer).to(JsonRpcServerImpl).inSingletonScope();
  scope.loadSync(acpModule);
  const server = scope.get<JsonRpcServer>(JsonRpcServer);
  const agent = scope.get<AcpAgentProcessor>(AcpAgentProcessor);
  return {
    async serve(input, output) {
      try {
        await server.serve(input, output);
      } finally {
        await agent.dispose();
      }
    },
    flush: () => server.flush(),
  };
}
