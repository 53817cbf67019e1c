import 'reflect-metadata';

import { Column, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { BoardCase } from '../modules/cases/board-case.entity';
import { AgendaItem } from '../modules/meetings/agenda-item.entity';
import { Attendance } from '../modules/meetings/attendance.entity';
import { Meeting } from '../modules/meetings/meeting.entity';
import { Patient } from '../modules/patients/patient.entity';
import { InstitutionSettings } from '../modules/settings/institution-settings.entity';
import { Specialist } from '../modules/specialists/specialist.entity';
import { ENTITIES } from './data-source';
import { entitySql } from './entity-sql';

@Entity({ name: 'odd' })
class Odd {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'bigint' }) big!: string;
}

async function metadataOf(entities: DataSource['options']['entities']): Promise<DataSource> {
  // Metadata only: no connection is opened.
  const dataSource = new DataSource({ type: 'postgres', entities });
  // Protected in the types; public in the class (TypeORM builds metadata this way on initialize).
  await (dataSource as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  return dataSource;
}

describe('entitySql', () => {
  it("selects every column of the entity under its property's name, with the casts node-postgres needs", async () => {
    const sql = entitySql(await metadataOf(ENTITIES), BoardCase);
    const columns = sql.columns('c');
    expect(columns).toContain('c."primary_site" AS "primarySite"');
    expect(columns).toContain('c."pdl1_percent"::float8 AS "pdl1Percent"');
    expect(columns).toContain('c."diagnosis_date"::text AS "diagnosisDate"');
    expect(columns).toContain('c."created_at" AS "createdAt"');
    expect(columns.split(' AS ')).toHaveLength(
      (await metadataOf(ENTITIES)).getMetadata(BoardCase).columns.length + 1,
    );
  });

  it('builds the JSON of a joined row, null when the join found none, with its times back as Dates', async () => {
    const sql = entitySql(await metadataOf(ENTITIES), BoardCase);
    expect(sql.json('x')).toMatch(/^CASE WHEN x\."id" IS NULL THEN NULL ELSE json_build_object\('id', x\."id", /);
    expect(sql.fromJson(null)).toBeNull();
    const row = sql.fromJson({ id: 'a', createdAt: '2026-12-01T10:00:00.123+01:00', histology: 'adenocarcinoma' });
    expect(row?.createdAt).toEqual(new Date('2026-12-01T09:00:00.123Z'));
    expect(row?.histology).toBe('adenocarcinoma');
  });

  it('serves the entities of the hot reads, and refuses a column type it would read wrongly', async () => {
    const dataSource = await metadataOf(ENTITIES);
    for (const entity of [BoardCase, Patient, Specialist, Meeting, AgendaItem, Attendance, InstitutionSettings]) {
      expect(() => entitySql(dataSource, entity)).not.toThrow();
    }
    const odd = await metadataOf([Odd]);
    expect(() => entitySql(odd, Odd)).toThrow('entitySql: Odd.big (bigint) is not supported');
  });
});
