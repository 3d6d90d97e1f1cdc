// Builds the apps once before the suites: end-to-end tests run the built bundles.
import { execSync } from 'node:child_process';

export default function globalSetup() {
  if (process.env.SKIP_BUILD === '1') return;
  execSync('npm run build --silent', { stdio: 'inherit' });
}
