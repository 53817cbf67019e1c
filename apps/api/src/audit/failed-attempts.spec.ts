import { Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';

import { Authenticated } from '../auth/decorators';
import { Permission } from '../auth/permissions';
import type { AuditService } from './audit.service';
import { AuditRead } from './audit-read';
import { AuditEntity, FailedAttempts } from './failed-attempts';

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

/** The arguments of `record` but the status and code: the request and the route it reached. */
function attemptOn(
  handler: keyof CasesLikeController,
  method: string,
  params: Record<string, string>,
): [FastifyRequest, { handler: () => void; controller: typeof CasesLikeController }] {
  const request = { method, params, id: 'req-1', ip: '127.0.0.1', user: { id: 'u-1', role: 'clinician' } };
  return [
    request as unknown as FastifyRequest,
    { handler: CasesLikeController.prototype[handler], controller: CasesLikeController },
  ];
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
    await failedAttempts.record(...attemptOn('get', 'GET', { id: CASE_ID }), 404, 'NOT_FOUND');
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
      ...attemptOn('returnToDraft', 'POST', { id: CASE_ID, caseId: NOTE_CASE_ID, token: 'x' }),
      403,
      'NOT_PRESENT',
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
      ...attemptOn('get', 'GET', { id: 'not-a-uuid' }),
      403,
      'PERMISSION_DENIED',
    );
    expect(record.mock.calls[0][1]).toMatchObject({
      entityId: null,
      details: { code: 'PERMISSION_DENIED', permission: 'clinical.read' },
    });
  });

  it('leaves other statuses and routes outside patient data alone', async () => {
    await failedAttempts.record(...attemptOn('get', 'GET', { id: CASE_ID }), 400, 'BAD_REQUEST');
    await failedAttempts.record(...attemptOn('get', 'GET', { id: CASE_ID }), 500, 'INTERNAL_SERVER_ERROR');
    await failedAttempts.record(...attemptOn('get', 'GET', { id: CASE_ID }), 409, 'CONFLICT');
    await failedAttempts.record(...attemptOn('manageUsers', 'GET', { id: CASE_ID }), 404, 'NOT_FOUND');
    await failedAttempts.record(...attemptOn('anyone', 'PUT', { id: CASE_ID }), 403, 'X');
    expect(record).not.toHaveBeenCalled();
  });

  it('never throws when the entry cannot be written, and says so in the log', async () => {
    record.mockRejectedValue(new Error('connection terminated'));
    await expect(
      failedAttempts.record(...attemptOn('get', 'GET', { id: CASE_ID }), 404, 'NOT_FOUND'),
    ).resolves.toBeUndefined();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('connection terminated'));
  });
});
