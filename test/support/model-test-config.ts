import type { CodexConfig, ModelProviderInfo } from '../../src/config/config-types';

/**
 * A complete CodexConfig for model-level tests: `mock-model` on a `mock_provider` at `baseUrl`,
 * no retries unless asked. Pass `provider` fields to change the provider, anything else to
 * change the config.
 */
export function modelTestConfig(
  baseUrl: string,
  provider: Partial<ModelProviderInfo> = {},
  overrides: Partial<CodexConfig> = {},
): CodexConfig {
  const modelProvider: ModelProviderInfo = {
    id: 'mock_provider',
    name: 'Mock provider for tests',
    base_url: baseUrl,
    wire_api: 'chat',
    request_max_retries: 0,
    stream_max_retries: 0,
    stream_idle_timeout_ms: 300_000,
    requires_openai_auth: false,
    ...provider,
  };
  return {
    codex_home: '/tmp/codex-home-unused',
    model: 'mock-model',
    model_provider_id: modelProvider.id,
    model_provider: modelProvider,
    model_providers: { [modelProvider.id]: modelProvider },
    model_reasoning_summary: 'auto',
    approval_policy: 'never',
    sandbox_policy: { mode: 'danger-full-access' },
    shell_environment_policy: {
      inherit: 'all',
      ignore_default_excludes: false,
      exclude: [],
      set: {},
      include_only: [],
    },
    cwd: '/tmp',
    include_plan_tool: false,
    include_apply_patch_tool: false,
    preferred_auth_method: 'chatgpt',
    chatgpt_base_url: 'https://chatgpt.com/backend-api/',
    project_doc_max_bytes: 32 * 1024,
    history: { persistence: 'none' },
    mcp_approval_timeout_ms: 600_000,
    ...overrides,
  };
}
