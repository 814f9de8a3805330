import * as fs from 'node:fs';
import * as path from 'node:path';
import { McpProcess } from '../../support/mcp-process';

const golden = fs.readFileSync(path.resolve(__dirname, '../../golden/tools-list.json'), 'utf8').trim();

describe('tools/list and capabilities per protocol version', () => {
  let p: McpProcess | undefined;
  afterEach(async () => {
    await p?.close();
    p = undefined;
  });

  it.each(['2024-11-05', '2025-03-26', '2025-06-18'])('%s: byte-identical tools/list, no tasks capability', async (version) => {
    p = await McpProcess.start();
    const init = await p.initialize({}, version);
    expect(init.result.capabilities).toEqual({ tools: { listChanged: true } });
    const before = p.rawStdout.length;
    const id = p.request('tools/list', {});
    await p.response(id);
    const line = p.rawStdout.slice(before).split('\n').find((l) => l.startsWith(`{"id":${id},`))!;
    expect(line).toBe(`{"id":${id},"jsonrpc":"2.0","result":${golden}}`);
  });

  it('2025-11-25: tasks capability, codex and codex-reply marked taskSupport optional, nothing else changed', async () => {
    p = await McpProcess.start();
    const init = await p.initialize({}, '2025-11-25');
    expect(init.result.capabilities).toEqual({ tasks: { list: {}, cancel: {}, requests: { tools: { call: {} } } }, tools: { listChanged: true } });
    const res = await p.call('tools/list', {});
    const expected = JSON.parse(golden) as { tools: Record<string, unknown>[] };
    expect(res.result).toEqual({ tools: expected.tools.map((t) => ({ ...t, execution: { taskSupport: 'optional' } })) });
  });
});
