import { injectable } from 'inversify';

/** What the client said about itself in `initialize`. */
export const ClientSession = Symbol('ClientSession');
export interface ClientSession {
  readonly initialized: boolean;
  readonly protocolVersion: string | undefined;
  readonly clientInfo: { name: string; version: string } | undefined;
  /** True when `initialize` declared `capabilities.elicitation`. */
  supportsElicitation(): boolean;
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
