import { ContainerModule } from 'inversify';
import { bindOnFirstUse } from '../common/deferred-bindings';
import { ConfigService } from './config-service';
import type { ConfigServiceImpl } from './config-service-impl';
import { ServerLimits } from './config-types';

/** Binds ConfigService; needs ServerOptions and LoggerFactory from the root container. */
export const configModule = new ContainerModule((options) => {
  // config.toml's reader and its DTOs load when a request first needs the config.
  bindOnFirstUse(options, ConfigService, () => (require('./config-service-impl') as typeof import('./config-service-impl')).ConfigServiceImpl);
  options.bind<ServerLimits>(ServerLimits).toDynamicValue((ctx) => ctx.get<ConfigServiceImpl>(ConfigService).serverLimits()).inSingletonScope();
});
