import type { MockModelServer } from './mock-model-server';

/** A config.toml whose provider takes its credentials from the AuthManager (like the built-in openai one), served by `mock`. */
export function authProviderToml(mock: MockModelServer, extra = ''): string {
  return [
    'model = "mock-model"',
    'approval_policy = "never"',
    'sandbox_mode = "danger-full-access"',
    'model_provider = "mock_openai"',
    `chatgpt_base_url = "${mock.baseUrl}"`,
    extra,
    '[model_providers.mock_openai]',
    'name = "Mock OpenAI"',
    `base_url = "${mock.baseUrl}"`,
    'wire_api = "responses"',
    'requires_openai_auth = true',
    'request_max_retries = 0',
    'stream_max_retries = 0',
    '',
  ].join('\n');
}
