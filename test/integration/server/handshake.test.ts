import { McpProcess } from '../../support/mcp-process';

describe('MCP handshake and protocol basics (spawned server)', () => {
  let p: McpProcess;
  afterEach(async () => {
    await p?.close();
  });

  it('answers initialize like the reference, echoing a supported protocol version', async () => {
    p = await McpProcess.start();
    const res = await p.initialize();
    expect(res.result).toEqual({
      capabilities: { tools: { listChanged: true } },
      protocolVersion: '2025-06-18',
      serverInfo: { name: 'codex-mcp-server', title: 'Codex', version: expect.any(String) },
    });
    // Envelope key order as the reference wrote it.
    expect(p.rawStdout.startsWith('{"id":1,"jsonrpc":"2.0","result":{"capabilities"')).toBe(true);
  });

  it('negotiates: an unknown protocol version gets our latest; a second initialize is refused', async () => {
    p = await McpProcess.start();
    const res = await p.initialize({}, '1999-01-01');
    expect(res.result.protocolVersion).toBe('2025-11-25');
    const again = await p.call('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'x', version: '1' } });
    expect(again.error).toEqual({ code: -32600, message: 'initialize called more than once' });
  });

  it('serves ping, tools/list, resources, prompts and logging before and after initialize', async () => {
    p = await McpProcess.start();
    expect((await p.call('ping')).result).toEqual({});
    await p.initialize();
    expect((await p.call('ping', null)).result).toEqual({});
    const tools = await p.call('tools/list');
    expect(tools.result.tools.map((t: { name: string }) => t.name)).toEqual(['codex', 'codex-reply']);
    expect((await p.call('resources/list', {})).result).toEqual({ resources: [] });
    expect((await p.call('resources/templates/list', {})).result).toEqual({ resourceTemplates: [] });
    expect((await p.call('prompts/list', {})).result).toEqual({ prompts: [] });
    expect((await p.call('logging/setLevel', { level: 'warning' })).result).toEqual({});
  });

  it('answers every kind of bad input and keeps serving', async () => {
    p = await McpProcess.start();
    p.writeRaw('{not json\n');
    const parseErr = await p.waitFor((m) => m.error?.code === -32700);
    expect(parseErr.id).toBeNull();
    p.writeRaw('[{"jsonrpc":"2.0","id":9,"method":"ping"}]\n');
    await p.waitFor((m) => m.error?.code === -32600 && /batch/.test(m.error.message));
    p.writeRaw('42\n\n   \n"str"\n');
    await p.waitFor((m, ) => m.error?.code === -32600 && /object/.test(m.error.message));
    p.writeRaw('{"jsonrpc":"2.0","id":1.5,"method":"ping"}\n');
    await p.waitFor((m) => m.error?.code === -32600 && /id must be/.test(m.error.message));
    const unknown = await p.call('no/such/method', {});
    expect(unknown.error).toEqual({ code: -32601, message: 'Method not found: no/such/method' });
    const badInit = await p.call('initialize', { protocolVersion: 5 });
    expect(badInit.error?.code).toBe(-32602);
    expect(badInit.error?.message).toMatch(/protocolVersion/);
    expect(badInit.error?.message).toMatch(/capabilities/);
    expect(badInit.error?.message).toMatch(/clientInfo/);
    // String ids are echoed verbatim.
    p.send({ id: 'abc-1', method: 'ping' });
    expect((await p.response('abc-1')).result).toEqual({});
    // Responses to ids we never sent are dropped; unknown notifications ignored.
    p.send({ id: 999, result: {} });
    p.notify('weird/notification', {});
    expect((await p.call('ping')).result).toEqual({});
    // The only output is JSON-RPC.
    for (const line of p.rawStdout.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('survives 300 lines of random bytes and JSON-ish garbage and still answers', async () => {
    p = await McpProcess.start();
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = ['{', '}', '[', ']', '"', ':', ',', 'null', '1e999', '"id"', '"method"', '\\u0000', 'é', '\t', 'true', '"jsonrpc"', '-0', '{"id":'];
    for (let i = 0; i < 300; i++) {
      let line = '';
      const n = Math.floor(rand() * 12);
      for (let k = 0; k < n; k++) line += rand() < 0.7 ? pieces[Math.floor(rand() * pieces.length)] : String.fromCharCode(Math.floor(rand() * 256));
      p.writeRaw(Buffer.from(line.replace(/\n/g, ' ') + '\n', 'latin1'));
    }
    expect((await p.call('ping', undefined, 20000)).result).toEqual({});
    expect(p.child.exitCode).toBeNull();
    // Every line the server wrote is a JSON-RPC message.
    for (const m of p.messages) expect(m.jsonrpc).toBe('2.0');
  });

  it('a Content-Length frame without the header gets -32700 and framing recovers', async () => {
    p = await McpProcess.start({ framing: 'content-length' });
    await p.initialize();
    p.writeRaw('Content-Length: 2\r\n\r\n{}');
    p.writeRaw('Content-Type: application/json\r\n\r\n');
    await p.waitFor((m) => m.error?.code === -32700);
    expect((await p.call('ping')).result).toEqual({});
  });

  it('tools/call: unknown tool and bad codex arguments are isError results', async () => {
    p = await McpProcess.start();
    await p.initialize();
    const res = await p.call('tools/call', { name: 'nope', arguments: {} });
    expect(res.result).toEqual({ content: [{ type: 'text', text: "Unknown tool 'nope'" }], isError: true });
    const noName = await p.call('tools/call', { arguments: {} });
    expect(noName.error?.code).toBe(-32602);
    expect(noName.error?.message).toMatch(/name/);
  });

  it('speaks Content-Length framing when the client does', async () => {
    p = await McpProcess.start({ framing: 'content-length' });
    const res = await p.initialize();
    expect(res.result.serverInfo.name).toBe('codex-mcp-server');
    expect(p.rawStdout.startsWith('Content-Length: ')).toBe(true);
    const parse = p.call('ping');
    expect((await parse).result).toEqual({});
  });

  it('exits promptly with code 0 when stdin closes', async () => {
    p = await McpProcess.start();
    await p.initialize();
    const code = await p.close(4000);
    expect(code).toBe(0);
  });

  it('exits with code 0 on SIGTERM', async () => {
    p = await McpProcess.start();
    await p.initialize();
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
  });

  it('writes logs to stderr, never stdout', async () => {
    p = await McpProcess.start({ env: { CODEX_MCP_LOG: 'debug' } });
    await p.initialize();
    p.writeRaw('{broken\n');
    await p.waitFor((m) => m.error?.code === -32700);
    expect(p.stderr).toMatch(/rejected input/);
  });
});
