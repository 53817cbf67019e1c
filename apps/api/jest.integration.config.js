// Integration tests: the real app on a real PostgreSQL through the real migrations. Each test file
// gets its own database, copied from a migrated template, so files run in parallel in isolation.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api:integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};
