import { useTranslation } from 'react-i18next';

import { CASE_STATES, type CaseState } from '@consilium/domain';

import { ApiError } from '../../api/client';
import { failingItemsOf } from '../case-editor/SubmitCase';

/**
 * A refused triage in the reader's words. The stale cases (409: someone else triaged it; 404: gone)
 * are said by the page, which refreshes the list; a `422` names the rule the service applied.
 */
export function useTriageFailureText() {
  const { t, i18n } = useTranslation();
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  return (error: Error): string => {
    if (!(error instanceof ApiError)) return t('intake.failure.failed');
    if (error.status === 403) return t('intake.failure.forbidden');
    if (error.status === 400) return t('intake.failure.rejected');
    if (error.code === 'CASE_NOT_READY') {
      const items = failingItemsOf(error.body?.details).map((f) => t(`enums.readinessItem.${f.item}`));
      return items.length > 0
        ? t('intake.failure.notReadyItems', { items: list.format(items) })
        : t('intake.failure.notReady');
    }
    if (error.code === 'REASON_REQUIRED') return t('intake.failure.reasonRequired');
    if (error.status === 422) return t('intake.failure.refused');
    return t('intake.failure.failed');
  };
}

/** The page's words for a case that moved on while the coordinator looked at it. */
export function useStaleText() {
  const { t } = useTranslation();
  return (error: ApiError, name: string): string => {
    if (error.status === 404) return t('intake.stale.gone', { name });
    const details = error.body?.details;
    const state =
      details && typeof details === 'object' && 'state' in details && typeof details.state === 'string'
        ? details.state
        : null;
    return state && state !== 'submitted' && isCaseState(state)
      ? t('intake.stale.triagedTo', { name, state: t(`enums.caseStatus.${state}`) })
      : t('intake.stale.triaged', { name });
  };
}

function isCaseState(value: string): value is CaseState {
  return (CASE_STATES as readonly string[]).includes(value);
}
