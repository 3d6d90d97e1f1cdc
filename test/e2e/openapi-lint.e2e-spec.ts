import spectralCore from '@stoplight/spectral-core';
import spectralParsers from '@stoplight/spectral-parsers';
import spectralRulesets from '@stoplight/spectral-rulesets';
import request from 'supertest';
import { testEnvironment } from '../support/environment';
import { RunningPortal, startPortal } from '../support/portal';

const { Document, Spectral } = spectralCore;
const { oas } = spectralRulesets;

/** Spectral's severities: 0 error, 1 warning, 2 info, 3 hint. */
const ERROR = 0;
const WARNING = 1;
/** Warnings allowed: none any more (the ratchet reached zero; errors were never allowed). */
const WARNING_CEILING = 0;

/**
 * The API description read by Spectral's `oas` ruleset, the linter an outside reviewer runs:
 * no errors (equivalent path templates, examples of the wrong type, nullable strings
 * documented as objects …) and no warnings (every operation described and tagged).
 */
describe('the OpenAPI description under Spectral’s oas ruleset', () => {
  let portal: RunningPortal;

  beforeAll(async () => {
    portal = await startPortal(await testEnvironment('embedded'));
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('has no errors and no warnings', async () => {
    const described = await request(portal.url).get('/api/docs-json').expect(200);
    const spectral = new Spectral();
    spectral.setRuleset(oas as never);
    const findings = await spectral.run(
      new Document(JSON.stringify(described.body), spectralParsers.Json, 'openapi.json'),
    );
    const byRule = new Map<string, number>();
    for (const finding of findings) {
      const key = `${finding.severity === ERROR ? 'error' : 'warning'} ${String(finding.code)}`;
      byRule.set(key, (byRule.get(key) ?? 0) + 1);
    }
    console.log(
      `Spectral oas: ${[...byRule].map(([rule, count]) => `${count} ${rule}`).join(', ') || 'clean'}`,
    );
    const errors = findings.filter((finding) => finding.severity === ERROR);
    expect(
      errors.map(
        (finding) => `${String(finding.code)} at ${finding.path.join('.')}: ${finding.message}`,
      ),
    ).toEqual([]);
    expect(findings.filter((finding) => finding.severity === WARNING).length).toBeLessThanOrEqual(
      WARNING_CEILING,
    );
  });
});
