/** Native ESM jest: swc strips types and keeps `import`, node runs the modules. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022', experimental: { keepImportAttributes: true } }, module: { type: 'es6' } },
    ],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/subgraphs/**/*.test.ts', '<rootDir>/gateway/**/*.test.ts'],
  testTimeout: 120_000,
  maxWorkers: 2,
  // Each integration suite starts a whole center (seven embedded databases). Their WASM memory lives outside the
  // JS heap that jest measures, is not given back after a suite closes, and two workers that had run several suites
  // grew past 11 GB each and were killed. So every file gets a fresh worker: any heap above this after a file
  // (there always is) replaces the worker, and memory is bounded by the two largest suites running at once.
  workerIdleMemoryLimit: '50MB',
};
