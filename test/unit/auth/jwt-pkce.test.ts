import { createHash } from 'node:crypto';
import { InvalidJwtError, parseIdToken } from '../../../src/auth/jwt';
import { buildAuthorizeUrl } from '../../../src/auth/login-server';
import { generatePkce, generateState } from '../../../src/auth/pkce';
import { makeIdToken, makeJwt } from '../../support/mock-issuer';

describe('id_token claims', () => {
  test('reads email, plan and account id from the OpenAI auth claims', () => {
    const jwt = makeIdToken({ email: 'a@b.c', planType: 'pro', accountId: 'acct-9' });
    expect(parseIdToken(jwt)).toEqual({ email: 'a@b.c', chatgpt_plan_type: 'pro', chatgpt_account_id: 'acct-9' });
  });

  test('falls back to the profile email and keeps unknown plans', () => {
    const jwt = makeJwt({
      'https://api.openai.com/profile': { email: 'p@q.r' },
      'https://api.openai.com/auth': { chatgpt_plan_type: 'galaxy', user_id: 'u1' },
    });
    expect(parseIdToken(jwt)).toEqual({ email: 'p@q.r', chatgpt_plan_type: 'galaxy', chatgpt_user_id: 'u1' });
  });

  test('no auth claims → only the email', () => {
    expect(parseIdToken(makeJwt({ email: 'x@y.z' }))).toEqual({ email: 'x@y.z' });
  });

  test('malformed tokens are rejected without echoing them', () => {
    for (const bad of ['not-a-jwt', 'a.b', 'a..c', `a.${Buffer.from('[1]').toString('base64url')}.c`, 'a.%%%.c']) {
      let caught: unknown;
      try {
        parseIdToken(bad);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(InvalidJwtError);
      expect((caught as Error).message).not.toContain(bad);
    }
  });
});

describe('PKCE and the authorize URL', () => {
  test('verifier is base64url of 64 bytes and the challenge is its S256', () => {
    const { codeVerifier, codeChallenge } = generatePkce();
    expect(codeVerifier).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(codeChallenge).toBe(createHash('sha256').update(codeVerifier).digest('base64url'));
    expect(generatePkce().codeVerifier).not.toBe(codeVerifier);
    expect(generateState()).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  test('the authorize URL matches the reference byte for byte', () => {
    const url = buildAuthorizeUrl(
      'https://auth.openai.com',
      'http://localhost:1455/auth/callback',
      { codeVerifier: 'v', codeChallenge: 'P7lAq5tQ3EFR8HH4dIXpPyKa2nv_mEto59XR5sLBKBM' },
      '8eyIQpcnCBrk975IfVjt9SsD_XYCCudXiIWOQVB9mCM',
    );
    expect(url).toBe(
      'https://auth.openai.com/oauth/authorize?response_type=code&client_id=app_EMoamEEZ73f0CkXaXp7hrann&redirect_uri=http%3A%2F%2Flocalhost%3A1455%2Fauth%2Fcallback&scope=openid%20profile%20email%20offline_access&code_challenge=P7lAq5tQ3EFR8HH4dIXpPyKa2nv_mEto59XR5sLBKBM&code_challenge_method=S256&id_token_add_organizations=true&codex_cli_simplified_flow=true&state=8eyIQpcnCBrk975IfVjt9SsD_XYCCudXiIWOQVB9mCM',
    );
  });
});
