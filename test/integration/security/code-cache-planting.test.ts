/**
 * The bundle's V8 code cache is code the next start runs unsandboxed, so a sandboxed command must
 * not be able to plant or change it. It lives in CODEX_HOME/cache; here CODEX_HOME is the
 * project's own `.codex` (as for a user working in their home directory), inside the writable root.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { McpProcess } from '../../support/mcp-process';
import { MockModelServer, reply } from '../../support/mock-model-server';
import { waitUntil } from '../../support/wait-until';
import { WORKSPACE_WITHOUT_TMP, describeSandbox, makeArena, snapshotTree } from './attack-harness';

describeSandbox('attacks on the code cache (spawned server, real bwrap, approvals denied)', () => {
  it('a command cannot overwrite, add to or replace CODEX_HOME/cache', async () => {
    const arena = makeArena();
    const home = path.join(arena.cwd, '.codex');
    const cache = path.join(home, 'cache');
    fs.mkdirSync(home);
    const mock = await MockModelServer.start();
    // CODEX_MCP_CODE_CACHE_DIR unset: the server uses CODEX_HOME/cache, as it does for users.
    const p = await McpProcess.start({ codexHome: home, configToml: mock.configToml() + WORKSPACE_WITHOUT_TMP, env: { TMPDIR: undefined, CODEX_MCP_CODE_CACHE_DIR: undefined } });
    try {
      await p.initialize({ elicitation: {} });
      p.onMessage((m) => {
        if (m.method === 'elicitation/create') p.respond(m.id, { decision: 'denied' });
      });
      await waitUntil(() => fs.existsSync(cache) && fs.readdirSync(cache).some((f) => f.endsWith('.v8cache')), 'the code cache');
      const before = snapshotTree(cache);
      const file = fs.readdirSync(cache).find((f) => f.endsWith('.v8cache'))!;
      const tryWrite = (cmd: string) => `{ ${cmd}; } 2>/dev/null && echo "WROTE: ${cmd.replace(/"/g, '')}"`;
      mock.enqueue(
        reply.shell('plant', [
          'sh',
          '-c',
          [
            tryWrite(`printf junk > .codex/cache/${file}`),
            tryWrite('printf junk > .codex/cache/planted.v8cache'),
            tryWrite(`mv .codex/cache/${file} .codex/cache/moved`),
            tryWrite('mv .codex/cache .codex/old-cache'),
            tryWrite('mv .codex .codex-moved'),
            'true',
          ].join('; '),
        ]),
        reply.text('done'),
      );
      const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'attack', cwd: arena.cwd, 'approval-policy': 'on-request', sandbox: 'workspace-write' } });
      const res = await p.response(id, 20_000);
      expect(res.error).toBeUndefined();
      const output = mock.requests.flatMap((r) => r.body.messages ?? []).find((m: { role: string; tool_call_id?: string }) => m.role === 'tool' && m.tool_call_id === 'plant')?.content;
      expect(output).toBeDefined();
      expect(output).not.toContain('WROTE');
      expect(snapshotTree(cache)).toEqual(before);
    } finally {
      await p.close();
      await mock.close();
    }
  });
});
