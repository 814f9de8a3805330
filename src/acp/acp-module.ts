import { ContainerModule } from 'inversify';
import { ExecApprovalHandler, PatchApprovalHandler } from '../server/approval-handler';
import { MethodContribution } from '../server/method-contribution';
import { AcpAgentProcessor } from './acp-agent-processor';
import { AcpApprovalHandler, AcpApprovalHandlerImpl } from './acp-approval-handler';

/**
 * The ACP front end, loaded into an ACP client connection's scope on top of the connection
 * services (dispatcher, outgoing sender): the agent methods, and the ACP flavour of the
 * approval handlers in place of the MCP ones.
 */
export const acpFrontEndModule = new ContainerModule((options) => {
  options.bind(AcpApprovalHandler).to(AcpApprovalHandlerImpl).inSingletonScope();
  options.rebindSync(ExecApprovalHandler).toService(AcpApprovalHandler);
  options.rebindSync(PatchApprovalHandler).toService(AcpApprovalHandler);
  options.bind(AcpAgentProcessor).toSelf().inSingletonScope();
  options.bind(MethodContribution).toService(AcpAgentProcessor);
});
