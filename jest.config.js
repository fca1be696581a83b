/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node', // component tests under tabs/src say `@jest-environment jsdom` in their docblock
  roots: ['<rootDir>/shared/src', '<rootDir>/functions/src', '<rootDir>/manifest', '<rootDir>/tabs/src', '<rootDir>/tabs/e2e'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
    ],
  },
  // msw v2 depends on ESM-only packages; let swc compile them to CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(jose|rettime|until-async|@open-draft/deferred-promise)/)'],
  setupFiles: ['<rootDir>/jest.jsdomGlobals.js'],
  setupFilesAfterEnv: ['@testing-library/jest-dom'],
  moduleNameMapper: { '^@vp/shared$': '<rootDir>/shared/src/index.ts' },
};
