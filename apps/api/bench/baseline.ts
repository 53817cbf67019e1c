import { createHmac, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { Pool } from 'pg';

import { JWT_AUDIENCE, JWT_ISSUER } from '../src/auth/strategies';

// The raw baseline of `npm run bench:http` ("min"): Fastify and node-postgres answering the same
// routes as the app with the least it takes: the bearer token verified (HS256, issuer, audience,
// expiry) and one SELECT that returns what the route's screen needs. No user re-read, no audit, no
// validation layer: the ceiling the app is measured against.

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

const CASE_COLUMNS = `c.id, c.status, c.primary_site AS "primarySite", c.histology,
  c.question_for_board AS "questionForBoard", c.created_at AS "createdAt",
  json_build_object('id', p.id, 'mrn', p.mrn, 'fullName', p.full_name,
                    'birthDate', p.birth_date, 'sex', p.sex) AS patient`;

export async function startBaseline(
  databaseUrl: string,
  jwtSecret: string,
  poolSize: number,
  port = 0,
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
  app.get<{ Params: { id: string } }>('/api/cases/:id', async (request, reply) => {
    if (!authorised(request, reply)) return reply;
    const { rows } = await pool.query(
      `SELECT ${CASE_COLUMNS} FROM board_case c JOIN patient p ON p.id = c.patient_id WHERE c.id = $1`,
      [request.params.id],
    );
    return rows[0] ?? reply.code(404).send({ statusCode: 404, error: 'NOT_FOUND' });
  });
  app.get<{ Querystring: { limit?: string } }>('/api/cases', async (request, reply) => {
    if (!authorised(request, reply)) return reply;
    const limit = Math.min(Number(request.query.limit ?? 20), 100);
    const { rows } = await pool.query(
      `SELECT ${CASE_COLUMNS} FROM board_case c JOIN patient p ON p.id = c.patient_id
        ORDER BY c.created_at DESC, c.id DESC LIMIT $1`,
      [limit + 1],
    );
    return { items: rows.slice(0, limit), nextCursor: rows.length > limit ? 'more' : null };
  });
  app.get<{ Params: { id: string } }>('/api/meetings/:id', async (request, reply) => {
    if (!authorised(request, reply)) return reply;
    const { rows } = await pool.query(
      `SELECT m.id, m.title, m.board_type AS "boardType", m.starts_at AS "startsAt", m.status,
              (SELECT coalesce(json_agg(json_build_object('caseId', a.case_id, 'position', a.position,
                        'patient', json_build_object('fullName', p.full_name, 'mrn', p.mrn))
                      ORDER BY a.position), '[]')
                 FROM agenda_item a JOIN board_case c ON c.id = a.case_id JOIN patient p ON p.id = c.patient_id
                WHERE a.meeting_id = m.id) AS agenda,
              (SELECT coalesce(json_agg(json_build_object('specialistId', t.specialist_id, 'present', t.present)), '[]')
                 FROM attendance t WHERE t.meeting_id = m.id) AS attendance
         FROM meeting m WHERE m.id = $1`,
      [request.params.id],
    );
    return rows[0] ?? reply.code(404).send({ statusCode: 404, error: 'NOT_FOUND' });
  });

  const address = await app.listen({ port, host: '127.0.0.1' });
  return {
    url: address,
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
}

// `node dist/apps/api/bench/baseline.js`: as its own process, like the app, so that neither shares
// an event loop with the load generator. Prints its URL on the first line of standard output.
if (require.main === module) {
  startBaseline(
    process.env.DATABASE_URL as string,
    process.env.JWT_SECRET as string,
    Number(process.env.DATABASE_POOL_SIZE ?? 10),
    Number(process.env.PORT ?? 0),
  ).then(
    ({ url }) => process.stdout.write(`${url}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
}
