import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { API_DESCRIPTION_FILE } from '../support/api-contract';

/**
 * The committed client types (test/generated/api-types.ts) are what the description of the
 * built portal generates today (written by the e2e global setup): a DTO changed without
 * `npm run api:types` fails here, and the journey through the client
 * (api-client-journey.e2e-spec.ts) is type-checked against the new types once regenerated.
 */

const run = promisify(execFile);
const checkTypesAgainst = (description: string) =>
  run(process.execPath, [join('scripts', 'api-types.mjs'), '--check', description]);

describe('the generated API client types', () => {
  it('are what the current API description generates', async () => {
    await expect(checkTypesAgainst(API_DESCRIPTION_FILE)).resolves.toBeDefined();
  });

  it('are found out of date when the description changes', async () => {
    const description = JSON.parse(readFileSync(API_DESCRIPTION_FILE, 'utf8')) as {
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    // A field of a response renamed on the server, as a DTO change would describe it.
    const created = description.components.schemas.CreatedEntryResponse.properties;
    created.entryCode = created.code;
    delete created.code;
    const dir = mkdtempSync(join(tmpdir(), 'scp-api-types-'));
    try {
      const changed = join(dir, 'openapi.json');
      writeFileSync(changed, JSON.stringify(description));
      await expect(checkTypesAgainst(changed)).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining('npm run api:types') as unknown,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
