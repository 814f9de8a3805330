/**
 * What both wires share below the retry loop: picking credentials and the base URL for a
 * provider, building headers, and sending one streaming POST through the openai SDK with its own
 * retries off (ours are in run-with-retries.ts).
 */
import { httpFetch } from './http-fetch';
import * as os from 'node:os';
import type OpenAI from 'openai';

/** The SDK is loaded on the first model request, off the start-up path (it costs ~40 ms). */
let sdk: typeof OpenAI | undefined;
function openaiSdk(): typeof OpenAI {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  sdk ??= (require('openai') as { default: typeof OpenAI }).default;
  return sdk;
}
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

/** The SDK's telemetry headers: the reference sends nothing like them, so they are dropped. */
const SDK_HEADERS_REMOVED: Record<string, null> = {
  'X-Stainless-Lang': null,
  'X-Stainless-Package-Version': null,
  'X-Stainless-OS': null,
  'X-Stainless-Arch': null,
  'X-Stainless-Runtime': null,
  'X-Stainless-Runtime-Version': null,
  'X-Stainless-Retry-Count': null,
  'X-Stainless-Timeout': null,
};

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
    const body = buildBody(auth);
    // The SDK turns error bodies into parsed fragments; keep the raw text for upstream-exact messages.
    let statusError: HttpStatusError | undefined;
    const capturingFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const res = await httpFetch(input, init);
      if (res.ok) return res;
      const text = await res.text().catch(() => '');
      statusError = new HttpStatusError(res.status, text, parseRetryAfterMs(res.headers));
      return new Response(text, { status: res.status, statusText: res.statusText, headers: res.headers });
    };
    const OpenAISdk = openaiSdk();
    const client = new OpenAISdk({
      // The SDK insists on a key; without one the Authorization header is removed below.
      apiKey: auth.token ?? 'no-key',
      adminAPIKey: null,
      organization: null,
      project: null,
      baseURL,
      maxRetries: 0,
      logLevel: 'off',
      fetch: capturingFetch,
      defaultQuery: this.config.model_provider.query_params,
    });
    const requestHeaders: Record<string, string | null> = {
      ...SDK_HEADERS_REMOVED,
      ...this.providerHeaders(),
      ...headers,
      'User-Agent': codexUserAgent(),
      Accept: 'text/event-stream',
    };
    if (!auth.token) requestHeaders.Authorization = null;
    if (auth.mode === 'chatgpt' && auth.accountId) requestHeaders['chatgpt-account-id'] = auth.accountId;
    const options = { signal, headers: requestHeaders };
    const url = `${baseURL}/${wire === 'responses' ? 'responses' : 'chat/completions'}`;
    this.logger.debug('model request', { url, model: body.model });
    try {
      const promise =
        wire === 'responses'
          ? client.responses.create(body as unknown as OpenAI.Responses.ResponseCreateParamsStreaming, options)
          : client.chat.completions.create(body as unknown as OpenAI.Chat.ChatCompletionCreateParamsStreaming, options);
      return await promise.asResponse();
    } catch (err) {
      if (statusError) throw statusError;
      if (signal.aborted || err instanceof openaiSdk().APIUserAbortError) throw abortError();
      const cause = (err as { cause?: unknown }).cause ?? err;
      throw new RequestError(`error sending request for url (${url}): ${describeError(cause)}`);
    }
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
