import { ContainerModule } from 'inversify';
import { MethodContribution } from '../server/method-contribution';
import { AcpAgentProcessor } from './acp-agent-processor';
import { AcpPermissionHandler, AcpPermissionHandlerImpl } from './acp-permission-handler';

/**
 * The ACP front end: what one ACP client connection's scope holds on top of the connection
 * services (dispatcher, outgoing sender): the agent methods and the ACP approval handler.
 */
export const acpModule = new ContainerModule((options) => {
  options.bind(AcpPermissionHandler).to(AcpPermissionHandlerImpl).inSingletonScope();
  options.bind(AcpAgentProcessor).toSelf().inSingletonScope();
  options.bind(MethodContribution).toService(AcpAgentProcessor);
});
