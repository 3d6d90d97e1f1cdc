import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';

/**
 * The door page's QR reader is jsQR as published, served by the portal itself (strict
 * CSP, no external script). The copy under public/vendor must be the installed
 * package's file, so upgrading the package in package.json and forgetting the copy fails.
 */
describe('vendored browser libraries', () => {
  it('serves the installed jsQR, byte for byte', () => {
    const installed = createRequire(join(process.cwd(), 'package.json')).resolve(
      'jsqr/dist/jsQR.js',
    );
    const served = join(process.cwd(), 'apps/portal/public/vendor/jsqr.js');
    expect(readFileSync(served).equals(readFileSync(installed))).toBe(true);
  });
});
