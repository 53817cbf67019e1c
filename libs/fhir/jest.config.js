module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'fhir',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
