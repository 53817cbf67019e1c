import { BadRequestException, type CallHandler, Logger, NotFoundException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { lastValueFrom, throwError } from 'rxjs';

import { Authenticated } from '../auth/decorators';
import { Permission } from '../auth/permissions';
import { DomainError, forbidden, notFound } from '../common/errors';
import type { AuditService } from './audit.service';
import { AuditRead } from './audit-read.interceptor';
import { AuditEntity, FailedAttempts, FailedAttemptsInterceptor } from './failed-attempts';

const CASE_ID = '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const NOTE_CASE_ID = '7a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d';

@AuditEntity('board_case')
class CasesLikeController {
  @Authenticated({ permission: Permission.ClinicalRead })
  @AuditRead('board_case')
  get(): void {}

  @Authenticated({ permission: Permission.CasesTriage })
  returnToDraft(): void {}

  @Authenticated({ permission: Permission.UsersManage })
  manageUsers(): void {}

  @Authenticated()
  anyone(): void {}
}

function contextFor(handler: keyof CasesLikeController, method: string, params: Record<string, string>) {
  const request = { method, params, id: 'req-1', ip: '127.0.0.1', user: { id: 'u-1', role: 'clinician' } };
  return new ExecutionContextHost([request, {}], CasesLikeController, CasesLikeController.prototype[handler]);
}

describe('FailedAttempts', () => {
  let record: jest.Mock<Promise<void>, Parameters<AuditService['record']>>;
  let failedAttempts: FailedAttempts;
  let logged: jest.SpyInstance;

  beforeEach(() => {
    record = jest.fn<Promise<void>, Parameters<AuditService['record']>>().mockResolvedValue(undefined);
    failedAttempts = new FailedAttempts(new Reflector(), { record } as unknown as AuditService);
    logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => logged.mockRestore());

  it('records a 404 on a read of patient data as a failure, with the id from the path', async () => {
    await failedAttempts.record(contextFor('get', 'GET', { id: CASE_ID }), notFound('case', CASE_ID));
    expect(record).toHaveBeenCalledWith(expect.objectContaining({ requestId: 'req-1' }), {
      action: 'board_case.read',
      entityType: 'board_case',
      entityId: CASE_ID,
      outcome: 'failure',
      details: { code: 'NOT_FOUND' },
    });
  });

  it('records a 403 on a write as denied, named after the handler, with the other ids of the path', async () => {
    await failedAttempts.record(
      contextFor('returnToDraft', 'POST', { id: CASE_ID, caseId: NOTE_CASE_ID, token: 'x' }),
      forbidden('NOT_PRESENT', 'not present'),
    );
    expect(record.mock.calls[0][1]).toEqual({
      action: 'board_case.return_to_draft',
      entityType: 'board_case',
      entityId: CASE_ID,
      outcome: 'denied',
      details: { caseId: NOTE_CASE_ID, code: 'NOT_PRESENT' },
    });
  });

  it('names the permission of a permission refusal, and records no id that is not a UUID', async () => {
    await failedAttempts.record(
      contextFor('get', 'GET', { id: 'not-a-uuid' }),
      new DomainError(403, 'PERMISSION_DENIED', 'requires permission clinical.read'),
    );
    expect(record.mock.calls[0][1]).toMatchObject({
      entityId: null,
      details: { code: 'PERMISSION_DENIED', permission: 'clinical.read' },
    });
  });

  it('leaves other errors and routes outside patient data alone', async () => {
    await failedAttempts.record(contextFor('get', 'GET', { id: CASE_ID }), new BadRequestException());
    await failedAttempts.record(contextFor('get', 'GET', { id: CASE_ID }), new Error('boom'));
    await failedAttempts.record(contextFor('manageUsers', 'GET', { id: CASE_ID }), notFound('user', CASE_ID));
    await failedAttempts.record(contextFor('anyone', 'PUT', { id: CASE_ID }), forbidden('X', 'x'));
    expect(record).not.toHaveBeenCalled();
    // A framework 404 counts too.
    await failedAttempts.record(contextFor('get', 'GET', { id: CASE_ID }), new NotFoundException());
    expect(record.mock.calls[0][1]).toMatchObject({ outcome: 'failure', details: { code: 'NOT_FOUND' } });
  });

  it('never throws when the entry cannot be written, and says so in the log', async () => {
    record.mockRejectedValue(new Error('connection terminated'));
    await expect(
      failedAttempts.record(contextFor('get', 'GET', { id: CASE_ID }), notFound('case', CASE_ID)),
    ).resolves.toBeUndefined();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('connection terminated'));
  });
});

describe('FailedAttemptsInterceptor', () => {
  it('rethrows the handler error itself, after recording, even when recording fails', async () => {
    const failedAttempts = { record: jest.fn<Promise<void>, unknown[]>() };
    const interceptor = new FailedAttemptsInterceptor(failedAttempts as unknown as FailedAttempts);
    const original = notFound('case', CASE_ID);
    const next: CallHandler = { handle: () => throwError(() => original) };
    const context = contextFor('get', 'GET', { id: CASE_ID });

    failedAttempts.record.mockResolvedValue(undefined);
    await expect(lastValueFrom(interceptor.intercept(context, next))).rejects.toBe(original);
    expect(failedAttempts.record).toHaveBeenCalledWith(context, original);

    failedAttempts.record.mockRejectedValue(new Error('connection terminated'));
    await expect(lastValueFrom(interceptor.intercept(context, next))).rejects.toBe(original);
  });
});
