// Builds the apps once before the suites (end-to-end tests run the built bundles), then
// writes the built portal's API description for the response validation of every suite.
import { execSync } from 'node:child_process';
import { writeApiDescription } from './api-description-file.mjs';

export default async function globalSetup() {
  // Names this run's files for the suites' workers (they inherit the environment).
  process.env.TEST_RUN_ID ??= String(process.pid);
  if (process.env.SKIP_BUILD !== '1') execSync('npm run build --silent', { stdio: 'inherit' });
  await writeApiDescription();
}
