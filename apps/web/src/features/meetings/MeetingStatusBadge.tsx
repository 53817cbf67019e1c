import { useTranslation } from 'react-i18next';

import { StatusBadge, type StatusTone } from '../../components/StatusBadge';
import type { MeetingStatus } from './use-meetings';

const TONES: Record<MeetingStatus, StatusTone> = {
  planned: 'info',
  in_progress: 'active',
  closed: 'done',
  cancelled: 'danger',
};

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONES[status]}>{t(`enums.meetingStatus.${status}`)}</StatusBadge>;
}
