// Jest runs in ESM mode (node --experimental-vm-modules): the NestJS 12 packages are
// ESM-only and cannot be required from CommonJS test files on Node 20.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
  },
];

// A few CommonJS dependencies (@fastify/static) require() packages that are now ESM-only;
// Jest on Node 20 cannot do that, so those packages are compiled to CommonJS for tests.
const ESM_ONLY_REQUIRED = ['content-disposition'];
const toCommonJs = ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }];

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': swc,
    [`node_modules/(${ESM_ONLY_REQUIRED.join('|')})/.+\\.js$`]: toCommonJs,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_REQUIRED.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@app/(platform|accounts|notifications|contests|entries|judging|results|festival)$':
      '<rootDir>/libs/$1/src',
    '^@app/(platform|accounts|notifications|contests|entries|judging|results|festival)/(.*)$':
      '<rootDir>/libs/$1/src/$2',
  },
  testEnvironment: 'node',
};

export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      // Every response of the JSON API is checked against the description (api-contract.ts).
      setupFilesAfterEnv: ['<rootDir>/test/support/api-contract.setup.ts'],
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
      slowTestThreshold: 30,
    },
  ],
  testTimeout: 60000,
  // Suites run one at a time (npm test: --maxWorkers=1) in a worker process, never in band:
  // in ESM mode every suite's module graph stays in the heap, so a single process reached
  // Node's 4 GB limit near the end of the run. The worker is replaced once it holds more.
  workerIdleMemoryLimit: '1GB',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.cjs'],
};
