#!/usr/bin/env node
// The zero-work floor for `npm run bench`: a plain Node JSON-RPC server over NDJSON stdio that
// answers `initialize`, `ping` and `tools/list` and nothing else. What any Node MCP server pays
// before it does any work of its own (process start, one parse and one write per message).
'use strict';
let buffered = '';
const answer = (id, result) => process.stdout.write(JSON.stringify({ jsonrpc: '2.0', id, result }) + '\n');
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  buffered += chunk;
  let nl;
  while ((nl = buffered.indexOf('\n')) >= 0) {
    const line = buffered.slice(0, nl);
    buffered = buffered.slice(nl + 1);
    if (!line.trim()) continue;
    const msg = JSON.parse(line);
    if (msg.id === undefined) continue;
    if (msg.method === 'initialize') {
      answer(msg.id, { protocolVersion: msg.params.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: 'floor', version: '0' } });
    } else if (msg.method === 'ping') {
      answer(msg.id, {});
    } else if (msg.method === 'tools/list') {
      answer(msg.id, { tools: [] });
    } else {
      process.stdout.write(JSON.stringify({ jsonrpc: '2.0', id: msg.id, error: { code: -32601, message: 'method not found' } }) + '\n');
    }
  }
});
process.stdin.on('end', () => process.exit(0));
