/** The three calls Codex makes to the issuer's `/oauth/token` (upstream login/src/server.rs and lib.rs). */
import { redactedMessageOf } from '../logging/redact';

export const CLIENT_ID = 'app_EMoamEEZ73f0CkXaXp7hrann';
export const DEFAULT_ISSUER = 'https://auth.openai.com';
/** Refresh requests give up after this long (upstream: 60 s). */
const REFRESH_TIMEOUT_MS = 60_000;
const EXCHANGE_TIMEOUT_MS = 60_000;

/** The issuer, overridable with `CODEX_AUTH_ISSUER` (tests point it at a local mock). */
export function issuerFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.CODEX_AUTH_ISSUER?.trim();
  return (raw ? raw : DEFAULT_ISSUER).replace(/\/+$/, '');
}

/** The tokens an authorization-code exchange returns. */
export interface ExchangedTokens {
  /** JWT carrying the user's email, plan and account id. */
  id_token: string;
  /** Bearer token for model requests in ChatGPT mode. */
  access_token: string;
  /** Token used later to get fresh tokens. */
  refresh_token: string;
}

/** A refresh always returns a new id_token; the others only when they rotate. */
export interface RefreshedTokens {
  /** The new JWT carrying the user's email, plan and account id. */
  id_token: string;
  /** New access token, when the issuer rotated it. */
  access_token?: string;
  /** New refresh token, when the issuer rotated it. */
  refresh_token?: string;
}

/** The issuer refused or could not be reached. The message never holds a token. */
export class TokenEndpointError extends Error {
  override readonly name = 'TokenEndpointError';
  constructor(
    message: string,
    /** HTTP status, when the issuer answered. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Why a fetch failed, without anything that could be a secret (`ECONNREFUSED`, `timed out`). */
function describeNetworkError(err: unknown): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return 'timed out';
  const cause = (err as { cause?: { code?: unknown; message?: unknown } })?.cause;
  if (cause && typeof cause.code === 'string') return cause.code;
  return redactedMessageOf(err);
}

/** The OAuth `error` code from an error body, when it is a plain identifier. */
async function oauthErrorCode(res: Response): Promise<string | undefined> {
  try {
    const body = (await res.json()) as { error?: unknown };
    const code = typeof body.error === 'string' ? body.error : (body.error as { code?: unknown })?.code;
    return typeof code === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}

async function postToken(
  issuer: string,
  body: string,
  contentType: string,
  timeoutMs: number,
  failure: string,
): Promise<Record<string, unknown>> {
  let res: Response;
  try {
    res = await fetch(`${issuer}/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': contentType, Accept: 'application/json' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    throw new TokenEndpointError(`${failure}: ${describeNetworkError(err)}`);
  }
  if (!res.ok) {
    const code = await oauthErrorCode(res);
    throw new TokenEndpointError(`${failure}: ${res.status}${code ? ` (${code})` : ''}`, res.status);
  }
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new TokenEndpointError(`${failure}: the response is not JSON`, res.status);
  }
  if (!json || typeof json !== 'object') throw new TokenEndpointError(`${failure}: unexpected response`, res.status);
  return json as Record<string, unknown>;
}

function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** Trade the authorization code for tokens (form-encoded, PKCE verifier included). */
export async function exchangeCodeForTokens(
  issuer: string,
  params: { code: string; redirectUri: string; codeVerifier: string },
): Promise<ExchangedTokens> {
  const json = await postToken(
    issuer,
    form({
      grant_type: 'authorization_code',
      code: params.code,
      redirect_uri: params.redirectUri,
      client_id: CLIENT_ID,
      code_verifier: params.codeVerifier,
    }),
    'application/x-www-form-urlencoded',
    EXCHANGE_TIMEOUT_MS,
    'Token exchange failed',
  );
  const { id_token, access_token, refresh_token } = json;
  if (typeof id_token !== 'string' || typeof access_token !== 'string' || typeof refresh_token !== 'string') {
    throw new TokenEndpointError('Token exchange failed: the response lacks id_token, access_token or refresh_token');
  }
  return { id_token, access_token, refresh_token };
}

/** Token exchange of the id_token for an OpenAI API key (upstream `obtain_api_key`). */
export async function obtainApiKey(issuer: string, idToken: string): Promise<string> {
  const json = await postToken(
    issuer,
    form({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      client_id: CLIENT_ID,
      requested_token: 'openai-api-key',
      subject_token: idToken,
      subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
    }),
    'application/x-www-form-urlencoded',
    EXCHANGE_TIMEOUT_MS,
    'API key exchange failed',
  );
  if (typeof json.access_token !== 'string' || json.access_token === '') {
    throw new TokenEndpointError('API key exchange failed: no access_token in the response');
  }
  return json.access_token;
}

/** Refresh the ChatGPT tokens (JSON body, as upstream `try_refresh_token`). */
export async function refreshTokens(issuer: string, refreshToken: string): Promise<RefreshedTokens> {
  const json = await postToken(
    issuer,
    JSON.stringify({
      client_id: CLIENT_ID,
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      scope: 'openid profile email',
    }),
    'application/json',
    REFRESH_TIMEOUT_MS,
    'Failed to refresh token',
  );
  if (typeof json.id_token !== 'string') {
    throw new TokenEndpointError('Failed to refresh token: no id_token in the response');
  }
  const out: RefreshedTokens = { id_token: json.id_token };
  if (typeof json.access_token === 'string') out.access_token = json.access_token;
  if (typeof json.refresh_token === 'string') out.refresh_token = json.refresh_token;
  return out;
}
