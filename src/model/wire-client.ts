import type { Logger } from '../logging/logger';
import type { ModelClient, Prompt, ResponseEvent } from './model-types';
import { ProviderTransport, providerRetryPolicy, type WireClientOptions } from './provider-transport';
import { runWithRetries, type WireAttempt } from './run-with-retries';
import { retryLimitMessage } from './wire-errors';

/** What both wire clients share: one provider transport and the retry loop around every stream. */
export abstract class WireClient implements ModelClient {
  protected readonly transport: ProviderTransport;
  protected readonly logger: Logger;

  constructor(protected readonly options: WireClientOptions) {
    this.logger = options.logger;
    this.transport = new ProviderTransport(options.config, options.authManager, options.logger);
  }

  stream(prompt: Prompt, signal: AbortSignal): AsyncIterable<ResponseEvent> {
    const policy = providerRetryPolicy(this.options, this.transport, (status) => this.retryLimitMessage(status));
    return runWithRetries(this.attempt(prompt), policy, signal);
  }

  /** How this wire sends `prompt` and turns the answer's body into events. */
  protected abstract attempt(prompt: Prompt): WireAttempt;

  /** The error when 429/5xx answers outlast request_max_retries. */
  protected retryLimitMessage(status: number): string {
    return retryLimitMessage(status);
  }
}
