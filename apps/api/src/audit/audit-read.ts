import { SetMetadata } from '@nestjs/common';

import type { ClinicalEntityType } from './clinical';

export const AUDIT_READ_KEY = 'consilium:audit-read';

export interface AuditReadOptions {
  entityType: ClinicalEntityType;
  /** Route parameter holding the entity id; default `id`. */
  param?: string;
}

/**
 * Records a successful read of patient data in the audit log. One line per route:
 * `@AuditRead('patient')`. The response is sent only once the entry is written (fail closed). A
 * list read is recorded with the ids of the entities it returned. A refused or missed read is
 * recorded as a failed attempt. Both are written by the audit hooks (audit-hooks.ts).
 */
export const AuditRead = (
  entityType: ClinicalEntityType,
  options: Omit<AuditReadOptions, 'entityType'> = {},
) => SetMetadata(AUDIT_READ_KEY, { entityType, ...options } satisfies AuditReadOptions);
