import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';

import type { Discipline } from '@consilium/domain';
import { AuditService } from '@api/audit/audit.service';
import { diffSnapshots } from '@api/audit/diff';
import { hashPassword } from '@api/auth/password';
import { isUniqueViolation, notFound } from '@api/common/errors';
import { decodeCursor, Page, pageSize, toPage } from '@api/common/pagination';
import { actorOf, type RequestContext } from '@api/common/request-context';
import { escapeLike } from '@api/common/sql';
import { InjectConfig, type RuntimeConfig } from '@api/config/config.module';

import { Specialist } from '../specialists/specialist.entity';
import type { CreateUserDto, UpdateUserDto, UserQueryDto } from './dto/user-input.dto';
import { User } from './user.entity';
import {
  cannotDemoteSelf,
  disciplineMismatch,
  disciplineOnlyForClinicians,
  disciplineRequired,
  emailTaken,
  lastAdmin,
  specialistAlreadyLinked,
  specialistOnlyForClinicians,
} from './users.errors';

const AUDITED_FIELDS = ['email', 'displayName', 'role', 'discipline', 'specialistId', 'active'] as const;

function snapshot(user: User): Record<string, unknown> {
  return Object.fromEntries(AUDITED_FIELDS.map((f) => [f, user[f]]));
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @InjectConfig() private readonly config: RuntimeConfig,
  ) {}

  async create(ctx: RequestContext | null, dto: CreateUserDto): Promise<User> {
    const passwordHash = await hashPassword(dto.password);
    try {
      return await this.dataSource.transaction(async (em) => {
        const specialistId =
          dto.role === 'clinician'
            ? await this.specialistFor(em, dto.discipline as Discipline, dto.displayName, dto.specialistId)
            : null;
        if (dto.role !== 'clinician' && dto.specialistId) {
          throw specialistOnlyForClinicians();
        }
        const user = await em.save(
          em.create(User, {
            email: dto.email.toLowerCase(),
            displayName: dto.displayName,
            role: dto.role,
            discipline: dto.role === 'clinician' ? (dto.discipline ?? null) : null,
            specialistId,
            passwordHash,
            active: true,
          }),
        );
        await this.audit.record(
          ctx,
          {
            action: 'user.create',
            entityType: 'user',
            entityId: user.id,
            details: { after: snapshot(user) },
          },
          em,
        );
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'app_user_email_lower_key')) {
        throw emailTaken(dto.email.toLowerCase());
      }
      if (isUniqueViolation(error, 'app_user_specialist_id_key')) {
        throw specialistAlreadyLinked();
      }
      throw error;
    }
  }

  async list(query: UserQueryDto): Promise<Page<User>> {
    const limit = pageSize(query);
    const after = decodeCursor(query.cursor);
    const qb = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .orderBy('u.created_at', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(limit + 1);
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.active !== undefined) qb.andWhere('u.active = :active', { active: query.active });
    // Staff accounts number in the hundreds: a scan of the table is cheaper than an index to keep.
    if (query.q) {
      qb.andWhere(`(lower(u.display_name) LIKE :q OR lower(u.email) LIKE :q)`, {
        q: `%${escapeLike(query.q.toLowerCase())}%`,
      });
    }
    if (after) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('u.created_at > :v', { v: after.v })
            .orWhere('u.created_at = :v AND u.id > :id', { id: after.id }),
        ),
      );
    }
    const rows = await qb.getMany();
    return toPage(rows, limit, (u) => ({ v: u.createdAt.toISOString(), id: u.id }));
  }

  async get(id: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user) throw notFound('user', id);
    return user;
  }

  async update(ctx: RequestContext, id: string, dto: UpdateUserDto): Promise<User> {
    const passwordHash = dto.password ? await hashPassword(dto.password) : undefined;
    return this.dataSource.transaction(async (em) => {
      // Lock the active admins first, always in the same order, so that concurrent changes (two
      // admins demoting each other) queue up instead of deadlocking or leaving no admin.
      await em.query(`SELECT id FROM app_user WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`);
      const user = await em.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('user', id);
      const before = snapshot(user);
      const role = dto.role ?? user.role;
      const active = dto.active ?? user.active;

      if (id === actorOf(ctx).id && (active === false || role !== 'admin')) {
        throw cannotDemoteSelf();
      }
      if (user.role === 'admin' && user.active && (role !== 'admin' || !active)) {
        await this.assertAnotherActiveAdmin(em, id);
      }

      if (role === 'clinician') {
        const discipline = dto.discipline ?? user.discipline;
        if (!discipline) {
          throw disciplineRequired();
        }
        user.specialistId ??= await this.specialistFor(em, discipline, dto.displayName ?? user.displayName);
        if (discipline !== user.discipline)
          await em.update(Specialist, { id: user.specialistId }, { discipline });
        user.discipline = discipline;
      } else {
        if (dto.discipline) {
          throw disciplineOnlyForClinicians();
        }
        // The specialist profile stays (it is referenced by clinical records); only the link goes.
        user.discipline = null;
        user.specialistId = null;
      }
      user.role = role;
      user.active = active;
      if (dto.displayName !== undefined) user.displayName = dto.displayName;
      if (passwordHash) {
        user.passwordHash = passwordHash;
        // Ends every token issued before: a reset after a suspected compromise must lock the old holder out.
        user.tokenVersion += 1;
      }
      const saved = await em.save(user);

      const after = snapshot(saved);
      const change = diffSnapshots(before, after);
      await this.audit.record(
        ctx,
        {
          action: 'user.update',
          entityType: 'user',
          entityId: id,
          details: {
            before: change.before,
            after: change.after,
            passwordChanged: Boolean(passwordHash),
          },
        },
        em,
      );
      return saved;
    });
  }

  private async assertAnotherActiveAdmin(em: EntityManager, exceptId: string): Promise<void> {
    const admins = await em
      .createQueryBuilder(User, 'u')
      .where("u.role = 'admin' AND u.active AND u.id <> :id", { id: exceptId })
      .getCount();
    if (admins === 0) throw lastAdmin();
  }

  /** The specialist profile for a clinician: an existing one by id, or a new one. */
  private async specialistFor(
    em: EntityManager,
    discipline: Discipline,
    fullName: string,
    existingId?: string,
  ): Promise<string> {
    if (existingId) {
      const specialist = await em.findOneBy(Specialist, { id: existingId });
      if (!specialist) throw notFound('specialist', existingId);
      if (specialist.discipline !== discipline) {
        throw disciplineMismatch(existingId, specialist.discipline, discipline);
      }
      return specialist.id;
    }
    const specialist = await em.save(
      em.create(Specialist, {
        fullName,
        discipline,
        institution: this.config.institutionName,
        subSpecialties: [],
      }),
    );
    return specialist.id;
  }
}
