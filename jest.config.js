/** Native ESM jest: swc strips types and keeps `import`, node runs the modules. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022', experimental: { keepImportAttributes: true } }, module: { type: 'es6' } }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/subgraphs/**/*.test.ts', '<rootDir>/gateway/**/*.test.ts'],
  testTimeout: 120_000,
  maxWorkers: 2,
  // Each integration suite starts a whole center (seven embedded databases); a worker that has run a few holds
  // gigabytes it never gives back, and two such workers exhausted 24 GB. A worker above this after a file is replaced.
  workerIdleMemoryLimit: '1500MB',
};
