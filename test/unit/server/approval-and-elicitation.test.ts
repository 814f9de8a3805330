import type { ReviewDecision } from '../../../src/protocol/common-types';
import type { EventMsgOf } from '../../../src/protocol/events';
import { decisionFromReply } from '../../../src/server/approval-decisions';
import { execElicitationParams, patchElicitationParams } from '../../../src/server/elicitation-params';

describe('decisionFromReply', () => {
  const cases: Array<[string, unknown, ReviewDecision]> = [
    ['reference {decision: approved}', { decision: 'approved' }, 'approved'],
    ['reference {decision: approved_for_session}', { decision: 'approved_for_session' }, 'approved_for_session'],
    ['reference {decision: denied}', { decision: 'denied' }, 'denied'],
    ['reference {decision: abort}', { decision: 'abort' }, 'abort'],
    ['ElicitResult accept', { action: 'accept' }, 'approved'],
    ['ElicitResult accept with a decision in content', { action: 'accept', content: { decision: 'approved_for_session' } }, 'approved_for_session'],
    ['ElicitResult accept with an unknown decision in content', { action: 'accept', content: { decision: 'bogus' } }, 'approved'],
    ['ElicitResult decline', { action: 'decline' }, 'denied'],
    ['ElicitResult cancel', { action: 'cancel' }, 'abort'],
    ['an empty object', {}, 'denied'],
    ['null', null, 'denied'],
    ['undefined', undefined, 'denied'],
    ['a string', 'x', 'denied'],
    ['a number', 1, 'denied'],
    ['an unknown decision', { decision: 'bogus' }, 'denied'],
    ['an unknown action', { action: 'maybe' }, 'denied'],
    ['the hybrid {action: accept, decision: approved}', { action: 'accept', decision: 'approved' }, 'approved'],
    ['a top-level decision wins over the action', { action: 'decline', decision: 'approved' }, 'approved'],
  ];
  it.each(cases)('%s', (_name, reply, expected) => {
    expect(decisionFromReply(reply)).toBe(expected);
  });
});

describe('execElicitationParams', () => {
  const base: EventMsgOf<'exec_approval_request'> = {
    type: 'exec_approval_request',
    call_id: 'call1234',
    command: ['git', 'init'],
    cwd: '/work/dir',
  };

  it('has the reference shape, with the codex_* fields repeated under _meta', () => {
    const codex = {
      codex_elicitation: 'exec-approval',
      codex_mcp_tool_call_id: '2',
      codex_event_id: '3',
      codex_call_id: 'call1234',
      codex_command: ['git', 'init'],
      codex_cwd: '/work/dir',
    };
    const params = execElicitationParams(base, '2', '3');
    expect(params).toStrictEqual({
      message: 'Allow Codex to run `git init` in `/work/dir`?',
      requestedSchema: { properties: {}, type: 'object' },
      ...codex,
      _meta: codex,
    });
    // Key order on the wire follows the reference (message, requestedSchema, codex_*).
    expect(Object.keys(params)).toEqual([
      'message',
      'requestedSchema',
      'codex_elicitation',
      'codex_mcp_tool_call_id',
      'codex_event_id',
      'codex_call_id',
      'codex_command',
      'codex_cwd',
      '_meta',
    ]);
  });

  it('quotes the command the way shlex::try_join does', () => {
    const params = execElicitationParams({ ...base, command: ['bash', '-lc', "echo 'hi there' > out.txt"] }, '2', '2');
    expect(params.message).toBe(`Allow Codex to run \`bash -lc "echo 'hi there' > out.txt"\` in \`/work/dir\`?`);
    expect(execElicitationParams({ ...base, command: ['ls', 'my file'] }, '2', '2').message).toBe("Allow Codex to run `ls 'my file'` in `/work/dir`?");
  });

  it('adds codex_reason only when the event has a reason', () => {
    const withReason = execElicitationParams({ ...base, reason: 'needs network' }, '2', '2');
    expect(withReason.codex_reason).toBe('needs network');
    expect((withReason._meta as Record<string, unknown>).codex_reason).toBe('needs network');
    expect('codex_reason' in execElicitationParams(base, '2', '2')).toBe(false);
    expect('codex_reason' in (execElicitationParams(base, '2', '2')._meta as object)).toBe(false);
  });
});

describe('patchElicitationParams', () => {
  const changes = {
    '/w/hello.txt': { add: { content: 'hello\n' } },
    '/w/existing.txt': { update: { unified_diff: '@@ -1 +1 @@\n-a\n+b\n', move_path: null } },
    '/w/gone.txt': 'delete' as const,
  };
  const base: EventMsgOf<'apply_patch_approval_request'> = { type: 'apply_patch_approval_request', call_id: 'call-patch', changes };

  it('has the reference shape without reason or grant_root', () => {
    const codex = {
      codex_elicitation: 'patch-approval',
      codex_mcp_tool_call_id: '2',
      codex_event_id: '2',
      codex_call_id: 'call-patch',
      codex_changes: changes,
    };
    const params = patchElicitationParams(base, '2', '2');
    expect(params).toStrictEqual({
      message: 'Allow Codex to apply proposed code changes?',
      requestedSchema: { properties: {}, type: 'object' },
      ...codex,
      _meta: codex,
    });
    expect(Object.keys(params)).toEqual([
      'message',
      'requestedSchema',
      'codex_elicitation',
      'codex_mcp_tool_call_id',
      'codex_event_id',
      'codex_call_id',
      'codex_changes',
      '_meta',
    ]);
  });

  it('puts the reason on the first message line and adds codex_reason and codex_grant_root when present', () => {
    const params = patchElicitationParams({ ...base, reason: 'write outside the workspace', grant_root: '/other' }, '7', '8');
    expect(params.message).toBe('write outside the workspace\nAllow Codex to apply proposed code changes?');
    expect(params.codex_reason).toBe('write outside the workspace');
    expect(params.codex_grant_root).toBe('/other');
    expect(Object.keys(params).slice(5)).toEqual(['codex_call_id', 'codex_reason', 'codex_grant_root', 'codex_changes', '_meta']);
    expect(params._meta).toStrictEqual({
      codex_elicitation: 'patch-approval',
      codex_mcp_tool_call_id: '7',
      codex_event_id: '8',
      codex_call_id: 'call-patch',
      codex_reason: 'write outside the workspace',
      codex_grant_root: '/other',
      codex_changes: changes,
    });
  });

  it('omits codex_grant_root when only a reason is given', () => {
    const params = patchElicitationParams({ ...base, reason: 'why' }, '2', '2');
    expect(params.message).toBe('why\nAllow Codex to apply proposed code changes?');
    expect('codex_grant_root' in params).toBe(false);
    expect('codex_grant_root' in (params._meta as object)).toBe(false);
  });
});
