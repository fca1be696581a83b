/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node', // component tests under tabs/src say `@jest-environment jsdom` in their docblock
  roots: ['<rootDir>/shared/src', '<rootDir>/functions/src', '<rootDir>/manifest', '<rootDir>/infra', '<rootDir>/tabs/src', '<rootDir>/tabs/e2e'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Jest's 5 s default is about speed, not correctness: on a 2-core machine running Chromium suites in
  // parallel workers a first request to a fresh host took over 5 s (readPlan, at load 19). Tests that
  // need longer still say so; timing is measured in bench/, never asserted here.
  testTimeout: 30_000,
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
    ],
  },
  // msw v2 depends on ESM-only packages; let swc compile them to CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(jose|rettime|until-async|@open-draft/deferred-promise)/)'],
  setupFiles: ['<rootDir>/jest.jsdomGlobals.js'],
  setupFilesAfterEnv: ['@testing-library/jest-dom', '<rootDir>/jest.testingLibrary.js'],
  moduleNameMapper: {
    '^@vp/shared$': '<rootDir>/shared/src/index.ts',
    // adaptivecards' lib/ is ESM for bundlers (imports without extensions, swiper as ESM); its own
    // UMD build of the same code (swiper bundled) is what Jest can load.
    '^adaptivecards$': '<rootDir>/node_modules/adaptivecards/dist/adaptivecards.js',
  },
};
