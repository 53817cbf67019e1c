import { Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { StatusBadge } from '../../../components/StatusBadge';
import { agendaInOrder, type MeetingDetail } from '../../boards/use-meeting';
import { CaseStatusBadge } from '../../cases/CaseStatusBadge';
import { displayName } from '../display/display-name';
import classes from './Device.module.css';

/** Before the chair opens a case: the agenda in its order, mine marked. */
export function DeviceAgenda({
  meeting,
  mySpecialistId,
}: {
  meeting: MeetingDetail;
  mySpecialistId: string | null;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const agenda = agendaInOrder(meeting);
  const boardDay = meeting.localStartsAt.slice(0, 10);
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('liveDevice.agenda.title')}
        </Title>
        {meeting.status === 'in_progress' && (
          <Text size="lg" fw={700} role="status">
            {t('liveDevice.agenda.waiting')}
          </Text>
        )}
        {agenda.length === 0 ? (
          <Text size="sm">{t('liveDevice.agenda.empty')}</Text>
        ) : (
          <ol className={classes.plainList} aria-label={t('liveDevice.agenda.title')}>
            {agenda.map((item) => {
              const presenter = item.case.presentingSpecialist;
              return (
                <li key={item.case.id} className={classes.panel}>
                  <Group gap="md" wrap="nowrap" align="flex-start">
                    <Text size="lg" fw={700} aria-hidden>
                      {item.position}
                    </Text>
                    <Stack gap={4} miw={0}>
                      <Group gap="xs" wrap="wrap">
                        <Text size="md" fw={700}>
                          {displayName(item.case.patient, 'full', boardDay)}
                        </Text>
                        <CaseStatusBadge status={item.case.status} />
                        {presenter && presenter.id === mySpecialistId && (
                          <StatusBadge tone="info">{t('liveDevice.agenda.youPresent')}</StatusBadge>
                        )}
                      </Group>
                      <Text size="sm">
                        {[
                          item.case.primarySite && t(`enums.primarySite.${item.case.primarySite}`),
                          presenter
                            ? t('liveDevice.agenda.presenter', { name: presenter.fullName })
                            : t('liveDevice.agenda.noPresenter'),
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                      {item.case.questionForBoard && <Text size="sm">{item.case.questionForBoard}</Text>}
                    </Stack>
                  </Group>
                </li>
              );
            })}
          </ol>
        )}
      </Stack>
    </section>
  );
}
