/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true, diagnostics: false }],
    // The ACP SDK ships ES modules only; jest runs CommonJS, so its files are compiled too.
    '^.+/node_modules/@agentclientprotocol/sdk/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022' }, isolatedModules: true, diagnostics: false }],
  },
  transformIgnorePatterns: ['/node_modules/(?!@agentclientprotocol/sdk/)'],
  setupFiles: ['reflect-metadata', '<rootDir>/test/support/shared-code-cache.ts'],
  testTimeout: 20000,
  // Integration tests spawn servers; two workers match the 2-core machines.
  maxWorkers: 2,
};
