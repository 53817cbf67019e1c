import { Alert, Button, Group, Modal, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { DISCIPLINES } from '@consilium/domain';

import { type Column, DataTable } from '../../components/DataTable';
import { LoadMore } from '../../components/LoadMore';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { type Me, useMe } from '../auth/use-me';
import { CalendarFeedControls } from './CalendarFeedControls';
import { type Discipline, type Specialist, useSpecialist, useSpecialists } from './use-calendar-feeds';

function isDiscipline(value: string | null): value is Discipline {
  return value !== null && (DISCIPLINES as readonly string[]).includes(value);
}

/**
 * Calendar subscriptions (`/calendar-feeds`, permission `clinical.read`). A coordinator manages
 * anyone's link from the specialist directory; a clinician only their own (the API's rule: a
 * clinician only their own, a coordinator anyone's).
 */
export function CalendarFeedsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <Stack>
      <PageTitle>{t('calendarFeeds.title')}</PageTitle>
      <Text>{t('calendarFeeds.explanation')}</Text>
      <PageBody me={me} />
    </Stack>
  );
}

function PageBody({ me }: { me: Me }) {
  const { t } = useTranslation();
  if (me.role === 'coordinator') return <Directory />;
  if (me.specialistId) return <OwnLink specialistId={me.specialistId} />;
  return <Alert color="gray">{t('calendarFeeds.noProfile')}</Alert>;
}

function OwnLink({ specialistId }: { specialistId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const specialist = useSpecialist(specialistId);
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Title order={2} size="h4" mb="sm" id={headingId}>
        {t('calendarFeeds.own.title')}
      </Title>
      <QueryState query={specialist}>
        {() =>
          specialist.data && (
            <CalendarFeedControls specialistId={specialist.data.id} name={specialist.data.fullName} />
          )
        }
      </QueryState>
    </Paper>
  );
}

function Directory() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('discipline');
  const discipline = isDiscipline(requested) ? requested : null;
  const specialists = useSpecialists(discipline);
  const [managing, setManaging] = useState<Specialist | null>(null);

  const columns: Column<Specialist>[] = [
    {
      key: 'name',
      header: t('calendarFeeds.columns.name'),
      cell: (s) => (
        <Text size="sm" fw={500}>
          {s.fullName}
        </Text>
      ),
    },
    {
      key: 'discipline',
      header: t('calendarFeeds.columns.discipline'),
      cell: (s) => t(`enums.discipline.${s.discipline}`),
    },
    { key: 'institution', header: t('calendarFeeds.columns.institution'), cell: (s) => s.institution },
    {
      key: 'account',
      header: t('calendarFeeds.columns.account'),
      cell: (s) => (s.userId ? t('calendarFeeds.hasAccount') : t('calendarFeeds.guest')),
    },
    {
      key: 'link',
      header: t('calendarFeeds.columns.link'),
      cell: (s) => (
        <Button
          size="xs"
          variant="light"
          onClick={() => setManaging(s)}
          aria-label={t('calendarFeeds.manageFor', { name: s.fullName })}
        >
          {t('calendarFeeds.manage')}
        </Button>
      ),
      nowrap: true,
    },
  ];

  return (
    <Stack>
      <Title order={2} size="h4">
        {t('calendarFeeds.directory.title')}
      </Title>
      <Group align="flex-end">
        <Select
          label={t('calendarFeeds.directory.discipline')}
          placeholder={t('calendarFeeds.directory.allDisciplines')}
          data={DISCIPLINES.map((d) => ({ value: d, label: t(`enums.discipline.${d}`) }))}
          value={discipline}
          onChange={(value) =>
            setParams(
              (current) => {
                const next = new URLSearchParams(current);
                if (value) next.set('discipline', value);
                else next.delete('discipline');
                return next;
              },
              { replace: true },
            )
          }
          clearable
          clearButtonProps={{ 'aria-label': t('calendarFeeds.directory.clearDiscipline') }}
          w={280}
        />
      </Group>
      <QueryState query={specialists}>
        {() => (
          <>
            <DataTable
              label={t('calendarFeeds.directory.title')}
              columns={columns}
              rows={specialists.data?.items ?? []}
              rowKey={(s) => s.id}
              empty={t('calendarFeeds.directory.none')}
            />
            <LoadMore query={specialists} />
          </>
        )}
      </QueryState>
      <Modal
        opened={managing !== null}
        onClose={() => setManaging(null)}
        title={managing ? t('calendarFeeds.modalTitle', { name: managing.fullName }) : ''}
        centered
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.dismiss') }}
      >
        {managing && <CalendarFeedControls specialistId={managing.id} name={managing.fullName} />}
      </Modal>
    </Stack>
  );
}
