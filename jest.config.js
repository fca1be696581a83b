/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/shared/src', '<rootDir>/functions/src'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j|mj)sx?$': ['@swc/jest'] },
  moduleNameMapper: { '^@vp/shared$': '<rootDir>/shared/src/index.ts' },
};
