import type { Schema } from './schema/wire-schema';

/** A DTO class: class-validator decorators on its fields. */
export type DtoClass<P> = new () => P;

/**
 * A DTO class loaded on first use: a descriptor's `params` reads `load()` the first time it is
 * asked for. A DTO module registers its class-validator metadata when it loads, so the table
 * names the DTOs of APIs most clients never call (conversation, auth) without loading them.
 */
export interface LazyDto<P> {
  readonly load: () => DtoClass<P>;
}

/** A `LazyDto` for `load`, which should `require` the DTO's module. */
export function lazyDto<P>(load: () => DtoClass<P>): LazyDto<P> {
  return { load };
}

/** `descriptor` with `params` set: the class itself, or a getter that loads it once. */
function withParams<T extends object, P>(descriptor: T, params: DtoClass<P> | LazyDto<P> | undefined): T & { readonly params?: DtoClass<P> } {
  if (params === undefined || typeof params === 'function') return Object.assign(descriptor, { params });
  let loaded: DtoClass<P> | undefined;
  return Object.defineProperty(descriptor, 'params', { enumerable: true, get: () => (loaded ??= params.load()) });
}

/** Who sends a message. */
export type Direction = 'client-to-server' | 'server-to-client';

/**
 * One JSON-RPC request of the surface: name, params DTO, result type (the
 * vscode-languageserver-node `RequestType` idea). Handlers and senders are typed by it.
 */
export interface RequestType<P, R> {
  /** Discriminates requests from notifications. */
  readonly kind: 'request';
  /** The JSON-RPC `method`, exactly as on the wire. */
  readonly method: string;
  /** Who sends it. */
  readonly direction: Direction;
  /** Params are transformed and validated into this class before a handler runs; absent: no params. */
  readonly params?: DtoClass<P>;
  /** Params described by a schema instead (server→client requests, whose params we build). */
  readonly paramsSchema?: Schema<P>;
  /** The result's schema (and, through it, its type). */
  readonly result: Schema<R>;
  /**
   * Handled in arrival order with the other serial methods (newConversation must exist before
   * the sendUserMessage that follows it). Non-serial methods run concurrently.
   */
  readonly serial: boolean;
}

/** One JSON-RPC notification of the surface. */
export interface NotificationType<P> {
  /** Discriminates notifications from requests. */
  readonly kind: 'notification';
  /** The JSON-RPC `method`, exactly as on the wire. */
  readonly method: string;
  /** Who sends it. */
  readonly direction: Direction;
  /** Params are transformed and validated into this class before a handler runs (client→server). */
  readonly params?: DtoClass<P>;
  /** Params described by a schema instead (server→client notifications, whose params we build). */
  readonly paramsSchema?: Schema<P>;
}

/** The params type of a descriptor. */
export type ParamsOf<T> = T extends RequestType<infer P, unknown> ? P : T extends NotificationType<infer P> ? P : never;
/** The result type of a request descriptor. */
export type ResultOf<T> = T extends RequestType<unknown, infer R> ? R : never;

/** A client→server request whose params are a DTO class. */
export function clientRequest<P, R>(method: string, params: DtoClass<P> | LazyDto<P> | undefined, result: Schema<R>, options: { serial?: boolean } = {}): RequestType<P, R> {
  return withParams({ kind: 'request' as const, method, direction: 'client-to-server' as const, result, serial: options.serial ?? false }, params);
}

/** A server→client request (we build its params; the client's result is parsed by its handler). */
export function serverRequest<P, R>(method: string, params: Schema<P>, result: Schema<R>): RequestType<P, R> {
  return { kind: 'request', method, direction: 'server-to-client', paramsSchema: params, result, serial: false };
}

/** A client→server notification, its params (if any) a DTO class. */
export function clientNotification<P>(method: string, params?: DtoClass<P> | LazyDto<P>): NotificationType<P> {
  return withParams({ kind: 'notification' as const, method, direction: 'client-to-server' as const }, params);
}

/** A server→client notification (we build its params). */
export function serverNotification<P>(method: string, params: Schema<P>): NotificationType<P> {
  return { kind: 'notification', method, direction: 'server-to-client', paramsSchema: params };
}
