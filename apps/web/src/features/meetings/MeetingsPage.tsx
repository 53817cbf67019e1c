import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { MeetingsTable } from './MeetingsTable';
import { useUpcomingMeetings } from './use-meetings';

export function MeetingsPage() {
  const { t } = useTranslation();
  const meetings = useUpcomingMeetings(50);
  return (
    <Stack>
      <PageTitle>{t('meetings.title')}</PageTitle>
      <QueryState query={meetings}>
        {() => <MeetingsTable label={t('meetings.title')} meetings={meetings.data?.items ?? []} />}
      </QueryState>
    </Stack>
  );
}
