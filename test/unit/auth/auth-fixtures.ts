/** Shared set-up for the auth specs: a temp CODEX_HOME, a fake ConfigService, the container. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Container } from 'inversify';
import { authModule } from '../../../src/auth/auth-module';
import { AuthManager } from '../../../src/auth/auth-manager';
import type { AuthManagerImpl } from '../../../src/auth/auth-manager-impl';
import type { AuthDotJson } from '../../../src/auth/auth-types';
import { ConfigService } from '../../../src/config/config-service';
import type { AuthMode, CodexConfig } from '../../../src/config/config-types';
import { LoggerFactory } from '../../../src/logging/logger';
import { MemoryLoggerFactory } from '../../support/test-logger';

export function makeTempHome(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'codex-auth-'));
}

/** Enough of ConfigService for the AuthManager. */
export class FakeConfigService implements ConfigService {
  loads = 0;
  constructor(
    readonly codexHome: string,
    public preferred: AuthMode = 'chatgpt',
    public requiresOpenaiAuth = true,
  ) {}
  async load(): Promise<CodexConfig> {
    this.loads++;
    return {
      preferred_auth_method: this.preferred,
      chatgpt_base_url: 'https://chatgpt.com/backend-api/',
      model_provider: { requires_openai_auth: this.requiresOpenaiAuth },
    } as unknown as CodexConfig;
  }
  async getUserSavedConfig(): Promise<Record<string, unknown>> {
    return {};
  }
}

export interface AuthHarness {
  home: string;
  config: FakeConfigService;
  logs: MemoryLoggerFactory;
  auth: AuthManagerImpl;
}

/** An AuthManager built from the real module, with a fake config and an in-memory logger. */
export function makeAuth(opts: { preferred?: AuthMode; home?: string } = {}): AuthHarness {
  const home = opts.home ?? makeTempHome();
  const config = new FakeConfigService(home, opts.preferred ?? 'chatgpt');
  const logs = new MemoryLoggerFactory();
  const container = new Container();
  container.bind(ConfigService).toConstantValue(config);
  container.bind(LoggerFactory).toConstantValue(logs);
  container.loadSync(authModule);
  return { home, config, logs, auth: container.get<AuthManager>(AuthManager) as AuthManagerImpl };
}

export function writeAuthJson(home: string, data: AuthDotJson | string): void {
  const file = path.join(home, 'auth.json');
  fs.writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data), { mode: 0o600 });
}

export function readAuthJson(home: string): AuthDotJson {
  return JSON.parse(fs.readFileSync(path.join(home, 'auth.json'), 'utf8')) as AuthDotJson;
}

export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString();
}

/** Run each test with these environment variables cleared and restored afterwards. */
export function isolateEnv(names: string[]): void {
  const saved: Record<string, string | undefined> = {};
  beforeEach(() => {
    for (const n of names) {
      saved[n] = process.env[n];
      delete process.env[n];
    }
  });
  afterEach(() => {
    for (const n of names) {
      if (saved[n] === undefined) delete process.env[n];
      else process.env[n] = saved[n];
    }
  });
}

export const AUTH_ENV = ['OPENAI_API_KEY', 'CODEX_AUTH_ISSUER', 'CODEX_LOGIN_PORT'];
