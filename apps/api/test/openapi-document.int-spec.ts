import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

import { OpenApiContract, type OpenApiDocument } from './support/openapi-contract';
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

  // TestApp.request() checks every response against this document; these show that the check bites.
  describe('the response check', () => {
    let contract: OpenApiContract;
    const json = 'application/json; charset=utf-8';
    const error = (details: unknown) => ({
      statusCode: 400,
      error: 'VALIDATION_FAILED',
      message: 'm',
      details,
    });

    beforeAll(async () => {
      contract = new OpenApiContract((await t.request('GET', '/api/docs-json')).body as OpenApiDocument);
    });

    const check = (method: string, url: string, status: number, body: unknown, contentType = json) =>
      contract.check({ method, url, status, contentType, body, rawBody: JSON.stringify(body) });
    const id = '00000000-0000-4000-8000-000000000000';

    it('accepts a documented error, with per-field problems or rule details', () => {
      expect(check('POST', '/api/cases', 400, error([{ field: 'mrn', problems: ['x'] }]))).toEqual([]);
      expect(check('POST', `/api/cases/${id}/submit`, 409, error({ state: 'draft' }))).toEqual([]);
    });

    it('rejects a body that does not match, an undocumented status and a wrong content type', () => {
      expect(check('POST', '/api/cases', 400, { statusCode: 400 })).toEqual([
        expect.stringContaining("must have required property 'error'"),
      ]);
      expect(check('GET', '/api/modalities', 404, error(undefined))).toEqual([
        'GET /api/modalities 404: status not documented',
      ]);
      expect(check('GET', `/api/cases/${id}/recommendation.html`, 200, '<p>', json)).toEqual([
        expect.stringContaining('content type'),
      ]);
    });

    it('takes a null only where the document says so', () => {
      expect(check('GET', `/api/cases/${id}`, 200, { id: null })).toEqual([
        expect.stringContaining('/id must be string'),
      ]);
    });

    it('accepts a route the document does not have only with the error shape', () => {
      expect(check('GET', '/api/nowhere', 404, error(undefined))).toEqual([]);
      expect(check('DELETE', '/api/modalities', 405, error(undefined))).toEqual([]);
      expect(check('GET', '/api/nowhere', 404, { oops: true })).toEqual([
        expect.stringContaining('error body does not match'),
      ]);
      expect(check('GET', '/api/nowhere', 200, {})).toEqual(['an undocumented route answered 200']);
    });
  });
});
