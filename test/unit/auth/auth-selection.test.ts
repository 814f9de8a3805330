import { selectAuth, shouldUseApiKey } from '../../../src/auth/auth-selection';
import type { AuthDotJson } from '../../../src/auth/auth-types';

const tokens = { id_token: 'x.y.z', access_token: 'at-1', refresh_token: 'rt-1', account_id: 'acct-1' };

describe('selectAuth (upstream load_auth)', () => {
  const cases: Array<{
    name: string;
    file?: AuthDotJson;
    env?: string;
    preferred?: 'apikey' | 'chatgpt';
    claims?: { email?: string; chatgpt_plan_type?: string; chatgpt_account_id?: string };
    expected: { mode: string; token: string; source?: string } | undefined;
  }> = [
    { name: 'nothing at all → signed out', expected: undefined },
    { name: 'no auth.json, env key → apikey', env: 'sk-env', expected: { mode: 'apikey', token: 'sk-env', source: 'env' } },
    { name: 'no auth.json, empty env key → signed out', env: '', expected: undefined },
    {
      name: 'key only in auth.json → apikey (env ignored)',
      file: { OPENAI_API_KEY: 'sk-file' },
      env: 'sk-env',
      expected: { mode: 'apikey', token: 'sk-file', source: 'auth.json' },
    },
    {
      name: 'tokens only → chatgpt (env ignored)',
      file: { OPENAI_API_KEY: null, tokens },
      env: 'sk-env',
      expected: { mode: 'chatgpt', token: 'at-1' },
    },
    {
      name: 'both, plus plan → chatgpt',
      file: { OPENAI_API_KEY: 'sk-file', tokens },
      claims: { chatgpt_plan_type: 'plus' },
      expected: { mode: 'chatgpt', token: 'at-1' },
    },
    {
      name: 'both, plus plan, preferred apikey → apikey',
      file: { OPENAI_API_KEY: 'sk-file', tokens },
      preferred: 'apikey',
      claims: { chatgpt_plan_type: 'plus' },
      expected: { mode: 'apikey', token: 'sk-file' },
    },
    {
      name: 'both, enterprise plan → apikey',
      file: { OPENAI_API_KEY: 'sk-file', tokens },
      claims: { chatgpt_plan_type: 'enterprise' },
      expected: { mode: 'apikey', token: 'sk-file' },
    },
    {
      name: 'both, no plan → apikey',
      file: { OPENAI_API_KEY: 'sk-file', tokens },
      expected: { mode: 'apikey', token: 'sk-file' },
    },
    {
      name: 'both, @openai.com email and enterprise plan → chatgpt',
      file: { OPENAI_API_KEY: 'sk-file', tokens },
      claims: { email: 'dev@openai.com', chatgpt_plan_type: 'enterprise' },
      expected: { mode: 'chatgpt', token: 'at-1' },
    },
    {
      name: 'empty file → env key',
      file: { OPENAI_API_KEY: null, tokens: null, last_refresh: null },
      env: 'sk-env',
      expected: { mode: 'apikey', token: 'sk-env', source: 'env' },
    },
  ];

  test.each(cases)('$name', ({ file, env, preferred, claims, expected }) => {
    const got = selectAuth(file, env, preferred ?? 'chatgpt', claims ?? {});
    if (expected === undefined) expect(got).toBeUndefined();
    else expect(got).toMatchObject(expected);
  });

  test('chatgpt mode carries the account id, falling back to the id_token claim', () => {
    expect(selectAuth({ tokens }, undefined, 'chatgpt', {})?.accountId).toBe('acct-1');
    const noAccount = { ...tokens, account_id: null };
    expect(selectAuth({ tokens: noAccount }, undefined, 'chatgpt', { chatgpt_account_id: 'acct-c' })?.accountId).toBe(
      'acct-c',
    );
  });

  test('shouldUseApiKey keeps ChatGPT for free|plus|pro|team', () => {
    for (const plan of ['free', 'plus', 'pro', 'team']) {
      expect(shouldUseApiKey('chatgpt', { chatgpt_plan_type: plan })).toBe(false);
    }
    for (const plan of ['business', 'enterprise', 'edu', 'something-new']) {
      expect(shouldUseApiKey('chatgpt', { chatgpt_plan_type: plan })).toBe(true);
    }
  });
});
