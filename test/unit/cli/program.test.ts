import { createProgram, onlyOptions } from '../../../src/cli/program';

describe('the command line program', () => {
  test('a line of options alone can only be the bare command; anything else may name a subcommand', () => {
    expect(onlyOptions([])).toBe(true);
    expect(onlyOptions(['--listen=stdio', '-V', '--log-file=/tmp/x'])).toBe(true);
    for (const line of [['login'], ['-h'], ['--help'], ['-c', 'model="o3"'], ['--log-file', '/tmp/x'], ['-'], ['--listen=stdio', 'acp']]) {
      expect([line, onlyOptions(line)]).toEqual([line, false]);
    }
  });

  test('the bare command line gets no subcommands; any other line gets all of them', async () => {
    const names = async (args: string[]) => (await createProgram({ version: '0' }, args)).commands.map((c) => c.name());
    expect(await names(['--listen=stdio'])).toEqual([]);
    const all = ['login', 'logout', 'status', 'doctor', 'acp', 'generate-json-schema', 'generate-ts'];
    expect(await names(['--help'])).toEqual(all);
    expect(await names(['status'])).toEqual(all);
  });
});
