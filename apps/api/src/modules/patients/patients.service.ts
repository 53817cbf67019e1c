import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '@api/audit/audit.service';
import { isUniqueViolation, notFound } from '@api/common/errors';
import { decodeCursor, Page, pageSize, toPage } from '@api/common/pagination';
import { actorOf, type RequestContext } from '@api/common/request-context';
import { escapeLike } from '@api/common/sql';
import { InjectConfig, type RuntimeConfig } from '@api/config/config.module';

import { BoardCase } from '../cases/board-case.entity';
import type { CreatePatientDto, PatientQueryDto, UpdatePatientDto } from './dto/patient-input.dto';
import { Patient } from './patient.entity';
import { mrnTaken } from './patients.errors';

export type PatientCaseSummary = Pick<BoardCase, 'id' | 'status' | 'primarySite' | 'createdAt'>;

/** A patient and a summary of their cases, newest first. */
export interface PatientWithCases {
  patient: Patient;
  cases: PatientCaseSummary[];
}

// A search reads one page per word that contains `q`; beyond this many words it scans the matches.
const MAX_SEARCH_WORDS = 100;

@Injectable()
export class PatientsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  async create(ctx: RequestContext, dto: CreatePatientDto): Promise<Patient> {
    return this.dataSource.transaction(async (em) => {
      const id = await this.createIn(em, ctx, dto);
      if (!id) {
        const existing = await this.findByMrn(em, dto.mrn);
        throw mrnTaken({ patientId: existing?.id ?? null });
      }
      return em.findOneByOrFail(Patient, { id });
    });
  }

  /** Registers a patient inside the caller's transaction; its id, or null when the MRN is taken. */
  async createIn(em: EntityManager, ctx: RequestContext, dto: CreatePatientDto): Promise<string | null> {
    // ON CONFLICT DO NOTHING rather than catching the unique violation: a failed query is logged
    // with its parameters, which here are the patient's identifiers.
    const inserted = await em
      .createQueryBuilder()
      .insert()
      .into(Patient)
      .values({
        institution: this.config.institutionName,
        mrn: dto.mrn,
        fullName: dto.fullName,
        birthDate: dto.birthDate,
        sex: dto.sex,
        createdById: actorOf(ctx).id,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id ?? null;
    // No identifiers in the audit details: the entry points at the patient by id.
    if (id)
      await this.audit.record(ctx, { action: 'patient.create', entityType: 'patient', entityId: id }, em);
    return id;
  }

  /** The institution's patient with this MRN, if any. */
  findByMrn(em: EntityManager, mrn: string): Promise<Patient | null> {
    return em.findOne(Patient, { where: { institution: this.config.institutionName, mrn } });
  }

  /**
   * Corrects a registration. The audit entry names the changed fields but not their values: the
   * audit log points at the patient by id and holds no identifiers.
   */
  async update(ctx: RequestContext, id: string, dto: UpdatePatientDto): Promise<Patient> {
    try {
      return await this.dataSource.transaction(async (em) => {
        const patient = await em.findOne(Patient, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!patient) throw notFound('patient', id);
        const fields = (['mrn', 'fullName', 'birthDate', 'sex'] as const).filter(
          (f) => dto[f] !== undefined && dto[f] !== patient[f],
        );
        if (fields.length === 0) return patient;
        if (
          dto.mrn !== undefined &&
          fields.includes('mrn') &&
          (await em.exists(Patient, { where: { institution: patient.institution, mrn: dto.mrn } }))
        ) {
          throw mrnTaken();
        }
        for (const f of fields) Object.assign(patient, { [f]: dto[f] });
        const saved = await em.save(patient);
        await this.audit.record(
          ctx,
          {
            action: 'patient.update',
            entityType: 'patient',
            entityId: id,
            details: { changedFields: fields },
          },
          em,
        );
        return saved;
      });
    } catch (error) {
      // A concurrent registration took the MRN between the check and the update.
      if (isUniqueViolation(error, 'patient_institution_mrn_key')) {
        throw mrnTaken();
      }
      throw error;
    }
  }

  /**
   * By name, then id. `q` matches an MRN prefix or a case-insensitive part of the name. A part
   * within one word (no space in `q`) is found through the name words (migration
   * PatientNameWords): the few words that contain it, each read in name order up to one page, so
   * the page costs what it holds at any table size. A part spanning words, or one that too many
   * words contain, is found through the trigram index on the name, collecting every match.
   */
  async list(query: PatientQueryDto): Promise<Page<Patient>> {
    const limit = pageSize(query);
    const after = decodeCursor(query.cursor);
    const qb = this.dataSource
      .getRepository(Patient)
      .createQueryBuilder('p')
      .orderBy('p.full_name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit + 1);
    if (after) qb.andWhere('(p.full_name, p.id) > (:v, :id)', { v: after.v, id: after.id });
    if (query.q) {
      const q = escapeLike(query.q);
      const params = { mrnPrefix: `${q.toUpperCase()}%`, namePart: `%${q.toLowerCase()}%` };
      const words = /\s/.test(query.q) ? null : await this.wordsContaining(params.namePart);
      const keyset = (name: string, id: string) => (after ? ` AND (${name}, ${id}) > (:v, :id)` : '');
      const page = `ORDER BY m.full_name, m.id LIMIT ${limit + 1}`;
      const byMrn = `SELECT x.id, x.full_name FROM patient x WHERE x.mrn LIKE :mrnPrefix${keyset('x.full_name', 'x.id')}`;
      if (words) {
        // The first page of each word in name order (patient_name_word_pkey), then the page of all.
        qb.andWhere(
          `p.id IN (SELECT m.id FROM (
             SELECT w.patient_id AS id, w.full_name FROM unnest(CAST(:words AS text[])) AS v(word)
               CROSS JOIN LATERAL (
                 SELECT nw.patient_id, nw.full_name FROM patient_name_word nw
                  WHERE nw.word = v.word${keyset('nw.full_name', 'nw.patient_id')}
                  ORDER BY nw.full_name, nw.patient_id LIMIT ${limit + 1}) w
             UNION (${byMrn} ORDER BY x.full_name, x.id LIMIT ${limit + 1})) m ${page})`,
          { ...params, words },
        );
      } else {
        // Every match through the MRN pattern and trigram indexes, then the page (OFFSET 0 keeps
        // the planner from walking the name-ordered index, where names sharing a part sit together).
        qb.andWhere(
          `p.id IN (SELECT m.id FROM (SELECT x.id, x.full_name FROM patient x
                     WHERE (x.mrn LIKE :mrnPrefix OR lower(x.full_name) LIKE :namePart)${keyset('x.full_name', 'x.id')}
                     OFFSET 0) m ${page})`,
          params,
        );
      }
    }
    return toPage(await qb.getMany(), limit, (p) => ({ v: p.fullName, id: p.id }));
  }

  /** The name words that contain `pattern` (a LIKE pattern), or null when more than a search reads. */
  private async wordsContaining(pattern: string): Promise<string[] | null> {
    const rows: { word: string }[] = await this.dataSource.query(
      `SELECT word FROM name_word WHERE word LIKE $1 LIMIT ${MAX_SEARCH_WORDS + 1}`,
      [pattern],
    );
    return rows.length > MAX_SEARCH_WORDS ? null : rows.map((r) => r.word);
  }

  /** The patient and a summary of their cases, newest first (one query each). */
  async get(id: string): Promise<PatientWithCases> {
    const patient = await this.dataSource.getRepository(Patient).findOneBy({ id });
    if (!patient) throw notFound('patient', id);
    const cases = await this.dataSource.getRepository(BoardCase).find({
      select: { id: true, status: true, primarySite: true, createdAt: true },
      where: { patientId: id },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    return { patient, cases };
  }
}
