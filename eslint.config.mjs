import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jest from 'eslint-plugin-jest';

// One rule for null: IsOptional lets null through silently; DTOs say Optional()
// (may be left out) or Nullable() (may be null) from @app/platform instead.
const NO_IS_OPTIONAL = {
  name: 'class-validator',
  importNames: ['IsOptional'],
  message: 'Use Optional() or Nullable() from @app/platform.',
};

// The libs are layers: each may use the ones below it, never one above (the pictures in
// DESIGN.md). A lib that needs to hear from above offers a registry (CategoryUsage,
// PersonalDataRegistry) that the upper lib fills.
const LIB_LAYERS = [
  'platform',
  'notifications',
  'accounts',
  'contests',
  'entries',
  'judging',
  'results',
  'festival',
];

// A lib is used through its public index (src/index.ts), never a file inside it, so each
// lib's surface is the list in its index and a lib may rearrange its files freely. Tests may
// under test/ may reach inside (they test the parts); the libs and apps may not.
const deepImports = (libs) => ({
  group: libs.map((lib) => `@app/${lib}/*`),
  message: 'Import another lib through its index (@app/<lib>); export what you need there.',
});

const layerRules = LIB_LAYERS.map((lib, index) => ({
  files: [`libs/${lib}/src/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [NO_IS_OPTIONAL],
        patterns: [
          {
            group: LIB_LAYERS.slice(index).flatMap((upper) => [`@app/${upper}`, `@app/${upper}/*`]),
            message: `${lib} sits below the libs it would import here; invert the dependency.`,
          },
          ...(index > 0 ? [deepImports(LIB_LAYERS.slice(0, index))] : []),
        ],
      },
    ],
  },
}));

const appRules = {
  files: ['apps/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      { paths: [NO_IS_OPTIONAL], patterns: [deepImports(LIB_LAYERS)] },
    ],
  },
};

// Pages show the catalogued message of an error's code (pages/i18n/field-errors.ts), never
// a lib's English text: matching that text made a reworded message change what a form
// showed. These selectors refuse reading an error's `messages`, and testing a `message`
// with a regular expression or a string search.
const TEXT_SEARCH = '/^(test|match|matchAll|exec|search|startsWith|endsWith|includes|indexOf)$/';
export const NO_MESSAGE_TEXT = [
  {
    selector: "MemberExpression[property.name='messages']",
    message: 'Field errors carry a code: show fieldErrorMessage(error), not its messages.',
  },
  {
    selector: `CallExpression[callee.property.name=${TEXT_SEARCH}] > MemberExpression.arguments[property.name='message']`,
    message: 'Do not match message text: branch on the error code.',
  },
  {
    selector: `CallExpression[callee.property.name=${TEXT_SEARCH}][callee.object.property.name='message']`,
    message: 'Do not match message text: branch on the error code.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'var/**',
      'coverage/**',
      'test/artifacts/**',
      // Generated from the API description by scripts/api-types.mjs; the drift test guards it.
      'test/generated/**',
      // Third-party browser libraries copied as published (see vendor-assets.spec.ts).
      'apps/portal/public/vendor/**',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false, arguments: false } },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-restricted-imports': ['error', { paths: [NO_IS_OPTIONAL] }],
    },
  },
  ...layerRules,
  appRules,
  {
    files: ['apps/portal/src/pages/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...NO_MESSAGE_TEXT] },
  },
  {
    files: ['libs/platform/src/http/dto-decorators.ts', 'libs/platform/src/config/app-config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The few progressive-enhancement scripts of the pages run in the browser.
    files: ['apps/portal/public/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: {
        document: 'readonly',
        window: 'readonly',
        navigator: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setTimeout: 'readonly',
        XMLHttpRequest: 'readonly',
        FormData: 'readonly',
        // The offline check-in door (check-in-*.js): its storage, hashing and worker.
        fetch: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        Response: 'readonly',
        TextEncoder: 'readonly',
        btoa: 'readonly',
        crypto: 'readonly',
        caches: 'readonly',
        indexedDB: 'readonly',
        location: 'readonly',
        history: 'readonly',
      },
    },
  },
  {
    // The check-in service worker runs in the worker's global scope, not a page.
    files: ['apps/portal/public/check-in-sw.js'],
    languageOptions: { globals: { self: 'readonly' } },
  },
  {
    files: ['libs/platform/src/database/migrations/**/*.ts'],
    rules: { 'max-len': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      'jest/expect-expect': [
        'error',
        { assertFunctionNames: ['expect', 'request.**.expect', 'expect*', 'waitFor'] },
      ],
      'jest/no-disabled-tests': 'error',
      'jest/no-focused-tests': 'error',
      'jest/no-conditional-expect': 'off',
    },
  },
);
