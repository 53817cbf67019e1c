import { Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { agendaInOrder, type MeetingDetail } from '../../boards/use-meeting';
import { CaseStatusBadge } from '../../cases/CaseStatusBadge';
import { displayName, type NameMode } from './display-name';
import classes from './RoomDisplay.module.css';

/** Before the chair opens a case: the agenda in its order, each patient as the wall names them. */
export function WaitingAgenda({
  meeting,
  nameMode,
  boardDay,
}: {
  meeting: MeetingDetail;
  nameMode: NameMode;
  boardDay: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const agenda = agendaInOrder(meeting);
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h2" id={headingId}>
          {t('liveDisplay.agenda.title')}
        </Title>
        {meeting.status === 'in_progress' && (
          <Text size="xl" fw={700} role="status">
            {t('liveDisplay.agenda.waiting')}
          </Text>
        )}
        {agenda.length === 0 ? (
          <Text size="lg">{t('liveDisplay.agenda.empty')}</Text>
        ) : (
          <ol className={classes.plainList} aria-label={t('liveDisplay.agenda.title')}>
            {agenda.map((item) => (
              <li key={item.case.id} className={classes.panel}>
                <Group gap="lg" wrap="nowrap" align="flex-start">
                  <Text size="xl" fw={700} className={classes.clock} aria-hidden>
                    {item.position}
                  </Text>
                  <Stack gap={4}>
                    <Group gap="sm" wrap="wrap">
                      <Text size="xl" fw={700}>
                        {displayName(item.case.patient, nameMode, boardDay)}
                      </Text>
                      <CaseStatusBadge status={item.case.status} />
                    </Group>
                    <Text size="md">
                      {[
                        item.case.primarySite && t(`enums.primarySite.${item.case.primarySite}`),
                        item.case.presentingSpecialist
                          ? t('liveDisplay.agenda.presenter', {
                              name: item.case.presentingSpecialist.fullName,
                            })
                          : t('liveDisplay.agenda.noPresenter'),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </Stack>
                </Group>
              </li>
            ))}
          </ol>
        )}
      </Stack>
    </section>
  );
}
