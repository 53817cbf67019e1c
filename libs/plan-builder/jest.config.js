module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'plan-builder',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
