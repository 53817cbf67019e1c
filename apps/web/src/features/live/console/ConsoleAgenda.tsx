import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { StatusBadge } from '../../../components/StatusBadge';
import { agendaInOrder, type AgendaItem, type MeetingDetail } from '../../boards/use-meeting';
import { CaseStatusBadge } from '../../cases/CaseStatusBadge';
import classes from './Console.module.css';

/** The minutes planned for a case: its own, else the board's default (what the totals count). */
export function plannedMinutesOf(item: AgendaItem, meeting: MeetingDetail): number {
  return item.plannedMinutes ?? meeting.totals.defaultMinutesPerCase;
}

/**
 * The agenda down the side: each case's patient, state and planned minutes, the one under
 * discussion marked (in words and by its edge, not by colour alone). While the board is in
 * progress, whoever runs it opens any case from here.
 */
export function ConsoleAgenda({
  meeting,
  canMove,
  onOpen,
}: {
  meeting: MeetingDetail;
  canMove: boolean;
  onOpen: (item: AgendaItem) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const agenda = agendaInOrder(meeting);
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {t('liveConsole.agenda.title')}
        </Title>
        {agenda.length === 0 ? (
          <Text size="sm">{t('liveConsole.agenda.empty')}</Text>
        ) : (
          <ol className={classes.plainList} aria-labelledby={headingId}>
            {agenda.map((item) => {
              const current = item.case.id === meeting.currentCaseId;
              const patient = item.case.patient.fullName;
              const presenter = item.case.presentingSpecialist;
              const planned = item.plannedMinutes === null ? 'plannedDefault' : 'planned';
              return (
                <li
                  key={item.case.id}
                  aria-current={current ? 'true' : undefined}
                  className={current ? `${classes.agendaItem} ${classes.current}` : classes.agendaItem}
                >
                  <Stack gap={4}>
                    <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                      <Text size="sm" fw={600}>
                        {`${item.position}. ${patient}`}
                      </Text>
                      {current && <StatusBadge tone="active">{t('liveConsole.agenda.now')}</StatusBadge>}
                    </Group>
                    <Group gap="xs" wrap="wrap">
                      <CaseStatusBadge status={item.case.status} />
                      <Text size="xs">
                        {t(`liveConsole.agenda.${planned}`, { count: plannedMinutesOf(item, meeting) })}
                      </Text>
                    </Group>
                    <Text size="xs" c="dimmed">
                      {presenter
                        ? t('liveConsole.agenda.presenter', { name: presenter.fullName })
                        : t('liveConsole.agenda.noPresenter')}
                    </Text>
                    {canMove && !current && (
                      <Group>
                        <Button
                          size="compact-sm"
                          variant="light"
                          aria-label={t('liveConsole.agenda.openCase', { position: item.position, patient })}
                          onClick={() => onOpen(item)}
                        >
                          {t('liveConsole.agenda.open')}
                        </Button>
                      </Group>
                    )}
                  </Stack>
                </li>
              );
            })}
          </ol>
        )}
      </Stack>
    </section>
  );
}
