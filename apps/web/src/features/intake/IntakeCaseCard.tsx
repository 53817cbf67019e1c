import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ApiError } from '../../api/client';
import { useFormatters } from '../../components/format';
import { useNotify } from '../../components/notify';
import { StatusBadge } from '../../components/StatusBadge';
import { useReadiness } from '../cases/use-case';
import { useTriageFailureText } from './triage-failure';
import { type IntakeCase, isStale, useAcceptCase } from './use-intake';

/** What changed since the coordinator's last visit. */
export type IntakeMark = 'new' | 'resubmitted' | null;

interface IntakeCaseCardProps {
  boardCase: IntakeCase;
  mark: IntakeMark;
  /** The institution's zone, once known; the browser's until then. */
  timeZone: string | undefined;
  onReturn: () => void;
  /** Accepted: the case leaves the list. */
  onAccepted: () => void;
  onStale: (error: ApiError) => void;
}

function Entry({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {term}
      </Text>
      <Text component="dd" m={0} size="sm" fw={500}>
        {children}
      </Text>
    </div>
  );
}

/** "3 days ago", "yesterday", "today": how long the case has been waiting, in the reader's words. */
function useWaited() {
  const { i18n } = useTranslation();
  const relative = new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' });
  return (since: string) => {
    const days = Math.floor((Date.now() - Date.parse(since)) / 86_400_000);
    return relative.format(-Math.max(days, 0), 'day');
  };
}

/** One submitted case as the coordinator triages it: who, since when, what is asked, is it ready. */
export function IntakeCaseCard({
  boardCase: c,
  mark,
  timeZone,
  onReturn,
  onAccepted,
  onStale,
}: IntakeCaseCardProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const waited = useWaited();
  const notify = useNotify();
  const headingId = useId();
  const accept = useAcceptCase(c);
  const failureText = useTriageFailureText();
  const [failure, setFailure] = useState<string | null>(null);
  const name = c.patient.fullName;
  const since = c.nextStep.since;

  const onAccept = () => {
    setFailure(null);
    accept.mutate(undefined, {
      onSuccess: () => {
        notify(t('intake.accepted', { name }));
        onAccepted();
      },
      onError: (error) => {
        if (error instanceof ApiError && isStale(error)) onStale(error);
        else setFailure(failureText(error));
      },
    });
  };

  return (
    <Paper component="article" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div>
            <Title order={2} size="h4" id={headingId}>
              <Anchor component={Link} to={`/cases/${c.id}`} inherit>
                {name}
              </Anchor>
            </Title>
            <Text size="sm" c="dimmed">
              {t('intake.mrn', { mrn: c.patient.mrn })}
            </Text>
          </div>
          {mark && (
            <StatusBadge tone={mark === 'new' ? 'info' : 'warning'}>{t(`intake.mark.${mark}`)}</StatusBadge>
          )}
        </Group>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} m={0} spacing="sm">
          <Entry term={t('intake.fields.presenter')}>
            {c.presentingSpecialist
              ? t('intake.presenter', {
                  name: c.presentingSpecialist.fullName,
                  discipline: t(`enums.discipline.${c.presentingSpecialist.discipline}`),
                })
              : t('intake.noPresenter')}
          </Entry>
          <Entry term={t('intake.fields.waitingSince')}>
            {since
              ? t('intake.waitingSince', { when: format.dateTime(since, timeZone), relative: waited(since) })
              : t('common.notRecorded')}
          </Entry>
          <Entry term={t('intake.fields.primarySite')}>
            {c.primarySite ? t(`enums.primarySite.${c.primarySite}`) : t('common.notRecorded')}
          </Entry>
        </SimpleGrid>
        <div>
          <Text size="sm" c="dimmed">
            {t('intake.fields.question')}
          </Text>
          {/* Never clamped: the question is what the coordinator decides on. */}
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.questionForBoard ?? t('intake.noQuestion')}
          </Text>
        </div>
        <CaseReadiness caseId={c.id} />
        {failure && (
          <Alert color="red" role="alert" title={t('intake.failedTitle')}>
            {failure}
          </Alert>
        )}
        <Group gap="sm">
          <Button
            onClick={onAccept}
            loading={accept.isPending}
            aria-label={t('intake.actions.acceptCase', { name })}
          >
            {t('intake.actions.accept')}
          </Button>
          <Button
            variant="default"
            onClick={onReturn}
            disabled={accept.isPending}
            aria-label={t('intake.actions.returnCase', { name })}
          >
            {t('intake.actions.return')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * The readiness checklist as it stands today: met at submission, it may have lapsed since (imaging
 * ages), which is a reason to return the case.
 */
function CaseReadiness({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const readiness = useReadiness(caseId);
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  let content: ReactNode;
  if (readiness.isPending) content = <Text size="sm">{t('common.loading')}</Text>;
  else if (readiness.isError)
    content = (
      <Group gap="xs">
        <Text size="sm">{t('intake.readiness.failed')}</Text>
        <Button size="compact-xs" variant="subtle" onClick={() => void readiness.refetch()}>
          {t('common.retry')}
        </Button>
      </Group>
    );
  else if (readiness.data.ready)
    content = (
      <Group gap="xs">
        <StatusBadge tone="success">{t('intake.readiness.readyBadge')}</StatusBadge>
        <Text size="sm">{t('intake.readiness.ready')}</Text>
      </Group>
    );
  else {
    const missing = readiness.data.items
      .filter((item) => !item.ok)
      .map((item) => t(`enums.readinessItem.${item.item}`));
    content = (
      <Group gap="xs">
        <StatusBadge tone="warning">{t('intake.readiness.notReadyBadge')}</StatusBadge>
        <Text size="sm">{t('intake.readiness.missing', { items: list.format(missing) })}</Text>
      </Group>
    );
  }
  return (
    <div>
      <Text size="sm" c="dimmed">
        {t('intake.fields.readiness')}
      </Text>
      {content}
    </div>
  );
}
