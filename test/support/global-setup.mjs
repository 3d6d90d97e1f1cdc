// Builds the apps once before the suites (end-to-end tests run the built bundles), then
// writes the built portal's API description for the response validation of every suite.
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { writeApiDescription } from './api-description-file.mjs';

export default async function globalSetup() {
  // The list of MariaDB databases this run creates (createDatabase appends, the global
  // teardown drops them). Named here, in the parent process, because the suites run in
  // workers that Jest replaces; they inherit the environment.
  process.env.TEST_DATABASES_FILE ??= join(
    process.cwd(),
    'test',
    'artifacts',
    `databases-${process.pid}.txt`,
  );
  if (process.env.SKIP_BUILD !== '1') execSync('npm run build --silent', { stdio: 'inherit' });
  await writeApiDescription();
}
