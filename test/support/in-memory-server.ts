import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Container, ContainerModule } from 'inversify';
import { createContainer, disposeContainer } from '../../src/container';
import { ExecRunner } from '../../src/exec/exec-types';
import { SelfCommand, selfCommandFor } from '../../src/exec/self-command';
import { ModelClientFactory } from '../../src/model/model-types';
import { ConnectionScopeFactory } from '../../src/server/connection-scope';
import type { ConnectionSession } from '../../src/server/connection-session';
import { inMemoryWire, type InMemoryWire } from './in-memory-connection';
import { JsonRpcPeer, type JsonRpcMessage } from './json-rpc-peer';
import { SERVER_ENTRY } from './mcp-process';
import { ScriptedModel } from './scripted-model';
import { MemoryLoggerFactory } from './test-logger';
import { wireViolations } from './wire-conformance';

export interface InMemoryServerOptions {
  approvalPolicy?: string;
  sandboxMode?: string;
  /** The provider takes its credentials from the AuthManager (like the built-in openai one). */
  requiresOpenaiAuth?: boolean;
  /** More top-level config.toml lines (keys, or tables of their own). */
  extraToml?: string;
  /** Replaces the process runner (default: the real one). */
  exec?: ExecRunner;
}

/** A client connected in memory to its own connection scope of an InMemoryServer. */
export class InMemoryClient extends JsonRpcPeer {
  constructor(
    private readonly wire: InMemoryWire,
    /** The scope the server made for this connection. */
    readonly session: ConnectionSession,
  ) {
    super();
    wire.onMessage((m) => this.receive(m as JsonRpcMessage));
  }

  protected write(message: JsonRpcMessage): void {
    this.wire.send(message);
  }

  /** The next server→client request of `method` from message index `from` on. */
  serverRequest(method: string, from = 0): Promise<JsonRpcMessage> {
    return this.waitFor((m) => m.method === method && m.id !== undefined, 10000, from);
  }

  /** Resolves once every message written before this round trip has arrived (requests are answered in order of writing). */
  async caughtUp(): Promise<void> {
    await this.call('ping');
  }

  /** Both directions checked against the generated protocol schema (MCP and conversation API). */
  violations(): string[] {
    return wireViolations(this.sent, this.messages);
  }

  /** The client hangs up; resolves once the server has disposed the connection's scope. */
  async close(): Promise<void> {
    this.wire.close();
    await this.session.closed;
  }
}

/**
 * The real composition root (createContainer) in-process, with only the model faked (a
 * ScriptedModel as the ModelClientFactory) and, if asked, the process runner; the server's
 * self-command is the built bundle (`npm run build`). Each `connect`
 * opens a connection scope over an in-memory transport, as stdio or HTTP would.
 */
export class InMemoryServer {
  readonly model = new ScriptedModel();
  readonly loggers = new MemoryLoggerFactory();
  readonly codexHome: string;
  readonly root: Container;
  private readonly savedHome = process.env.CODEX_HOME;

  constructor(options: InMemoryServerOptions = {}) {
    this.codexHome = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'codex-home-')));
    fs.writeFileSync(path.join(this.codexHome, 'config.toml'), configToml(options));
    process.env.CODEX_HOME = this.codexHome;
    this.root = createContainer({ server: { configOverrides: [], version: '0.0.0-test' }, loggerFactory: this.loggers });
    this.root.rebindSync(ModelClientFactory).toConstantValue(this.model);
    // The hidden subcommands (apply_patch in the sandbox) run from the built bundle, as in production.
    this.root.rebindSync(SelfCommand).toConstantValue(selfCommandFor(SERVER_ENTRY));
    if (options.exec) this.root.rebindSync(ExecRunner).toConstantValue(options.exec);
  }

  /** A new client connection; `frontEnd` replaces the MCP front end (e.g. the ACP one). */
  connect(frontEnd?: ContainerModule): InMemoryClient {
    const wire = inMemoryWire(this.loggers);
    const session = this.root.get<ConnectionScopeFactory>(ConnectionScopeFactory)(wire.transport, frontEnd);
    void session.serve();
    return new InMemoryClient(wire, session);
  }

  /** Shut down as the CLI does (scopes, conversations, processes, auth) and forget CODEX_HOME. */
  async dispose(): Promise<void> {
    await disposeContainer(this.root);
    if (this.savedHome === undefined) delete process.env.CODEX_HOME;
    else process.env.CODEX_HOME = this.savedHome;
    fs.rmSync(this.codexHome, { recursive: true, force: true });
  }
}

/** A fresh work directory (realpath: the server reports resolved paths). */
export function workDir(prefix = 'codex-work-'): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

function configToml(options: InMemoryServerOptions): string {
  return [
    'model = "mock-model"',
    `approval_policy = "${options.approvalPolicy ?? 'never'}"`,
    `sandbox_mode = "${options.sandboxMode ?? 'danger-full-access'}"`,
    'model_provider = "mock_provider"',
    options.extraToml ?? '',
    '',
    '[model_providers.mock_provider]',
    'name = "Scripted model (never called over HTTP)"',
    'base_url = "http://127.0.0.1:9/v1"',
    'wire_api = "chat"',
    'request_max_retries = 0',
    'stream_max_retries = 0',
    `requires_openai_auth = ${options.requiresOpenaiAuth === true}`,
    '',
  ].join('\n');
}

/**
 * Jest hooks for a spec: a fresh server and an initialized client for each test; after it, both
 * directions of the client's wire are checked against the protocol schema and the server shuts down.
 */
export function serverPerTest(options: InMemoryServerOptions = {}): { readonly server: InMemoryServer; readonly client: InMemoryClient } {
  const current = {} as { server: InMemoryServer; client: InMemoryClient };
  beforeEach(async () => {
    current.server = new InMemoryServer(options);
    current.client = current.server.connect();
    await current.client.initialize();
  });
  afterEach(async () => {
    expect(current.client.violations()).toEqual([]);
    await current.server.dispose();
  });
  return current;
}
