import { ContainerModule } from 'inversify';
import { AuthManager } from './auth-manager';
import { AuthManagerImpl } from './auth-manager-impl';

/** Binds the AuthManager (one per server: it owns the cache, the refresh and the login server). */
export const authModule = new ContainerModule((options) => {
  options.bind(AuthManager).to(AuthManagerImpl).inSingletonScope();
});
