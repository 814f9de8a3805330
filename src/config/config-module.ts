import { ContainerModule } from 'inversify';
import { ConfigService } from './config-service';
import { ConfigServiceImpl } from './config-service-impl';
import { ServerLimits } from './config-types';

/** Binds ConfigService; needs ServerOptions and LoggerFactory from the root container. */
export const configModule = new ContainerModule((options) => {
  options.bind(ConfigServiceImpl).toSelf().inSingletonScope();
  options.bind<ConfigService>(ConfigService).toService(ConfigServiceImpl);
  options.bind<ServerLimits>(ServerLimits).toDynamicValue((ctx) => ctx.get(ConfigServiceImpl).serverLimits()).inSingletonScope();
});
