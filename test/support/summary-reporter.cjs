// Prints the one closing line the CI host reads: "N passed, N failed".
// It also writes the counts to test/artifacts/summary.json so .ci/run can add them up.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const passed = results.numPassedTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const dir = join(process.cwd(), 'test', 'artifacts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'summary.json'),
      JSON.stringify({ passed, failed, skipped: results.numPendingTests }),
    );
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  }
}
module.exports = SummaryReporter;
