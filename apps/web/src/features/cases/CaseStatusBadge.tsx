import { useTranslation } from 'react-i18next';

import { StatusBadge, type StatusTone } from '../../components/StatusBadge';
import type { CaseStatus } from './use-cases';

const TONES: Record<CaseStatus, StatusTone> = {
  draft: 'neutral',
  submitted: 'info',
  accepted: 'pending',
  scheduled: 'active',
  deferred: 'warning',
  decided: 'success',
  closed: 'done',
  withdrawn: 'danger',
};

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONES[status]}>{t(`enums.caseStatus.${status}`)}</StatusBadge>;
}
