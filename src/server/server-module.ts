import { ContainerModule } from 'inversify';
import { ApprovalHandlers, ExecApprovalHandler, PatchApprovalHandler } from './approval-handler';
import { ApprovalHandlersImpl, ExecApprovalHandlerImpl, PatchApprovalHandlerImpl } from './approval-handlers';
import { AuthApiProcessor } from './auth-api-processor';
import { ClientSession, ClientSessionImpl } from './client-session';
import { CodexMessageProcessor } from './codex-message-processor';
import { CodexToolRunner } from './codex-tool-runner';
import { CodexToolRunnerImpl } from './codex-tool-runner-impl';
import { connectionScopeBindings } from './connection-scope';
import { ConnectionSession, ConnectionSessionImpl } from './connection-session';
import { MessageProcessor } from './message-processor';
import { MethodContribution } from './method-contribution';
import { OutgoingMessageSender, OutgoingMessageSenderImpl } from './outgoing-message-sender';
import { RequestDispatcher, RequestDispatcherImpl } from './request-dispatcher';
import { TaskProcessor } from '../tasks/task-processor';

/**
 * What every connection scope holds whatever its front end: the session, the dispatcher, the
 * outgoing funnel, what the client said about itself, and the approval handlers.
 */
export const connectionModule = new ContainerModule((options) => {
  options.bind(ConnectionSession).to(ConnectionSessionImpl).inSingletonScope();
  options.bind(RequestDispatcher).to(RequestDispatcherImpl).inSingletonScope();
  options.bind(OutgoingMessageSender).to(OutgoingMessageSenderImpl).inSingletonScope();
  options.bind(ClientSession).to(ClientSessionImpl).inSingletonScope();
  options.bind(ExecApprovalHandler).to(ExecApprovalHandlerImpl).inSingletonScope();
  options.bind(PatchApprovalHandler).to(PatchApprovalHandlerImpl).inSingletonScope();
  options.bind(ApprovalHandlers).to(ApprovalHandlersImpl).inSingletonScope();
});

/** The MCP front end: MCP methods (tools `codex`/`codex-reply`), the conversation API and the auth API. */
export const mcpFrontEndModule = new ContainerModule((options) => {
  options.bind(CodexToolRunner).to(CodexToolRunnerImpl).inSingletonScope();
  options.bind(MessageProcessor).toSelf().inSingletonScope();
  options.bind(CodexMessageProcessor).toSelf().inSingletonScope();
  options.bind(AuthApiProcessor).toSelf().inSingletonScope();
  options.bind(MethodContribution).toService(MessageProcessor);
  options.bind(MethodContribution).toService(CodexMessageProcessor);
  options.bind(MethodContribution).toService(AuthApiProcessor);
  options.bind(TaskProcessor).toSelf().inSingletonScope();
  options.bind(MethodContribution).toService(TaskProcessor);
});

/** Root scope: the connection scope factory (and the registry shutdown closes first). */
export const serverModule = connectionScopeBindings(connectionModule, mcpFrontEndModule);
