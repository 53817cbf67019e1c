import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';

import { AuditService } from '@api/audit/audit.service';
import { diffSnapshots } from '@api/audit/diff';
import { notFound } from '@api/common/errors';
import { decodeCursor, Page, pageSize, toPage } from '@api/common/pagination';
import type { RequestContext } from '@api/common/request-context';
import { escapeLike } from '@api/common/sql';
import { InjectConfig, type RuntimeConfig } from '@api/config/config.module';

import { User } from '../users/user.entity';
import type {
  CreateSpecialistDto,
  SpecialistQueryDto,
  UpdateSpecialistDto,
} from './dto/specialist-input.dto';
import { Specialist } from './specialist.entity';
import { specialistHasAccount } from './specialists.errors';

const AUDITED_FIELDS = ['fullName', 'discipline', 'institution', 'subSpecialties'] as const;

function snapshot(specialist: Specialist): Record<string, unknown> {
  return Object.fromEntries(AUDITED_FIELDS.map((f) => [f, specialist[f]]));
}

/** A specialist with the id of its user account, if it has one. */
export interface SpecialistWithUser {
  specialist: Specialist;
  userId: string | null;
}

@Injectable()
export class SpecialistsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  async create(ctx: RequestContext, dto: CreateSpecialistDto): Promise<SpecialistWithUser> {
    return this.dataSource.transaction(async (em) => {
      const specialist = await em.save(
        em.create(Specialist, {
          fullName: dto.fullName,
          discipline: dto.discipline,
          institution: dto.institution ?? this.config.institutionName,
          subSpecialties: dto.subSpecialties ?? [],
        }),
      );
      await this.audit.record(
        ctx,
        {
          action: 'specialist.create',
          entityType: 'specialist',
          entityId: specialist.id,
          details: { after: snapshot(specialist) },
        },
        em,
      );
      return { specialist, userId: null };
    });
  }

  /** Alphabetical by name (then id), optionally one discipline; keyset-paginated. */
  async list(query: SpecialistQueryDto): Promise<Page<SpecialistWithUser>> {
    const limit = pageSize(query);
    const after = decodeCursor(query.cursor);
    const qb = this.dataSource
      .getRepository(Specialist)
      .createQueryBuilder('s')
      .orderBy('s.full_name', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(limit + 1);
    if (query.discipline) qb.andWhere('s.discipline = :discipline', { discipline: query.discipline });
    // A directory of tens to hundreds of people: a scan is cheaper than an index to keep.
    if (query.q) qb.andWhere('lower(s.full_name) LIKE :q', { q: `%${escapeLike(query.q.toLowerCase())}%` });
    if (after) qb.andWhere('(s.full_name, s.id) > (:v, :id)', { v: after.v, id: after.id });
    const page = toPage(await qb.getMany(), limit, (s) => ({ v: s.fullName, id: s.id }));
    const userIds = await this.userIdsOf(
      this.dataSource.manager,
      page.items.map((s) => s.id),
    );
    return {
      items: page.items.map((specialist) => ({ specialist, userId: userIds.get(specialist.id) ?? null })),
      nextCursor: page.nextCursor,
    };
  }

  async get(id: string): Promise<SpecialistWithUser> {
    const specialist = await this.dataSource.getRepository(Specialist).findOneBy({ id });
    if (!specialist) throw notFound('specialist', id);
    const userIds = await this.userIdsOf(this.dataSource.manager, [id]);
    return { specialist, userId: userIds.get(id) ?? null };
  }

  async update(ctx: RequestContext, id: string, dto: UpdateSpecialistDto): Promise<SpecialistWithUser> {
    return this.dataSource.transaction(async (em) => {
      const specialist = await em.findOne(Specialist, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!specialist) throw notFound('specialist', id);
      const userId = (await this.userIdsOf(em, [id])).get(id) ?? null;
      if (dto.discipline !== undefined && dto.discipline !== specialist.discipline && userId) {
        throw specialistHasAccount(id, userId);
      }
      const before = snapshot(specialist);
      if (dto.fullName !== undefined) specialist.fullName = dto.fullName;
      if (dto.discipline !== undefined) specialist.discipline = dto.discipline;
      if (dto.institution !== undefined) specialist.institution = dto.institution;
      if (dto.subSpecialties !== undefined) specialist.subSpecialties = dto.subSpecialties;
      const saved = await em.save(specialist);
      const after = snapshot(saved);
      const change = diffSnapshots(before, after);
      await this.audit.record(
        ctx,
        {
          action: 'specialist.update',
          entityType: 'specialist',
          entityId: id,
          details: {
            before: change.before,
            after: change.after,
          },
        },
        em,
      );
      return { specialist: saved, userId };
    });
  }

  /** specialist id → user id, in one query for a whole page. */
  private async userIdsOf(em: EntityManager, specialistIds: string[]): Promise<Map<string, string>> {
    if (specialistIds.length === 0) return new Map();
    const users = await em.find(User, {
      select: { id: true, specialistId: true },
      where: { specialistId: In(specialistIds) },
    });
    return new Map(users.map((u) => [u.specialistId as string, u.id]));
  }
}
