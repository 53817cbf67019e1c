import 'reflect-metadata';

import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { Pool, type QueryResultRow } from 'pg';
import { DataSource } from 'typeorm';

import { AUDIT_INSERT_SQL } from '../src/audit/audit.service';
import { ACTIVE_USERS_SQL } from '../src/auth/auth.service';
import { JWT_AUDIENCE, JWT_ISSUER } from '../src/auth/strategies';
import { ENTITIES } from '../src/database/data-source';
import { caseStatements } from '../src/modules/cases/case.queries';
import {
  expectedAtMeeting,
  expectedAttendeesSql,
  meetingDetailStatements,
} from '../src/modules/meetings/meeting.queries';
import { settingsSelect } from '../src/modules/settings/settings.service';

// The raw baselines of `npm run bench:http`: Fastify and node-postgres answering the same routes as
// the app, the bearer token verified (HS256, issuer, audience, expiry) and nothing else of the app.
// - "min": one SELECT that returns what the app's answer to the route carries (the same facts,
//   people and inputs of its derived values, as JSON built by PostgreSQL), sent as is. No user
//   re-read, no audit, no validation layer, no domain; prepared, as the app's fixed statements are:
//   the ceiling the app is measured against.
// - "equiv": exactly the statements the app sends for one request, in the same order, prepared as
//   the app prepares them (the app's own statement texts, imported): the account re-read, the reads,
//   the audit INSERT. It answers with the rows as they come: what is left between it and the app is
//   the framework, validation, the domain's derivations and the mapping to DTOs.

function verify(token: string, secret: Buffer): boolean {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return false;
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
    iss?: string;
    aud?: string;
    exp?: number;
  };
  const alg = (JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: string }).alg;
  return (
    alg === 'HS256' &&
    claims.iss === JWT_ISSUER &&
    claims.aud === JWT_AUDIENCE &&
    typeof claims.exp === 'number' &&
    claims.exp * 1000 > Date.now()
  );
}

// What the app's case DTO carries, in one SELECT: every fact of the case, its patient, presenter
// and addressee, and the inputs of its next step (its latest event and the open board whose agenda
// holds it).
const PERSON = (a: string) =>
  `CASE WHEN ${a}.id IS NULL THEN NULL ELSE json_build_object('id', ${a}.id, 'fullName', ${a}.full_name,
     'discipline', ${a}.discipline) END`;
const CASE_SELECT = `SELECT row_to_json(c) AS "case",
    json_build_object('id', p.id, 'mrn', p.mrn, 'fullName', p.full_name, 'birthDate', p.birth_date,
                      'sex', p.sex) AS patient,
    ${PERSON('s')} AS "presentingSpecialist", ${PERSON('tp')} AS "treatingPhysicianSpecialist",
    ev.action, ev.reason, ev.occurred_at AS "occurredAt",
    bm.id AS "meetingId", bm.title AS "meetingTitle", bm.starts_at AS "meetingStartsAt"
  FROM board_case c JOIN patient p ON p.id = c.patient_id
  LEFT JOIN specialist s ON s.id = c.presenting_specialist_id
  LEFT JOIN specialist tp ON tp.id = c.treating_physician_specialist_id
  LEFT JOIN LATERAL (SELECT e.action, e.reason, e.occurred_at FROM case_event e
                      WHERE e.case_id = c.id ORDER BY e.seq DESC LIMIT 1) ev ON true
  LEFT JOIN agenda_item ai ON ai.case_id = c.id AND ai.active
  LEFT JOIN meeting bm ON bm.id = ai.meeting_id`;

// What the app's meeting detail carries, in one SELECT: the meeting and its chair; the agenda with
// each case's facts (its readiness), patient and presenter, and what the board did with it; the
// attendance with each specialist; who is expected (the app's own rule, meeting.queries.ts).
const MEETING_SELECT = `SELECT row_to_json(m) AS meeting, ${PERSON('chair')} AS chair,
    (SELECT coalesce(json_agg(json_build_object('item', row_to_json(a), 'case', row_to_json(c),
              'patient', json_build_object('id', p.id, 'mrn', p.mrn, 'fullName', p.full_name,
                                           'birthDate', p.birth_date),
              'presenter', ${PERSON('ps')},
              'decidedHere', EXISTS (SELECT 1 FROM recommendation r
                                      WHERE r.case_id = a.case_id AND r.meeting_id = a.meeting_id),
              'withdrawnBeforeClose', EXISTS (SELECT 1 FROM case_event e
                                      WHERE e.case_id = a.case_id AND e.action = 'withdraw'
                                        AND e.occurred_at <= coalesce(m.closed_at, 'infinity')))
              ORDER BY a.position, a.added_at), '[]')
       FROM agenda_item a JOIN board_case c ON c.id = a.case_id JOIN patient p ON p.id = c.patient_id
       LEFT JOIN specialist ps ON ps.id = c.presenting_specialist_id
      WHERE a.meeting_id = m.id) AS agenda,
    (SELECT coalesce(json_agg(json_build_object('specialist', ${PERSON('s')}, 'present', t.present,
              'role', t.role, 'recordedAt', t.recorded_at) ORDER BY s.full_name, s.id), '[]')
       FROM attendance t JOIN specialist s ON s.id = t.specialist_id WHERE t.meeting_id = m.id) AS attendance,
    (SELECT coalesce(json_agg(${PERSON('s')} ORDER BY s.discipline, s.full_name, s.id), '[]')
       FROM specialist s WHERE ${expectedAtMeeting('m', 's.id', 's.discipline')}) AS expected
  FROM meeting m JOIN specialist chair ON chair.id = m.chair_specialist_id
 WHERE m.id = $1`;

export type BaselineKind = 'min' | 'equiv';

export async function startBaseline(
  databaseUrl: string,
  jwtSecret: string,
  poolSize: number,
  port = 0,
  kind: BaselineKind = 'min',
): Promise<{
  url: string;
  close: () => Promise<void>;
}> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize });
  const secret = Buffer.from(jwtSecret, 'utf8');
  const app: FastifyInstance = Fastify({ logger: false });
  const authorised = (request: FastifyRequest, reply: FastifyReply): boolean => {
    const header = request.headers.authorization ?? '';
    if (header.startsWith('Bearer ') && verify(header.slice(7), secret)) return true;
    void reply.code(401).send({ statusCode: 401, error: 'UNAUTHORIZED' });
    return false;
  };

  app.get('/api/health', async () => ({ status: 'ok' }));
  if (kind === 'equiv') await equivRoutes(app, pool, secret);
  else minRoutes(app, pool, authorised);

  const address = await app.listen({ port, host: '127.0.0.1' });
  return {
    url: address,
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
}

/** A named prepared statement, as the app runs its fixed statements (database/prepared.ts). */
function prepared<T extends QueryResultRow>(pool: Pool, text: string, values: unknown[]): Promise<T[]> {
  const name = `b${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
  return pool.query<T>({ name, text, values }).then((result) => result.rows);
}

function minRoutes(
  app: FastifyInstance,
  pool: Pool,
  authorised: (request: FastifyRequest, reply: FastifyReply) => boolean,
): void {
  app.get<{ Params: { id: string } }>('/api/cases/:id', async (request, reply) => {
    if (!authorised(request, reply)) return reply;
    const rows = await prepared(pool, `${CASE_SELECT} WHERE c.id = $1`, [request.params.id]);
    return rows[0] ?? reply.code(404).send({ statusCode: 404, error: 'NOT_FOUND' });
  });
  app.get<{ Querystring: { limit?: string } }>('/api/cases', async (request, reply) => {
    if (!authorised(request, reply)) return reply;
    const limit = Math.min(Number(request.query.limit ?? 20), 100);
    // The page size in the text, as the app has it: a generic plan for LIMIT $1 goes parallel.
    const rows = await prepared(
      pool,
      `${CASE_SELECT} ORDER BY c.created_at DESC, c.id DESC LIMIT ${limit + 1}`,
      [],
    );
    return { items: rows.slice(0, limit), nextCursor: rows.length > limit ? 'more' : null };
  });
  app.get<{ Params: { id: string } }>('/api/meetings/:id', async (request, reply) => {
    if (!authorised(request, reply)) return reply;
    const rows = await prepared(pool, MEETING_SELECT, [request.params.id]);
    return rows[0] ?? reply.code(404).send({ statusCode: 404, error: 'NOT_FOUND' });
  });
}

/** The token's subject, or null when it does not verify. */
function subjectOf(request: FastifyRequest, secret: Buffer): string | null {
  const header = request.headers.authorization ?? '';
  if (!header.startsWith('Bearer ') || !verify(header.slice(7), secret)) return null;
  const payload = header.slice(7).split('.')[1];
  return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub: string }).sub;
}

async function equivRoutes(app: FastifyInstance, pool: Pool, secret: Buffer): Promise<void> {
  // The app's statement texts need its entities' metadata only: no connection is opened.
  const metadata = new DataSource({ type: 'postgres', entities: ENTITIES });
  // Protected in the types; public in the class (TypeORM builds metadata this way on initialize).
  await (metadata as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  const cases = caseStatements(metadata);
  const meetings = meetingDetailStatements(metadata);
  const settings = settingsSelect(metadata);
  const expected = expectedAttendeesSql(1);
  // The app's read entry: one row, written on its own.
  const audit = (
    user: { id: string; role: string },
    entityType: string,
    id: string | null,
    details: unknown,
  ) =>
    prepared(pool, AUDIT_INSERT_SQL, [
      [user.id],
      [user.role],
      [randomUUID()],
      [`${entityType}.read`],
      [entityType],
      [id],
      ['success'],
      [details === null ? null : JSON.stringify(details)],
    ]);
  /** The account behind the token, re-read as the app does; null answers 401. */
  const account = async (request: FastifyRequest, reply: FastifyReply) => {
    const sub = subjectOf(request, secret);
    const [user] = sub ? await prepared<{ id: string; role: string }>(pool, ACTIVE_USERS_SQL, [[sub]]) : [];
    if (!user) void reply.code(401).send({ statusCode: 401, error: 'UNAUTHORIZED' });
    return user ?? null;
  };

  app.get<{ Params: { id: string } }>('/api/cases/:id', async (request, reply) => {
    const user = await account(request, reply);
    if (!user) return reply;
    const [row] = await prepared(pool, `${cases.withPeople} WHERE c.id = ANY($1::uuid[])`, [
      [request.params.id],
    ]);
    await audit(user, 'board_case', request.params.id, null);
    return row ?? reply.code(404).send({ statusCode: 404, error: 'NOT_FOUND' });
  });
  app.get<{ Querystring: { limit?: string } }>('/api/cases', async (request, reply) => {
    const user = await account(request, reply);
    if (!user) return reply;
    const limit = Math.min(Number(request.query.limit ?? 20), 100);
    const rows = await prepared<{ id: string }>(
      pool,
      `${cases.withPeople} ORDER BY c.created_at DESC, c.id DESC LIMIT ${limit + 1}`,
      [],
    );
    const items = rows.slice(0, limit);
    const [, next] = await Promise.all([
      prepared(pool, settings, [1]),
      prepared(pool, cases.nextStepRows, [items.map((c) => c.id)]),
    ]);
    await audit(user, 'board_case', null, { listed: items.map((c) => c.id) });
    return { items, next, nextCursor: rows.length > limit ? 'more' : null };
  });
  app.get<{ Params: { id: string } }>('/api/meetings/:id', async (request, reply) => {
    const user = await account(request, reply);
    if (!user) return reply;
    const ids = [request.params.id];
    const [meeting, items, attendance, expectedRows, outcomes] = await Promise.all([
      prepared(pool, meetings.meetings, [ids]),
      prepared(pool, meetings.items, [ids]),
      prepared(pool, meetings.attendance, [ids]),
      prepared(pool, expected, [ids, null]),
      prepared(pool, meetings.outcomes, [ids]),
      prepared(pool, settings, [1]),
    ]);
    await audit(user, 'meeting', request.params.id, null);
    if (meeting.length === 0) return reply.code(404).send({ statusCode: 404, error: 'NOT_FOUND' });
    return { meeting: meeting[0], items, attendance, expected: expectedRows, outcomes };
  });
}

// `node dist/apps/api/bench/baseline.js`: as its own process, like the app, so that neither shares
// an event loop with the load generator. Prints its URL on the first line of standard output.
if (require.main === module) {
  startBaseline(
    process.env.DATABASE_URL as string,
    process.env.JWT_SECRET as string,
    Number(process.env.DATABASE_POOL_SIZE ?? 10),
    Number(process.env.PORT ?? 0),
    process.env.BASELINE_KIND === 'equiv' ? 'equiv' : 'min',
  ).then(
    ({ url }) => process.stdout.write(`${url}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
}
