import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { calendarDateIn, canonicalTimeZone, INSTITUTION_FIELDS } from '@consilium/domain';
import { AuditService } from '@api/audit/audit.service';
import { diffSnapshots } from '@api/audit/diff';
import { Batcher } from '@api/common/batcher';
import type { RequestContext } from '@api/common/request-context';
import { entitySql } from '@api/database/entity-sql';
import { preparedQuery } from '@api/database/prepared';

import type { UpdateInstitutionSettingsDto } from './dto/institution-settings-input.dto';
import { INSTITUTION_SETTINGS_ID, InstitutionSettings } from './institution-settings.entity';
import { settingsRowMissing } from './settings.errors';


function snapshot(settings: InstitutionSettings): Record<string, unknown> {
  return Object.fromEntries(INSTITUTION_FIELDS.map((f) => [f, settings[f]]));
}

/** The settings row `$1` as fixed SQL from the entity's columns (docs/adr/0020). */
export function settingsSelect(dataSource: DataSource): string {
  return `SELECT ${entitySql(dataSource, InstitutionSettings).columns('s')}
    FROM institution_settings s WHERE s.id = $1`;
}

@Injectable()
export class SettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The institution's settings, read fresh (no in-process cache: instances share one database).
   * Outside a transaction the reads of concurrent requests go together (common/batcher.ts).
   */
  async get(manager?: EntityManager): Promise<InstitutionSettings> {
    const settings = manager
      ? await manager.findOneBy(InstitutionSettings, { id: INSTITUTION_SETTINGS_ID })
      : await this.current.submit(undefined);
    if (!settings) throw settingsRowMissing('institution_settings');
    // A copy each: concurrent requests share the batch's answer.
    return Object.assign(new InstitutionSettings(), settings, {
      quorumDisciplines: [...settings.quorumDisciplines],
    });
  }

  // Read by most requests: fixed SQL from the entity's columns, prepared (database/prepared.ts).
  private readonly current = new Batcher<undefined, InstitutionSettings | null>(async (calls) => {
    this.currentSelect ??= settingsSelect(this.dataSource);
    const [settings] = await preparedQuery<InstitutionSettings>(this.dataSource, this.currentSelect, [
      INSTITUTION_SETTINGS_ID,
    ]);
    return calls.map(() => settings ?? null);
  });
  private currentSelect?: string;

  /** Today's calendar date in the institution's time zone, with the settings it was read from. */
  async today(
    manager?: EntityManager,
    now = new Date(),
  ): Promise<{ today: string; settings: InstitutionSettings }> {
    const settings = await this.get(manager);
    return { today: calendarDateIn(now, settings.timeZone), settings };
  }

  async update(ctx: RequestContext, dto: UpdateInstitutionSettingsDto): Promise<InstitutionSettings> {
    return this.dataSource.transaction(async (em) => {
      const settings = await em.findOne(InstitutionSettings, {
        where: { id: INSTITUTION_SETTINGS_ID },
        lock: { mode: 'pessimistic_write' },
      });
      if (!settings) throw settingsRowMissing('institution_settings');
      const before = snapshot(settings);
      settings.imagingWindowDays = dto.imagingWindowDays;
      settings.timeZone = canonicalTimeZone(dto.timeZone);
      settings.quorumDisciplines = dto.quorumDisciplines;
      settings.followUpOverdueDays = dto.followUpOverdueDays;
      settings.letterLanguage = dto.letterLanguage;
      settings.deputySigning = dto.deputySigning;
      settings.mrnSystem = dto.mrnSystem;
      const saved = await em.save(settings);
      const after = snapshot(saved);
      const change = diffSnapshots(before, after);
      await this.audit.record(
        ctx,
        {
          action: 'settings.update',
          entityType: 'institution_settings',
          details: {
            before: change.before,
            after: change.after,
          },
        },
        em,
      );
      return saved;
    });
  }
}
