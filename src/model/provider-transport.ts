/**
 * What both wires share below the retry loop: picking credentials and the base URL for a
 * provider, building headers, and sending one streaming POST (retries are in run-with-retries.ts).
 *
 * The POST goes through the project's own keep-alive client (http-fetch.ts), not the openai SDK:
 * the SDK's part was joining a URL and merging headers, while streaming, SSE parsing, retries
 * and error texts were already ours. Measured on the 2-core bench machine, dropping it took
 * 0.5 MB (18 %) off the bundle and one SDK client construction off every model request.
 */
import { httpFetch } from './http-fetch';
import * as os from 'node:os';
import type { AuthManager } from '../auth/auth-manager';
import { AuthFileError } from '../auth/auth-store';
import type { AuthMode, CodexConfig, WireApi } from '../config/config-types';
import type { Logger } from '../logging/logger';
import { ModelError } from './model-types';
import { abortError, defaultSleep, type SleepFn } from '../common/abort';
import { parseRetryAfterMs } from './backoff';
import type { RetryPolicy } from './run-with-retries';
import { HttpStatusError, RequestError, describeError } from './wire-errors';

/** The version the reference reports; sent in `version` and the user agent. */
export const CODEX_VERSION = '0.25.0';
export const ORIGINATOR = 'codex_cli_rs';
export const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com/v1';
export const NOT_SIGNED_IN_MESSAGE = 'Not signed in: run `codex-mcp-server login` or set OPENAI_API_KEY';
/** Appended to an unusable auth.json's error: the two ways out. */
export const BROKEN_AUTH_FILE_FIX = 'run `codex-mcp-server login` again, or delete auth.json and set OPENAI_API_KEY';


/** What a wire client (Responses or Chat) is built from. */
export interface WireClientOptions {
  /** The session's resolved config; `model_provider` decides URL, auth, retries and timeouts. */
  config: CodexConfig;
  /** Feeds `prompt_cache_key` and the `session_id` header. */
  conversationId: string;
  /** Absent only in tests of providers that need no OpenAI auth. */
  authManager?: AuthManager;
  /** Never given tokens or keys. */
  logger: Logger;
  /** Backoff sleep; tests pass one that returns at once. */
  sleep?: SleepFn;
  /** Jitter source for backoff (default Math.random). */
  random?: () => number;
}

/** The credentials chosen for one request. */
export interface RequestAuth {
  /** Bearer token (API key or ChatGPT access token); absent for providers that need none. */
  token?: string;
  /** Set when the AuthManager supplied the token. */
  mode?: AuthMode;
  /** ChatGPT account id sent as `chatgpt-account-id`; set only in ChatGPT mode. */
  accountId?: string;
}

/** `codex_cli_rs/0.25.0 (Linux 6.8.0; x86_64) xterm-256color`, shaped like the reference's. */
export function codexUserAgent(): string {
  const arch = ({ x64: 'x86_64', arm64: 'aarch64' } as Record<string, string>)[os.arch()] ?? os.arch();
  const terminal = process.env.TERM_PROGRAM || process.env.TERM || 'unknown';
  return `${ORIGINATOR}/${CODEX_VERSION} (${os.type()} ${os.release()}; ${arch}) ${terminal}`;
}

/**
 * The ChatGPT backend's Codex endpoint base: `chatgpt_base_url` (default
 * `https://chatgpt.com/backend-api/`) gains `/codex` when it names the backend-api root; any
 * other value (a proxy, a test server) is used as given.
 */
export function chatGptCodexBaseUrl(chatgptBaseUrl: string): string {
  const base = chatgptBaseUrl.replace(/\/+$/, '');
  return base.endsWith('/backend-api') ? `${base}/codex` : base;
}

export class ProviderTransport {
  constructor(
    private readonly config: CodexConfig,
    private readonly authManager: AuthManager | undefined,
    private readonly logger: Logger,
  ) {}

  /** The provider's own key (env_key) wins; then the AuthManager for OpenAI-auth providers. */
  async resolveAuth(): Promise<RequestAuth> {
    const provider = this.config.model_provider;
    const envKey = this.envApiKey();
    if (envKey) return { token: envKey };
    if (provider.requires_openai_auth) {
      let auth;
      try {
        auth = await this.authManager?.getAuth();
      } catch (err) {
        if (err instanceof AuthFileError) throw new ModelError(`${err.message}; ${BROKEN_AUTH_FILE_FIX}`);
        throw err;
      }
      if (!auth || !auth.token) throw new ModelError(NOT_SIGNED_IN_MESSAGE);
      return { token: auth.token, mode: auth.mode, accountId: auth.accountId };
    }
    if (provider.env_key) {
      const instructions = provider.env_key_instructions ? ` ${provider.env_key_instructions}` : '';
      throw new ModelError(`Missing environment variable: \`${provider.env_key}\`.${instructions}`);
    }
    return {};
  }

  /** True when a 401 may be cured by refreshing the AuthManager's tokens. */
  usesAuthManager(): boolean {
    return this.config.model_provider.requires_openai_auth && !this.envApiKey() && this.authManager !== undefined;
  }

  /** Force a token refresh; true when credentials came back. */
  async refreshAuth(): Promise<boolean> {
    if (!this.usesAuthManager() || !this.authManager) return false;
    const auth = await this.authManager.refresh();
    return auth !== undefined && auth.token !== '';
  }

  baseUrl(auth: RequestAuth, wire: WireApi): string {
    if (auth.mode === 'chatgpt' && wire === 'responses') return chatGptCodexBaseUrl(this.config.chatgpt_base_url);
    return (this.config.model_provider.base_url ?? DEFAULT_OPENAI_BASE_URL).replace(/\/+$/, '');
  }

  /**
   * POST a streaming request; resolves with the raw 2xx Response (body unread).
   * @throws HttpStatusError for non-2xx, RequestError when no answer came, ModelError for missing credentials.
   */
  async post(
    wire: WireApi,
    buildBody: (auth: RequestAuth) => Record<string, unknown>,
    headers: Record<string, string>,
    signal: AbortSignal,
  ): Promise<Response> {
    const auth = await this.resolveAuth();
    const baseURL = this.baseUrl(auth, wire);
    const payload = buildBody(auth);
    const body = JSON.stringify(payload);
    const url = `${baseURL}/${wire === 'responses' ? 'responses' : 'chat/completions'}`;
    const requestHeaders = mergeHeaders(
      auth.token ? { Authorization: `Bearer ${auth.token}` } : {},
      { 'Content-Type': 'application/json' },
      this.providerHeaders(),
      headers,
      { 'User-Agent': codexUserAgent(), Accept: 'text/event-stream' },
      auth.mode === 'chatgpt' && auth.accountId ? { 'chatgpt-account-id': auth.accountId } : {},
    );
    this.logger.debug('model request', { url, model: payload.model });
    let res: Response;
    try {
      res = await httpFetch(withQuery(url, this.config.model_provider.query_params), { method: 'POST', headers: requestHeaders, body, signal });
    } catch (err) {
      if (signal.aborted) throw abortError();
      throw new RequestError(`error sending request for url (${url}): ${describeError(err)}`);
    }
    if (res.ok) return res;
    // The raw error body, for upstream-exact messages.
    const text = await res.text().catch(() => '');
    throw new HttpStatusError(res.status, text, parseRetryAfterMs(res.headers));
  }

  /** `http_headers` plus `env_http_headers` whose variables are set. */
  private providerHeaders(): Record<string, string> {
    const provider = this.config.model_provider;
    const out: Record<string, string> = { ...(provider.http_headers ?? {}) };
    for (const [header, envVar] of Object.entries(provider.env_http_headers ?? {})) {
      const value = process.env[envVar];
      if (value && value.trim() !== '') out[header] = value;
    }
    return out;
  }

  private envApiKey(): string | undefined {
    const envKey = this.config.model_provider.env_key;
    if (!envKey) return undefined;
    const value = process.env[envKey];
    return value && value.trim() !== '' ? value : undefined;
  }
}

/** Later header sets win; names compare case-insensitively, as HTTP's do. */
function mergeHeaders(...sets: Record<string, string>[]): Record<string, string> {
  const merged = new Map<string, [string, string]>();
  for (const set of sets) {
    for (const [name, value] of Object.entries(set)) {
      const key = name.toLowerCase();
      merged.delete(key);
      merged.set(key, [name, value]);
    }
  }
  return Object.fromEntries(merged.values());
}

/** `query_params` replace the URL's query, each part percent-encoded. */
function withQuery(url: string, query: Record<string, string> | undefined): string {
  if (!query || Object.keys(query).length === 0) return url;
  const parsed = new URL(url);
  parsed.search = Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  return parsed.toString();
}

/** The retry policy of a session's provider (shared by both wires). */
export function providerRetryPolicy(
  options: WireClientOptions,
  transport: ProviderTransport,
  retryLimitMessage: (status: number) => string,
): RetryPolicy {
  const provider = options.config.model_provider;
  return {
    requestMaxRetries: provider.request_max_retries,
    streamMaxRetries: provider.stream_max_retries,
    idleTimeoutMs: provider.stream_idle_timeout_ms,
    sleep: options.sleep ?? defaultSleep,
    random: options.random,
    logger: options.logger,
    refreshAuth: () => transport.refreshAuth(),
    retryLimitMessage,
  };
}
