import { ContainerModule } from 'inversify';
import { AuthApiProcessor } from './auth-api-processor';
import { ClientSession, ClientSessionImpl } from './client-session';
import { CodexMessageProcessor } from './codex-message-processor';
import { CodexToolRunner } from './codex-tool-runner';
import { CodexToolRunnerImpl } from './codex-tool-runner-impl';
import { JsonRpcServer, JsonRpcServerImpl } from './json-rpc-server';
import { MessageProcessor } from './message-processor';
import { MethodContribution } from './method-contribution';
import { OutgoingMessageSender, OutgoingMessageSenderImpl } from './outgoing-message-sender';
import { RequestDispatcher, RequestDispatcherImpl } from './request-dispatcher';

/** The JSON-RPC surface: dispatcher, outgoing funnel, MCP and conversation-API processors. */
export const serverModule = new ContainerModule((options) => {
  options.bind(OutgoingMessageSender).to(OutgoingMessageSenderImpl).inSingletonScope();
  options.bind(ClientSession).to(ClientSessionImpl).inSingletonScope();
  options.bind(RequestDispatcher).to(RequestDispatcherImpl).inSingletonScope();
  options.bind(JsonRpcServer).to(JsonRpcServerImpl).inSingletonScope();
  options.bind(CodexToolRunner).to(CodexToolRunnerImpl).inSingletonScope();
  options.bind(MessageProcessor).toSelf().inSingletonScope();
  options.bind(CodexMessageProcessor).toSelf().inSingletonScope();
  options.bind(AuthApiProcessor).toSelf().inSingletonScope();
  options.bind(MethodContribution).toService(MessageProcessor);
  options.bind(MethodContribution).toService(CodexMessageProcessor);
  options.bind(MethodContribution).toService(AuthApiProcessor);
});
