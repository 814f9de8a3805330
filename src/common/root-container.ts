/**
 * The root container itself (bound by the composition root): the scope factory parents each
 * connection's container on it, and deferred bindings resolve their implementations in it.
 */
export const RootContainer = Symbol('RootContainer');
