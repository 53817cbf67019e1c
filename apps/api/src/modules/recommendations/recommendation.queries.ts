import type { EntityManager } from 'typeorm';

import type { SupportiveCareEntry } from '@consilium/domain';

// Writes on a recommendation's records that more than one service makes (adoption, the letter).

/** Upserts the given services' statuses (one statement). */
export async function writeSupportiveCare(
  em: EntityManager,
  recommendationId: string,
  recordedBy: string,
  entries: readonly SupportiveCareEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await em.query(
    `INSERT INTO supportive_care (recommendation_id, service, status, recorded_by)
     SELECT $1, e.service, e.status, $2
       FROM jsonb_to_recordset($3::jsonb) AS e(service text, status text)
     ON CONFLICT (recommendation_id, service)
       DO UPDATE SET status = EXCLUDED.status, recorded_by = EXCLUDED.recorded_by, recorded_at = clock_timestamp()`,
    [recommendationId, recordedBy, JSON.stringify(entries)],
  );
}
