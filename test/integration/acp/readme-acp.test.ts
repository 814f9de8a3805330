import * as fs from 'node:fs';
import * as path from 'node:path';
import { McpProcess } from '../../support/mcp-process';

const README = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'README.md'), 'utf8');

/** The JSON blocks of the README's ACP section. */
function acpJsonBlocks(): string[] {
  const section = README.slice(README.indexOf('## ACP (Zed, JetBrains, …)'));
  const body = section.slice(0, section.indexOf('\n## ', 3));
  return [...body.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
}

describe('README ACP section', () => {
  it('the Zed agent_servers entry starts an agent that answers ACP initialize', async () => {
    const blocks = acpJsonBlocks();
    expect(blocks.length).toBeGreaterThanOrEqual(1);
    const entries = Object.values((JSON.parse(blocks[0]) as { agent_servers: Record<string, { type?: string; command: string; args: string[] }> }).agent_servers);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({ type: 'custom', command: 'codex-mcp-server', args: ['acp'] });
    const agent = await McpProcess.start({ args: entry.args });
    try {
      const id = agent.request('initialize', { protocolVersion: 1, clientCapabilities: {} });
      const answer = await agent.response(id);
      expect(answer.result).toMatchObject({ protocolVersion: 1, agentInfo: { name: 'codex-mcp-server' }, agentCapabilities: { loadSession: true } });
    } finally {
      agent.child.stdin.end();
      await agent.exited;
    }
  });
});
