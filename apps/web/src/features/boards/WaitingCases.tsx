import { Alert, Anchor, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ApiError } from '../../api/client';
import { useFormatters } from '../../components/format';
import { LoadMore } from '../../components/LoadMore';
import { QueryState } from '../../components/QueryState';
import type { CaseSummary } from '../cases/use-cases';
import {
  alreadyOnAgenda,
  type OtherBoard,
  useAddToAgenda,
  useOtherBoardLookup,
  useWaitingCases,
} from './use-board-actions';

type Refusal =
  | { kind: 'elsewhere'; name: string; board: OtherBoard | null }
  | { kind: 'full' | 'notEditable' | 'notAddable' | 'failed'; name: string };

function RefusalAlert({ refusal, onClose }: { refusal: Refusal; onClose: () => void }) {
  const { t } = useTranslation();
  const message = (() => {
    if (refusal.kind !== 'elsewhere')
      return t(`boards.waiting.refused.${refusal.kind}`, { name: refusal.name });
    if (!refusal.board) return t('boards.waiting.refused.elsewhereUnknown', { name: refusal.name });
    return (
      <>
        {t('boards.waiting.refused.elsewhere', { name: refusal.name, board: refusal.board.title })}{' '}
        <Anchor component={Link} to={`/meetings/${refusal.board.id}`} size="sm">
          {t('boards.waiting.refused.openBoard', { board: refusal.board.title })}
        </Anchor>
      </>
    );
  })();
  return (
    <Alert
      color="red"
      role="alert"
      title={t('boards.waiting.refused.title')}
      withCloseButton
      closeButtonLabel={t('common.dismiss')}
      onClose={onClose}
    >
      {message}
    </Alert>
  );
}

function WaitingCase({
  boardCase,
  timeZone,
  adding,
  onAdd,
}: {
  boardCase: CaseSummary;
  timeZone: string;
  adding: boolean;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const name = boardCase.patient.fullName;
  const since = boardCase.nextStep.since;
  return (
    <Paper component="li" withBorder p="xs" radius="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={2} miw={0}>
          <Anchor component={Link} to={`/cases/${boardCase.id}`} size="sm" fw={500}>
            {name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {t('boards.mrn', { mrn: boardCase.patient.mrn })}
            {boardCase.presentingSpecialist && ` · ${boardCase.presentingSpecialist.fullName}`}
          </Text>
          {since && (
            <Text size="xs" c="dimmed">
              {t('boards.waiting.since', { date: format.date(since, timeZone) })}
            </Text>
          )}
          <Text size="xs" lineClamp={3}>
            {boardCase.questionForBoard ?? t('boards.noQuestion')}
          </Text>
        </Stack>
        <Button
          size="compact-sm"
          variant="light"
          onClick={onAdd}
          loading={adding}
          aria-label={t('boards.waiting.addFor', { name })}
        >
          {t('boards.waiting.add')}
        </Button>
      </Group>
    </Paper>
  );
}

function WaitingList({
  status,
  timeZone,
  addingCaseId,
  onAdd,
}: {
  status: 'accepted' | 'deferred';
  timeZone: string;
  addingCaseId: string | null;
  onAdd: (boardCase: CaseSummary) => void;
}) {
  const { t } = useTranslation();
  const cases = useWaitingCases(status);
  const headingId = `waiting-${status}`;
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={headingId}>
          {t(`boards.waiting.${status}`)}
        </Title>
        <QueryState query={cases}>
          {() => {
            const items = cases.data?.items ?? [];
            if (items.length === 0) {
              return (
                <Text size="sm" c="dimmed">
                  {t(`boards.waiting.${status}Empty`)}
                </Text>
              );
            }
            return (
              <Box
                component="ul"
                p={0}
                m={0}
                style={{ listStyle: 'none', display: 'grid', gap: 'var(--mantine-spacing-xs)' }}
                aria-labelledby={headingId}
              >
                {items.map((boardCase) => (
                  <WaitingCase
                    key={boardCase.id}
                    boardCase={boardCase}
                    timeZone={timeZone}
                    adding={addingCaseId === boardCase.id}
                    onAdd={() => onAdd(boardCase)}
                  />
                ))}
              </Box>
            );
          }}
        </QueryState>
        <LoadMore query={cases} />
      </Stack>
    </section>
  );
}

/**
 * The cases a coordinator can put on this board: accepted ones and ones deferred by an earlier board,
 * the longest waiting first (dates in the institution's zone). A case already on another open board
 * is refused by the API, named here.
 */
export function WaitingCases({ meetingId, timeZone }: { meetingId: string; timeZone: string }) {
  const { t } = useTranslation();
  const add = useAddToAgenda(meetingId);
  const lookUpBoard = useOtherBoardLookup();
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const onAdd = (boardCase: CaseSummary) => {
    const name = boardCase.patient.fullName;
    setRefusal(null);
    add.mutate(
      { caseId: boardCase.id },
      {
        onError: async (error) => {
          const elsewhere = alreadyOnAgenda(error);
          if (elsewhere.refused) {
            const board = await lookUpBoard(boardCase.id, elsewhere.meetingId).catch(() => null);
            setRefusal({ kind: 'elsewhere', name, board });
            return;
          }
          const code = error instanceof ApiError ? error.code : null;
          setRefusal({
            kind:
              code === 'AGENDA_FULL'
                ? 'full'
                : code === 'MEETING_NOT_EDITABLE'
                  ? 'notEditable'
                  : code === 'ILLEGAL_TRANSITION'
                    ? 'notAddable'
                    : 'failed',
            name,
          });
        },
      },
    );
  };

  const addingCaseId = add.isPending ? (add.variables?.caseId ?? null) : null;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('boards.waiting.intro')}
      </Text>
      {refusal && <RefusalAlert refusal={refusal} onClose={() => setRefusal(null)} />}
      <WaitingList status="accepted" timeZone={timeZone} addingCaseId={addingCaseId} onAdd={onAdd} />
      <WaitingList status="deferred" timeZone={timeZone} addingCaseId={addingCaseId} onAdd={onAdd} />
    </Stack>
  );
}
