import { type Role, ROLES } from '@consilium/domain';

import { hasPermission } from '../src/auth/permissions';
import { createCase, createPatient, patientBody, readyCaseBody } from './support/cases';
import { invalidFields } from './support/inspect';
import { listRoutes, type RouteInfo } from './support/routes';
import { TEST_PASSWORD, TestApp, type TestResponse } from './support/test-app';

// Issue #8 §3 and §5: hostile strings and bodies are refused at the edge with a 4xx, never a 500.

const NUL = 'a\u0000b';
const LONE_SURROGATE = '\ud800';
const BELL = 'a\u0007b';
const HOSTILE = [NUL, LONE_SURROGATE, BELL];
const MISSING = '00000000-0000-4000-8000-000000000000';
// Requests that may fail a login are sent from their own address, so they never lock out the tests'.
const ATTACKER_IP = '192.0.2.66';

const json = { 'content-type': 'application/json' };

/** Percent-encodes a string for a URL; a lone surrogate (not UTF-8) as its WTF-8 bytes. */
function urlEncode(value: string): string {
  let out = '';
  for (const char of value) {
    const c = char.charCodeAt(0);
    if (char.length === 1 && c >= 0xd800 && c <= 0xdfff)
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    else out += encodeURIComponent(char);
  }
  return out;
}

const deepArrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
// `{"email":{"email":...}}`: objects `depth` levels deep.
const deepObjects = (depth: number) => '{"email":'.repeat(depth - 1) + '{}' + '}'.repeat(depth - 1);

function expectFieldRejected(response: TestResponse, field: string) {
  expect({ status: response.status, error: response.body?.error }).toEqual({
    status: 400,
    error: 'VALIDATION_FAILED',
  });
  expect(invalidFields(response.body)).toContain(field);
  expect(response.body.message).toContain(field);
}

describe('hostile input', () => {
  let t: TestApp;
  let admin: { id: string; email: string; token: string };
  let coordinator: { id: string; token: string };
  let clinician: { id: string; email: string; token: string; specialistId: string | null };
  let caseId: string;

  beforeAll(async () => {
    t = await TestApp.create();
    admin = await t.userWithToken('admin');
    coordinator = await t.userWithToken('coordinator');
    clinician = await t.userWithToken('clinician', 'surgery');
    const patient = await createPatient(t, clinician);
    caseId = (await createCase(t, clinician, readyCaseBody(patient.id))).id;
  });
  afterAll(() => t.close());

  describe('strings with NUL, control characters or unpaired surrogates', () => {
    it('refuses a NUL in the login, unauthenticated, as a 400 naming the field', async () => {
      const response = await t.request('POST', '/api/auth/login', {
        body: { email: `${NUL}@hospital.example`, password: 'whatever' },
        ip: ATTACKER_IP,
      });
      expect(response.body).toEqual({
        statusCode: 400,
        error: 'VALIDATION_FAILED',
        message: 'Invalid fields: email',
        details: [{ field: 'email', problems: ['email must not contain control characters'] }],
      });
    });

    it.each(['/api/patients', '/api/cases'])('refuses ?q=a%%00b on %s', async (url) => {
      const response = await t.request('GET', `${url}?q=a%00b`, { token: clinician.token });
      expectFieldRejected(response, 'q');
    });

    it('refuses a lone surrogate in a jsonb field, naming its path, and keeps the stored facts', async () => {
      const response = await t.request('PATCH', `/api/cases/${caseId}`, {
        token: clinician.token,
        body: { priorTreatments: [{ modality: 'systemic_chemotherapy', regimen: LONE_SURROGATE }] },
      });
      expect(response.body).toEqual({
        statusCode: 400,
        error: 'VALIDATION_FAILED',
        message: 'Invalid fields: priorTreatments[0].regimen',
        details: [
          {
            field: 'priorTreatments[0].regimen',
            problems: ['priorTreatments[0].regimen must be well-formed Unicode (no unpaired surrogates)'],
          },
        ],
      });
      const stored = await t.request('GET', `/api/cases/${caseId}`, { token: clinician.token });
      expect(stored.body.priorTreatments[0].regimen).toBe('FOLFOX');
    });

    it('refuses a lone surrogate in an e-mail address (login and new user)', async () => {
      const login = await t.request('POST', '/api/auth/login', {
        body: { email: `a${LONE_SURROGATE}@hospital.example`, password: 'whatever' },
        ip: ATTACKER_IP,
      });
      expectFieldRejected(login, 'email');
      const user = await t.request('POST', '/api/users', {
        token: admin.token,
        body: {
          email: `a${LONE_SURROGATE}@hospital.example`,
          displayName: 'Dr Surrogate',
          role: 'coordinator',
          password: TEST_PASSWORD,
        },
      });
      expectFieldRejected(user, 'email');
    });

    it('refuses a lone surrogate in fullName instead of storing U+FFFD', async () => {
      const body = patientBody({ fullName: `Maria ${LONE_SURROGATE}Jansen` });
      const response = await t.request('POST', '/api/patients', { token: clinician.token, body });
      expectFieldRejected(response, 'fullName');
      const found = await t.request('GET', `/api/patients?q=${body.mrn}`, { token: clinician.token });
      expect(found.body.items).toEqual([]);
    });

    it('names every bad field at any depth, object keys included (shown escaped)', async () => {
      const response = await t.request('PATCH', `/api/cases/${caseId}`, {
        token: clinician.token,
        body: {
          histology: BELL,
          comorbidities: ['ok', `x${NUL}`],
          [`odd\u0000key`]: 1,
          priorTreatments: [{ modality: 'tace' }, { modality: 'tace', regimen: 'x\u007f' }],
        },
      });
      expect(response.status).toBe(400);
      expect(invalidFields(response.body)).toEqual([
        'histology',
        'comorbidities[1]',
        'odd\\u0000key',
        'priorTreatments[1].regimen',
      ]);
      expect(response.body.details[2].problems).toEqual([
        'odd\\u0000key: field names must not contain control characters',
      ]);
    });

    it('refuses a NUL in a path parameter of a public route, naming it', async () => {
      const response = await t.request('GET', '/api/calendar/feeds/a%00b');
      expectFieldRejected(response, 'token');
    });

    it('accepts tab, line feed, carriage return and paired surrogates (an emoji)', async () => {
      const question = 'Resect segment 7?\r\n\tOr ablate? \u{1F914}';
      const response = await t.request('PATCH', `/api/cases/${caseId}`, {
        token: clinician.token,
        body: { questionForBoard: question },
      });
      expect(response.status).toBe(200);
      expect(response.body.questionForBoard).toBe(question);
    });
  });

  describe('bodies', () => {
    it('refuses a 1500-deep body, unauthenticated, with a 400 (not a stack overflow)', async () => {
      for (const payload of [deepArrays(1500), deepObjects(1500)]) {
        const response = await t.request('POST', '/api/auth/login', { headers: json, body: payload });
        expect(response.body).toEqual({
          statusCode: 400,
          error: 'BAD_REQUEST',
          message: 'Body nests objects and arrays deeper than 32 levels',
        });
      }
    });

    it('allows 32 levels and refuses 33', async () => {
      const allowed = await t.request('POST', '/api/auth/login', {
        headers: json,
        body: deepObjects(32),
        ip: ATTACKER_IP,
      });
      expect(allowed.status).toBe(400);
      expect(allowed.body.error).toBe('VALIDATION_FAILED');
      const refused = await t.request('POST', '/api/auth/login', { headers: json, body: deepObjects(33) });
      expect(refused.status).toBe(400);
      expect(refused.body.message).toMatch(/deeper than 32/);
    });

    it('does not count brackets inside strings as nesting', async () => {
      const response = await t.request('PATCH', `/api/cases/${caseId}`, {
        token: clinician.token,
        body: { questionForBoard: '[{'.repeat(100) + '"\\' },
      });
      expect(response.status).toBe(200);
    });

    it('answers 415 to a text/plain body', async () => {
      const response = await t.request('POST', '/api/auth/login', {
        headers: { 'content-type': 'text/plain' },
        body: 'email=a&password=b',
      });
      expect(response.body).toEqual({
        statusCode: 415,
        error: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'Request bodies must be JSON (application/json or application/fhir+json)',
      });
    });

    it('answers 415 to a form-encoded login, even with the right password', async () => {
      const response = await t.request('POST', '/api/auth/login', {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `email=${encodeURIComponent(clinician.email)}&password=${encodeURIComponent(TEST_PASSWORD)}`,
      });
      expect(response.status).toBe(415);
      expect(response.body.error).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(response.body.accessToken).toBeUndefined();
    });

    it.each(['multipart/form-data; boundary=x', 'application/xml', 'application/vnd.api+json'])(
      'answers 415 to a %s body',
      async (contentType) => {
        const response = await t.request('POST', '/api/auth/login', {
          headers: { 'content-type': contentType },
          body: '{}',
        });
        expect(response.status).toBe(415);
      },
    );

    it('answers 415 to a body without a content type, as before', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: Buffer.from('{"email":"a@b.c","password":"x"}'),
      });
      expect(response.statusCode).toBe(415);
    });

    it('accepts JSON with a charset parameter', async () => {
      const response = await t.request('POST', '/api/auth/login', {
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ email: clinician.email, password: TEST_PASSWORD }),
      });
      expect(response.status).toBe(200);
    });

    it('treats a bodiless POST as before: no content type passes, empty JSON is a 400', async () => {
      const patient = await createPatient(t, clinician);
      const id = (await createCase(t, clinician, readyCaseBody(patient.id))).id;
      const emptyJson = await t.request('POST', `/api/cases/${id}/submit`, {
        token: clinician.token,
        headers: json,
      });
      expect(emptyJson.body).toEqual({
        statusCode: 400,
        error: 'BAD_REQUEST',
        message: "Body cannot be empty when content-type is set to 'application/json'",
      });
      // A content type on a request without a body has nothing to refuse.
      const labelled = await t.request('POST', `/api/cases/${id}/submit`, {
        token: clinician.token,
        headers: { 'content-type': 'text/plain' },
      });
      expect(labelled.status).toBe(200);
      const accept = await t.request('POST', `/api/cases/${id}/accept`, { token: coordinator.token });
      expect(accept.status).toBe(200);
    });

    it('keeps prototype-poisoning protection', async () => {
      for (const payload of [
        '{"__proto__":{"admin":true}}',
        '{"constructor":{"prototype":{"admin":true}}}',
      ]) {
        const response = await t.request('POST', '/api/auth/login', { headers: json, body: payload });
        expect(response.body).toEqual({
          statusCode: 400,
          error: 'BAD_REQUEST',
          message: "Body is not valid JSON but content-type is set to 'application/json'",
        });
      }
    });

    it('keeps the 1 MiB body limit (413)', async () => {
      const response = await t.request('POST', '/api/auth/login', {
        headers: json,
        body: JSON.stringify({ email: 'x'.repeat(1024 * 1024), password: 'x' }),
      });
      expect(response.status).toBe(413);
      expect(response.body.error).toBe('PAYLOAD_TOO_LARGE');
    });

    it('refuses a body that is not valid UTF-8 instead of storing U+FFFD', async () => {
      // `{"fullName":"<ED A0 80>"}`: a surrogate encoded as bytes, which UTF-8 forbids.
      const payload = Buffer.concat([
        Buffer.from('{"fullName":"'),
        Buffer.from([0xed, 0xa0, 0x80]),
        Buffer.from('"}'),
      ]);
      const response = await t.app.inject({
        method: 'PATCH',
        url: `/api/patients/${MISSING}`,
        headers: { ...json, authorization: `Bearer ${clinician.token}` },
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        statusCode: 400,
        error: 'BAD_REQUEST',
        message: 'Body is not valid UTF-8',
      });
    });
  });

  // Every operation of the OpenAPI document, every string its request can carry.
  describe('every operation of the OpenAPI document', () => {
    interface Operation {
      method: string;
      path: string;
      parameters: { name: string; in: string; schema?: Schema; required?: boolean }[];
      body?: Schema;
      token?: string;
    }
    interface Schema {
      $ref?: string;
      type?: string;
      format?: string;
      enum?: unknown[];
      example?: unknown;
      items?: Schema;
      properties?: Record<string, Schema>;
      allOf?: Schema[];
      oneOf?: Schema[];
      anyOf?: Schema[];
      minimum?: number;
      minLength?: number;
    }
    type Segment = string | number;

    let operations: Operation[];
    let components: Record<string, Schema>;

    function resolve(schema: Schema): Schema {
      if (schema.$ref) return resolve(components[schema.$ref.replace('#/components/schemas/', '')]);
      const parts = schema.allOf ?? schema.oneOf ?? schema.anyOf;
      if (!parts) return schema;
      const merged: Schema = { ...schema, allOf: undefined, oneOf: undefined, anyOf: undefined };
      for (const part of parts.map(resolve))
        Object.assign(merged, part, { properties: { ...merged.properties, ...part.properties } });
      return merged;
    }

    function isString(schema: Schema): boolean {
      return schema.type === 'string' || (schema.enum?.every((v) => typeof v === 'string') ?? false);
    }

    // A plausible value: the example, the first enum value, or one that fits the type and format.
    function sample(raw: Schema): unknown {
      const schema = resolve(raw);
      if (schema.enum) return schema.enum[0];
      if (schema.example !== undefined && schema.type !== 'object' && schema.type !== 'array')
        return schema.example;
      switch (schema.type) {
        case 'string':
          if (schema.format === 'uuid') return MISSING;
          if (schema.format === 'date') return '2000-01-02';
          if (schema.format === 'date-time') return '2031-01-02T10:00:00Z';
          return 'plausible text'.padEnd(schema.minLength ?? 0, '.');
        case 'number':
        case 'integer':
          return schema.minimum ?? 1;
        case 'boolean':
          return true;
        case 'array':
          return schema.items ? [sample(schema.items)] : [];
        default:
          return Object.fromEntries(
            Object.entries(schema.properties ?? {}).map(([name, property]) => [name, sample(property)]),
          );
      }
    }

    // The paths of every string leaf of a schema (array items at index 0).
    function stringPaths(raw: Schema, prefix: Segment[] = [], seen: string[] = []): Segment[][] {
      if (raw.$ref && seen.includes(raw.$ref)) return [];
      const schema = resolve(raw);
      const nextSeen = raw.$ref ? [...seen, raw.$ref] : seen;
      if (isString(schema)) return [prefix];
      if (schema.type === 'array' && schema.items) return stringPaths(schema.items, [...prefix, 0], nextSeen);
      return Object.entries(schema.properties ?? {}).flatMap(([name, property]) =>
        stringPaths(property, [...prefix, name], nextSeen),
      );
    }

    const fieldName = (path: Segment[]) =>
      path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');

    function withValue(body: unknown, path: Segment[], value: string): unknown {
      const copy = structuredClone(body) as Record<Segment, unknown>;
      let node = copy;
      for (const segment of path.slice(0, -1)) node = node[segment] as Record<Segment, unknown>;
      node[path[path.length - 1]] = value;
      return copy;
    }

    const url = (op: Operation, values: Record<string, string> = {}, query = '') =>
      op.path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? MISSING) + query;

    const send = (op: Operation, target: string, body?: unknown) =>
      t.request(op.method, target, {
        token: op.token,
        ip: ATTACKER_IP,
        ...(body !== undefined ? { body } : {}),
      });

    beforeAll(async () => {
      const tokens: Record<Role, string> = {
        admin: admin.token,
        coordinator: coordinator.token,
        clinician: clinician.token,
      };
      const routes = new Map<string, RouteInfo>(
        listRoutes(t.app).map((r) => [`${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`, r]),
      );
      const document = (await t.request('GET', '/api/docs-json')).body;
      components = document.components.schemas;
      operations = [];
      for (const [path, item] of Object.entries<Record<string, any>>(document.paths))
        for (const [method, op] of Object.entries<any>(item)) {
          const route = routes.get(`${method.toUpperCase()} ${path}`);
          if (!route) throw new Error(`no route for ${method} ${path}`);
          // A role with the route's permission, so that nothing but the input stops the request.
          const role = route.isPublic
            ? undefined
            : ROLES.find((r) => route.permission === 'authenticated' || hasPermission(r, route.permission!));
          operations.push({
            method: method.toUpperCase(),
            path,
            parameters: op.parameters ?? [],
            body: op.requestBody?.content?.['application/json']?.schema,
            token: role ? tokens[role] : undefined,
          });
        }
    });

    it('finds the operations and the string fields of their bodies', () => {
      expect(operations.length).toBeGreaterThan(50);
      const fields = operations.flatMap((op) =>
        op.body ? stringPaths(op.body).map((p) => `${op.method} ${op.path} ${fieldName(p)}`) : [],
      );
      expect(fields).toEqual(
        expect.arrayContaining([
          'POST /api/auth/login email',
          'POST /api/patients fullName',
          'PATCH /api/cases/{id} priorTreatments[0].regimen',
          'PATCH /api/cases/{id} comorbidities[0]',
          'POST /api/cases/{id}/proposals steps[0].details.text',
          'PUT /api/settings/institution quorumDisciplines[0]',
        ]),
      );
    });

    it('answers a plausible body without a 5xx and without a complaint about its strings', async () => {
      const failures: string[] = [];
      for (const op of operations.filter((o) => o.body)) {
        const response = await send(op, url(op), sample(op.body!));
        const complaint = JSON.stringify(response.body?.details ?? '').match(/control characters|surrogates/);
        if (response.status >= 500 || complaint)
          failures.push(`${op.method} ${op.path} -> ${response.status}`);
      }
      expect(failures).toEqual([]);
    });

    it('answers a hostile string in any body field with a 400 naming that field', async () => {
      const failures: string[] = [];
      let sent = 0;
      for (const op of operations.filter((o) => o.body)) {
        const plausible = sample(op.body!);
        for (const path of stringPaths(op.body!))
          for (const hostile of HOSTILE) {
            const field = fieldName(path);
            const response = await send(op, url(op), withValue(plausible, path, hostile));
            sent++;
            const named = response.status === 400 && invalidFields(response.body).includes(field);
            if (!named || response.body.error !== 'VALIDATION_FAILED')
              failures.push(
                `${op.method} ${op.path} ${field}=${JSON.stringify(hostile)} -> ${response.status}`,
              );
          }
      }
      expect(failures).toEqual([]);
      expect(sent).toBeGreaterThan(150);
    });

    it('answers a hostile string in any string query parameter with a 4xx, and 400 naming it', async () => {
      const failures: string[] = [];
      for (const op of operations)
        for (const parameter of op.parameters.filter(
          (p) => p.in === 'query' && p.schema && isString(p.schema),
        ))
          for (const hostile of HOSTILE) {
            const response = await send(op, url(op, {}, `?${parameter.name}=${urlEncode(hostile)}`));
            // A lone surrogate cannot be percent-encoded as UTF-8: the router refuses it or reads the
            // undecodable escape literally; either way it must not be a 5xx.
            const ok =
              hostile === LONE_SURROGATE
                ? response.status < 500
                : response.status === 400 && invalidFields(response.body).includes(parameter.name);
            if (!ok)
              failures.push(
                `${op.method} ${op.path}?${parameter.name}=${JSON.stringify(hostile)} -> ${response.status}`,
              );
          }
      expect(failures).toEqual([]);
    });

    it('answers a hostile string in any path parameter with a 400', async () => {
      const failures: string[] = [];
      for (const op of operations)
        for (const parameter of op.parameters.filter((p) => p.in === 'path'))
          for (const hostile of HOSTILE) {
            const response = await send(
              op,
              url(op, { [parameter.name]: urlEncode(hostile) }),
              op.body ? {} : undefined,
            );
            const ok =
              response.status === 400 &&
              (hostile === LONE_SURROGATE || invalidFields(response.body).includes(parameter.name));
            if (!ok)
              failures.push(
                `${op.method} ${op.path} ${parameter.name}=${JSON.stringify(hostile)} -> ${response.status}`,
              );
          }
      expect(failures).toEqual([]);
    });
  });
});
