import { injectable } from 'inversify';

/** What the client said about itself in `initialize`. */
export const ClientSession = Symbol('ClientSession');
/** The connection's record of the client's `initialize` request (connection scope). */
export interface ClientSession {
  /** True once `initialize` was received on this connection. */
  readonly initialized: boolean;
  /** Protocol version agreed in `initialize` (the client's if supported, else the latest). */
  readonly protocolVersion: string | undefined;
  /** The client's `clientInfo` from `initialize`. */
  readonly clientInfo: { name: string; version: string } | undefined;
  /** True when `initialize` declared `capabilities.elicitation`. */
  supportsElicitation(): boolean;
  /** Keep what `initialize` declared (called when it arrives). */
  record(init: { protocolVersion: string; capabilities: Record<string, unknown>; clientInfo: { name: string; version: string } }): void;
}

@injectable()
export class ClientSessionImpl implements ClientSession {
  initialized = false;
  protocolVersion: string | undefined;
  clientInfo: { name: string; version: string } | undefined;
  private capabilities: Record<string, unknown> = {};

  supportsElicitation(): boolean {
    const e = this.capabilities.elicitation;
    return e !== undefined && e !== null && e !== false;
  }

  record(init: { protocolVersion: string; capabilities: Record<string, unknown>; clientInfo: { name: string; version: string } }): void {
    this.initialized = true;
    this.protocolVersion = init.protocolVersion;
    this.capabilities = init.capabilities ?? {};
    this.clientInfo = init.clientInfo;
  }
}
