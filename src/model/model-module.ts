import { ContainerModule } from 'inversify';
import { ModelClientFactoryImpl } from './model-client-factory';
import { ModelClientFactory } from './model-types';

export const modelModule = new ContainerModule((options) => {
  options.bind(ModelClientFactory).to(ModelClientFactoryImpl).inSingletonScope();
});
