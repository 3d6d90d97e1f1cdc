// Bundles TypeScript from the libs (and test support) with rspack + swc, so a scenario can
// call the platform's own code directly: the ranking methods timed one by one, the test
// factories that seed an announcement. Packages stay in node_modules (native ones cannot
// be bundled); the bundle lands under dist/bench so its require() finds them.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { rspack } from '@rspack/core';

const root = resolve(import.meta.dirname, '../..');
const LIBS = [
  'platform',
  'accounts',
  'notifications',
  'contests',
  'entries',
  'judging',
  'results',
  'festival',
];

/**
 * `entries`: name -> source path under the project; returns name -> the module's exports.
 * Names are one namespace for the whole run: a bundle lands in `dist/bench/<name>.cjs` and
 * require() keeps the first one loaded under that path, so each scenario uses its own names.
 */
export async function bundle(entries) {
  const out = join(root, 'dist', 'bench');
  const compiler = rspack({
    mode: 'development',
    devtool: false,
    target: 'node20',
    entry: Object.fromEntries(Object.entries(entries).map(([n, p]) => [n, join(root, p)])),
    output: { path: out, filename: '[name].cjs', library: { type: 'commonjs2' } },
    resolve: {
      extensions: ['.ts', '.js'],
      alias: Object.fromEntries(LIBS.map((lib) => [`@app/${lib}`, join(root, 'libs', lib, 'src')])),
    },
    externals: [
      ({ request }, callback) =>
        /^[a-z@][^:]*$/i.test(request) && !request.startsWith('@app/')
          ? callback(undefined, `commonjs ${request}`)
          : callback(),
    ],
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'builtin:swc-loader',
          options: {
            jsc: {
              parser: { syntax: 'typescript', decorators: true },
              transform: {
                legacyDecorator: true,
                decoratorMetadata: true,
                useDefineForClassFields: false,
              },
              target: 'es2022',
            },
          },
        },
      ],
    },
  });
  await new Promise((done, fail) =>
    compiler.run((error, stats) =>
      error || stats.hasErrors() ? fail(error ?? new Error(stats.toString())) : done(),
    ),
  );
  const load = createRequire(import.meta.url);
  return Object.fromEntries(Object.keys(entries).map((n) => [n, load(join(out, `${n}.cjs`))]));
}
