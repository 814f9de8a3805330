/**
 * Built-in model providers and the merge with `[model_providers.<id>]` tables
 * (after codex-rs/core/src/model_provider_info.rs).
 */
import type { ModelProviderInfo } from './config-types';
import type { ModelProviderToml } from './config-toml';

export const DEFAULT_REQUEST_MAX_RETRIES = 4;
export const DEFAULT_STREAM_MAX_RETRIES = 5;
export const DEFAULT_STREAM_IDLE_TIMEOUT_MS = 300_000;
/** Upstream caps both retry counts so a typo cannot make a request retry forever. */
export const MAX_RETRIES = 100;

export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';
const DEFAULT_OSS_PORT = 11434;

/** An environment value only counts when it is non-blank. */
function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const v = env[name];
  return v !== undefined && v.trim() !== '' ? v : undefined;
}

function ossBaseUrl(env: NodeJS.ProcessEnv): string {
  const explicit = envValue(env, 'CODEX_OSS_BASE_URL');
  if (explicit) return explicit;
  const portText = envValue(env, 'CODEX_OSS_PORT');
  const port = portText !== undefined && /^\d+$/.test(portText.trim()) ? Number(portText.trim()) : NaN;
  const valid = Number.isInteger(port) && port > 0 && port <= 65535;
  return `http://localhost:${valid ? port : DEFAULT_OSS_PORT}/v1`;
}

/**
 * `openai` (Responses API; `$OPENAI_BASE_URL` when set) and `oss` (Chat Completions on a local
 * Ollama; `$CODEX_OSS_BASE_URL` or `$CODEX_OSS_PORT`).
 * @param version sent as the `version` header to OpenAI, as upstream does.
 */
export function builtInModelProviders(env: NodeJS.ProcessEnv, version: string): Record<string, ModelProviderInfo> {
  return {
    openai: {
      id: 'openai',
      name: 'OpenAI',
      base_url: envValue(env, 'OPENAI_BASE_URL') ?? OPENAI_DEFAULT_BASE_URL,
      env_key: 'OPENAI_API_KEY',
      wire_api: 'responses',
      http_headers: { version },
      env_http_headers: { 'OpenAI-Organization': 'OPENAI_ORGANIZATION', 'OpenAI-Project': 'OPENAI_PROJECT' },
      request_max_retries: DEFAULT_REQUEST_MAX_RETRIES,
      stream_max_retries: DEFAULT_STREAM_MAX_RETRIES,
      stream_idle_timeout_ms: DEFAULT_STREAM_IDLE_TIMEOUT_MS,
      requires_openai_auth: true,
    },
    oss: {
      id: 'oss',
      name: 'gpt-oss',
      base_url: ossBaseUrl(env),
      wire_api: 'chat',
      request_max_retries: DEFAULT_REQUEST_MAX_RETRIES,
      stream_max_retries: DEFAULT_STREAM_MAX_RETRIES,
      stream_idle_timeout_ms: DEFAULT_STREAM_IDLE_TIMEOUT_MS,
      requires_openai_auth: false,
    },
  };
}

/**
 * Layer the user's providers over the built-ins. A table whose id is a built-in's overrides
 * only the fields it sets (so `[model_providers.openai] base_url = …` keeps OpenAI auth); a new
 * id starts from upstream's defaults: Chat wire API, no OpenAI auth, its id as the name.
 */
export function mergeModelProviders(
  builtIns: Record<string, ModelProviderInfo>,
  user: ReadonlyMap<string, ModelProviderToml>,
): Record<string, ModelProviderInfo> {
  const merged = new Map<string, ModelProviderInfo>(Object.entries(builtIns));
  for (const [id, toml] of user) {
    const base: ModelProviderInfo = merged.get(id) ?? {
      id,
      name: id,
      wire_api: 'chat',
      request_max_retries: DEFAULT_REQUEST_MAX_RETRIES,
      stream_max_retries: DEFAULT_STREAM_MAX_RETRIES,
      stream_idle_timeout_ms: DEFAULT_STREAM_IDLE_TIMEOUT_MS,
      requires_openai_auth: false,
    };
    const provider: ModelProviderInfo = { ...base, ...toml, id };
    provider.request_max_retries = Math.min(provider.request_max_retries, MAX_RETRIES);
    provider.stream_max_retries = Math.min(provider.stream_max_retries, MAX_RETRIES);
    merged.set(id, provider);
  }
  // fromEntries defines own properties, so an id like `__proto__` stays an ordinary key.
  return Object.fromEntries(merged);
}
