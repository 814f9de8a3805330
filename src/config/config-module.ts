import { ContainerModule } from 'inversify';
import { ConfigService } from './config-service';
import { ConfigServiceImpl } from './config-service-impl';

/** Binds ConfigService; needs ServerOptions and LoggerFactory from the root container. */
export const configModule = new ContainerModule((options) => {
  options.bind<ConfigService>(ConfigService).to(ConfigServiceImpl).inSingletonScope();
});
