import { Alert, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../api/client';
import { useFormatters } from '../../components/format';
import { LoadMore } from '../../components/LoadMore';
import { useNotify } from '../../components/notify';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useInstitutionSettings } from '../admin/use-users';
import { useMe } from '../auth/use-me';
import { IntakeCaseCard, type IntakeMark } from './IntakeCaseCard';
import { isSinceVisit, readLastVisit, writeLastVisit } from './last-visit';
import { ReturnCaseModal } from './ReturnCaseModal';
import { useStaleText } from './triage-failure';
import { type IntakeCase, useIntakeCases, useResubmitted } from './use-intake';

/**
 * The coordinator's intake (`/intake`, permission `cases.triage`): submitted cases waiting for a
 * decision, the longest waiting first, each accepted or returned with a reason. What arrived since
 * the coordinator's previous visit is summed up and marked.
 */
export function IntakePage() {
  const { data: me } = useMe();
  if (!me) return null;
  // Keyed by user: another coordinator on the same browser has their own last visit.
  return <Intake key={me.id} userId={me.id} />;
}

function Intake({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const staleText = useStaleText();
  const cases = useIntakeCases();
  // Public-to-all settings: times in the institution's zone, else (not readable) the browser's.
  const settings = useInstitutionSettings();
  const timeZone = settings.data?.timeZone;
  // Read once on arrival; the new visit is stored as soon as the coordinator has seen the list.
  const [lastVisit] = useState(() => readLastVisit(userId));
  const seen = cases.isSuccess;
  useEffect(() => {
    if (seen) writeLastVisit(userId, new Date());
  }, [seen, userId]);

  // Triaged here: gone at once, before the refreshed list arrives.
  const [gone, setGone] = useState<ReadonlySet<string>>(new Set());
  const [returning, setReturning] = useState<IntakeCase | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const rows = (cases.data?.items ?? []).filter((c) => c.status === 'submitted' && !gone.has(c.id));
  const newIds = rows.filter((c) => isSinceVisit(c.nextStep.since, lastVisit)).map((c) => c.id);
  const resubmitted = useResubmitted(newIds);
  const markOf = (c: IntakeCase): IntakeMark =>
    !newIds.includes(c.id) ? null : resubmitted.has(c.id) ? 'resubmitted' : 'new';

  const leave = (caseId: string) => setGone((current) => new Set(current).add(caseId));
  const onStale = (c: IntakeCase) => (error: ApiError) => {
    setReturning(null);
    setNotice(staleText(error, c.patient.fullName));
  };

  return (
    <Stack>
      <PageTitle>{t('intake.title')}</PageTitle>
      <Text>{t('intake.intro')}</Text>
      {notice && (
        <Alert
          color="orange"
          role="alert"
          withCloseButton
          closeButtonLabel={t('common.dismiss')}
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}
      <QueryState query={cases}>
        {() => (
          <>
            <VisitSummary
              lastVisit={lastVisit}
              newCount={newIds.length}
              resubmittedCount={resubmitted.size}
              timeZone={timeZone}
            />
            {rows.length === 0 ? (
              <Text c="dimmed">{t('intake.none')}</Text>
            ) : (
              <Stack component="section" aria-label={t('intake.listLabel')} gap="md">
                {rows.map((c) => (
                  <IntakeCaseCard
                    key={c.id}
                    boardCase={c}
                    mark={markOf(c)}
                    timeZone={timeZone}
                    onReturn={() => {
                      setNotice(null);
                      setReturning(c);
                    }}
                    onAccepted={() => leave(c.id)}
                    onStale={onStale(c)}
                  />
                ))}
              </Stack>
            )}
            <LoadMore query={cases} />
          </>
        )}
      </QueryState>
      {returning && (
        <ReturnCaseModal
          boardCase={returning}
          onClose={() => setReturning(null)}
          onReturned={() => {
            notify(t('intake.returned', { name: returning.patient.fullName }));
            leave(returning.id);
            setReturning(null);
          }}
          onStale={onStale(returning)}
        />
      )}
    </Stack>
  );
}

function VisitSummary({
  lastVisit,
  newCount,
  resubmittedCount,
  timeZone,
}: {
  lastVisit: string | null;
  newCount: number;
  resubmittedCount: number;
  timeZone: string | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  let text: string;
  if (!lastVisit) text = t('intake.visit.first');
  else {
    const when = format.dateTime(lastVisit, timeZone);
    text =
      newCount === 0
        ? t('intake.visit.nothingNew', { when })
        : [
            t('intake.visit.newSince', { count: newCount, when }),
            resubmittedCount > 0 ? t('intake.visit.resubmitted', { count: resubmittedCount }) : null,
          ]
            .filter(Boolean)
            .join(' ');
  }
  return (
    <Alert color="blue" variant="light" role="status" title={t('intake.visit.title')}>
      {text}
    </Alert>
  );
}
