import * as fs from 'node:fs';
import * as path from 'node:path';
import { toolDefinitions } from '../../../src/server/tool-definitions';

const transcript = path.resolve(__dirname, '../../golden/tools-list.json');

describe('tools/list', () => {
  it('is byte-identical to the reference tool definitions', () => {
    const golden = fs.readFileSync(transcript, 'utf8').trim();
    expect(JSON.stringify({ tools: toolDefinitions() })).toBe(golden);
  });
});
