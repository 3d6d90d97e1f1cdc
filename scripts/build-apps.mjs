// Builds the three apps (portal, worker, CLI) with the Nest CLI's bundler, one after another.
//
// The bundler is a native module. Once, on a busy CI host, it died of SIGABRT right after
// printing "compiled successfully", which failed the whole run without any fault in the
// code. A build that ends by a signal is therefore run again (at most twice more), and says
// so; a build that fails with an exit code (a compile error) is never retried.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const nestCli = createRequire(import.meta.url).resolve('@nestjs/cli/bin/nest.js');

const apps = process.argv.slice(2).length ? process.argv.slice(2) : ['portal', 'worker', 'cli'];
const retriesAfterSignal = 2;

for (const app of apps) {
  for (let attempt = 0; ; attempt++) {
    const run = spawnSync(process.execPath, [nestCli, 'build', app], { stdio: 'inherit' });
    if (run.status === 0) break;
    if (run.signal && attempt < retriesAfterSignal) {
      console.error(`build of ${app} ended by ${run.signal}; building it again`);
      continue;
    }
    console.error(`build of ${app} failed (${run.signal ?? `exit code ${run.status}`})`);
    process.exit(1);
  }
}
