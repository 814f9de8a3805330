import { ContainerModule } from 'inversify';
import { HttpServer, HttpServerImpl } from './http-server';

/** The Streamable HTTP front end (root scope; used when `--listen http://…` is given). */
export const httpModule = new ContainerModule((options) => {
  options.bind(HttpServer).to(HttpServerImpl).inSingletonScope();
});
