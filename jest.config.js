/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
  },
  // exceljs needs uuid; under jsdom jest would pick uuid's browser ES module build, which it cannot load.
  moduleNameMapper: { '^uuid$': require.resolve('uuid') },
  // One production bundle of the pane for every browser test, built before them (skipped without Chromium).
  globalSetup: '<rootDir>/test/browser/globalSetup.ts',
  setupFilesAfterEnv: ['<rootDir>/test/setup/jsdom.ts'],
  testTimeout: 60000,
};
