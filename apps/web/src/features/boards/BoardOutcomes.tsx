import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DataTable } from '../../components/DataTable';
import { StatusBadge, type StatusTone } from '../../components/StatusBadge';
import { useLetterDocuments } from '../letter/use-letter';
import { agendaInOrder, type AgendaItem, type MeetingDetail } from './use-meeting';

type Outcome = 'decided' | 'deferred' | 'withdrawn';

const OUTCOME_TONE: Record<Outcome, StatusTone> = {
  decided: 'success',
  deferred: 'warning',
  withdrawn: 'neutral',
};

// What this board did with the case, as the API says it (libs/domain agendaOutcome): a case
// deferred here and decided at a later board reads "deferred" here.
function outcomeOf(item: AgendaItem): Outcome {
  return item.outcome ?? 'deferred';
}

/**
 * The recommendation letter of a decided case, opened in a new window: the PDF to file or send, and
 * the printable page. Whether it is signed is on the case page (the agenda does not say).
 */
function LetterButtons({ caseId, name }: { caseId: string; name: string }) {
  const { t } = useTranslation();
  const letter = useLetterDocuments(caseId);
  return (
    <Stack gap={4} align="flex-start">
      <Group gap="xs" wrap="nowrap">
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => letter.open('pdf')}
          loading={letter.pending?.format === 'pdf'}
          aria-label={t('boards.outcomes.pdfFor', { name })}
        >
          {t('boards.outcomes.pdf')}
        </Button>
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => letter.open('html')}
          loading={letter.pending?.format === 'html'}
          aria-label={t('boards.outcomes.letterFor', { name })}
        >
          {t('boards.outcomes.letter')}
        </Button>
      </Group>
      {letter.error && (
        <Alert color="red" role="alert" p="xs">
          {letter.error === 'missing'
            ? t('boards.outcomes.letterMissing')
            : t('boards.outcomes.letterFailed')}
        </Alert>
      )}
    </Stack>
  );
}

/** What a closed board decided for each case on its agenda. */
export function BoardOutcomes({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  return (
    <DataTable
      label={t('boards.outcomes.title')}
      rows={agendaInOrder(meeting)}
      rowKey={(item) => item.case.id}
      empty={t('boards.outcomes.empty')}
      columns={[
        {
          key: 'position',
          header: t('boards.columns.position'),
          cell: (item) => item.position,
          nowrap: true,
        },
        {
          key: 'patient',
          header: t('boards.columns.patient'),
          cell: (item) => (
            <>
              <Text size="sm" fw={500}>
                {item.case.patient.fullName}
              </Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {t('boards.mrn', { mrn: item.case.patient.mrn })}
              </Text>
            </>
          ),
        },
        {
          key: 'question',
          header: t('boards.columns.question'),
          cell: (item) => (
            <Text size="sm" maw={360}>
              {item.case.questionForBoard ?? t('boards.noQuestion')}
            </Text>
          ),
        },
        {
          key: 'outcome',
          header: t('boards.columns.outcome'),
          cell: (item) => {
            const outcome = outcomeOf(item);
            return (
              <Stack gap={4} align="flex-start">
                <StatusBadge tone={OUTCOME_TONE[outcome]}>{t(`boards.outcomes.${outcome}`)}</StatusBadge>
                <Text size="xs">{t(`boards.outcomes.${outcome}Hint`)}</Text>
              </Stack>
            );
          },
        },
        {
          key: 'follow',
          header: t('boards.columns.recommendation'),
          cell: (item) => {
            const name = item.case.patient.fullName;
            if (outcomeOf(item) !== 'decided') {
              return (
                <Anchor
                  component={Link}
                  to={`/cases/${item.case.id}`}
                  size="sm"
                  aria-label={t('boards.outcomes.openCaseFor', { name })}
                >
                  {t('boards.outcomes.openCase')}
                </Anchor>
              );
            }
            return (
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Anchor
                  component={Link}
                  to={`/cases/${item.case.id}`}
                  size="sm"
                  aria-label={t('boards.outcomes.recommendationFor', { name })}
                >
                  {t('boards.outcomes.recommendation')}
                </Anchor>
                <LetterButtons caseId={item.case.id} name={name} />
              </Group>
            );
          },
        },
      ]}
    />
  );
}
