import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

import { TestApp } from './support/test-app';

// The committed OpenAPI document is the contract the web app's client types are generated from
// (apps/web/src/api/schema.d.ts). This test fails when the API's metadata no longer produces it;
// `npm run openapi` runs it with OPENAPI_UPDATE=1 to rewrite the file, then regenerates the types.
const DOCUMENT = path.resolve(__dirname, '../openapi.json');

type Document = { paths?: Record<string, unknown>; components?: { schemas?: Record<string, unknown> } };

/** Which paths and schemas differ, so the failure says where to look. */
function differences(committed: Document, served: Document): string[] {
  const changed = (kind: string, a: Record<string, unknown> = {}, b: Record<string, unknown> = {}) =>
    [...new Set([...Object.keys(a), ...Object.keys(b)])]
      .filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
      .map((key) => `${kind} ${key}`);
  const found = [
    ...changed('path', committed.paths, served.paths),
    ...changed('schema', committed.components?.schemas, served.components?.schemas),
  ];
  return found.length > 0 ? found : ['(outside paths and schemas)'];
}

describe('the committed OpenAPI document', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.create();
  });
  afterAll(() => t.close());

  it('is what the API serves at /api/docs-json', async () => {
    const response = await t.request('GET', '/api/docs-json');
    expect(response.status).toBe(200);
    const served = response.body as Document;
    if (process.env.OPENAPI_UPDATE === '1') {
      writeFileSync(DOCUMENT, `${JSON.stringify(served, null, 2)}\n`);
      return;
    }
    let committed: Document = {};
    try {
      committed = JSON.parse(readFileSync(DOCUMENT, 'utf8')) as Document;
    } catch {
      // A missing or broken file fails below with the same advice.
    }
    // Compared as data, not text: formatting the file (npm run format) changes nothing.
    if (JSON.stringify(committed) !== JSON.stringify(served)) {
      throw new Error(
        'apps/api/openapi.json differs from the document the API serves: run `npm run openapi` and commit ' +
          `apps/api/openapi.json and apps/web/src/api/schema.d.ts.\nDiffering: ${differences(committed, served).slice(0, 20).join(', ')}`,
      );
    }
  });
});
