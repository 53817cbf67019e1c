import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Loader,
  NumberInput,
  Progress,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { type DragEvent, type KeyboardEvent, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { agendaOverrun } from '@consilium/domain';

import { ApiError } from '../../api/client';
import { StatusBadge } from '../../components/StatusBadge';
import { moveCase, useRemoveFromAgenda, useReorderAgenda, useSetPlannedMinutes } from './use-board-actions';
import { agendaInOrder, type AgendaItem, type MeetingDetail } from './use-meeting';

type Direction = 'up' | 'down';

interface FocusAfterMove {
  caseId: string;
  direction: Direction;
  /** The order the move leads to, joined. */
  order: string;
}

/** The time the agenda needs against the board's length, from the API's totals. */
export function AgendaTotals({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const { plannedMinutes, overrunMinutes, cases } = meeting.totals;
  const duration = meeting.durationMinutes;
  const over = overrunMinutes > 0;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('boards.builder.total', { cases, planned: plannedMinutes, duration })}
      </Text>
      <Progress
        value={duration > 0 ? Math.min(100, Math.round((plannedMinutes / duration) * 100)) : 100}
        color={over ? 'orange' : 'teal'}
        aria-label={t('boards.builder.totalBar')}
        size="sm"
      />
      {over && (
        <Alert color="orange" title={t('boards.builder.overrunTitle')}>
          {t('boards.builder.overrun', { planned: plannedMinutes, over: overrunMinutes, duration })}
        </Alert>
      )}
    </Stack>
  );
}

/**
 * The API's warnings (people booked elsewhere at the same time, …). Its overrun warning is left out:
 * the totals above say it in the reader's language.
 */
export function BoardWarnings({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const overrun = agendaOverrun(
    meeting.agenda.map((item) => item.plannedMinutes),
    meeting.durationMinutes,
    meeting.totals.defaultMinutesPerCase,
  ).warning;
  const warnings = meeting.warnings.filter((warning) => warning !== overrun);
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" title={t('boards.builder.warnings')}>
      <List size="sm" spacing={4}>
        {warnings.map((warning) => (
          <List.Item key={warning}>{warning}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

function Readiness({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const { readiness } = item.case;
  if (readiness.ready) return <StatusBadge tone="success">{t('boards.builder.ready')}</StatusBadge>;
  const missing = readiness.items.filter((i) => !i.ok);
  return (
    <Stack gap={4} align="flex-start">
      <StatusBadge tone="warning">{t('boards.builder.notReady')}</StatusBadge>
      {missing.length > 0 && (
        <Text size="xs">
          {t('boards.builder.missing', {
            items: missing.map((i) => t(`enums.readinessItem.${i.item}`)).join(', '),
          })}
        </Text>
      )}
    </Stack>
  );
}

function problemOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  const details = error.body?.details;
  if (!Array.isArray(details)) return error.message;
  const problems = (details as unknown[]).flatMap((d) =>
    d && typeof d === 'object' && 'problems' in d && Array.isArray(d.problems) ? d.problems.map(String) : [],
  );
  return problems.length > 0 ? problems.join('; ') : error.message;
}

/** Planned minutes, saved when the field is left (or on Enter); empty gives the default time. */
function PlannedMinutes({
  meetingId,
  item,
  defaultMinutes,
}: {
  meetingId: string;
  item: AgendaItem;
  defaultMinutes: number;
}) {
  const { t } = useTranslation();
  const save = useSetPlannedMinutes(meetingId);
  const saved = item.plannedMinutes;
  const [value, setValue] = useState<string | number>(saved ?? '');
  const [shownSaved, setShownSaved] = useState(saved);
  // The board answered another value (this change, or someone else's): show it.
  if (shownSaved !== saved) {
    setShownSaved(saved);
    setValue(saved ?? '');
  }
  const name = item.case.patient.fullName;

  const commit = () => {
    const next = value === '' ? null : Number(value);
    if (next === saved || (next !== null && Number.isNaN(next))) return;
    // Enter, then leaving the field, sends it once.
    if (save.isPending && save.variables?.plannedMinutes === next) return;
    save.mutate({ caseId: item.case.id, plannedMinutes: next });
  };

  const error = save.error
    ? (() => {
        const problem = problemOf(save.error);
        return problem ? t('boards.builder.minutesRejected', { problem }) : t('boards.builder.minutesFailed');
      })()
    : undefined;

  return (
    <NumberInput
      aria-label={t('boards.builder.minutesFor', { name })}
      value={value}
      onChange={setValue}
      onBlur={commit}
      onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
        if (event.key === 'Enter') commit();
      }}
      placeholder={t('boards.builder.minutesDefault', { minutes: defaultMinutes })}
      description={value === '' ? t('boards.defaultMinutes', { minutes: defaultMinutes }) : undefined}
      error={error}
      min={1}
      max={240}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      hideControls
      w={110}
      size="xs"
      rightSection={
        save.isPending ? (
          <Loader size="xs" role="status" aria-label={t('boards.builder.saving')} />
        ) : (
          <Text size="xs" c="dimmed" aria-hidden>
            {t('boards.builder.min')}
          </Text>
        )
      }
    />
  );
}

/**
 * The agenda of a planned board, for its coordinator: reorder by keyboard (Move up / Move down) or by
 * dragging a row, plan each case's time, take a case off. The order is sent at once and put back if
 * the API refuses it.
 */
export function AgendaBuilder({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const agenda = agendaInOrder(meeting);
  const caseIds = agenda.map((item) => item.case.id);
  const reorder = useReorderAgenda(meeting.id);
  const remove = useRemoveFromAgenda(meeting.id);
  const [announcement, setAnnouncement] = useState('');
  const [dragged, setDragged] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const focusRequest = useRef<FocusAfterMove | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const order = caseIds.join(',');

  // Moving a row re-renders the table: keep the focus on the moved row's button (the other one when
  // the row reached the top or the bottom and this one is now disabled), until the new order (or,
  // refused, the old one) is on screen.
  const keepFocus = useCallback((shownOrder: string) => {
    const request = focusRequest.current;
    if (!request) return;
    const button = (direction: Direction) =>
      table.current?.querySelector<HTMLButtonElement>(`button[data-move="${request.caseId}:${direction}"]`);
    const same = button(request.direction);
    const target = same && !same.disabled ? same : button(request.direction === 'up' ? 'down' : 'up');
    target?.focus();
    if (shownOrder === request.order) focusRequest.current = null;
  }, []);
  useLayoutEffect(() => keepFocus(order), [keepFocus, order]);

  /** Sends the order with one case moved (0-based place); false when nothing moves. */
  const sendOrder = (caseId: string, toIndex: number, onRefused?: () => void): boolean => {
    const next = moveCase(caseIds, caseId, toIndex);
    if (next.join(',') === order) return false;
    const item = agenda.find((i) => i.case.id === caseId);
    setAnnouncement(
      t('boards.builder.moved', {
        name: item?.case.patient.fullName ?? '',
        position: next.indexOf(caseId) + 1,
        count: next.length,
      }),
    );
    reorder.mutate(next, { onError: onRefused });
    return true;
  };

  const move = (caseId: string, direction: Direction) => {
    const toIndex = caseIds.indexOf(caseId) + (direction === 'up' ? -1 : 1);
    focusRequest.current = { caseId, direction, order: moveCase(caseIds, caseId, toIndex).join(',') };
    const sent = sendOrder(caseId, toIndex, () => {
      // Refused, the old order comes back: the focus follows the row there.
      focusRequest.current = { caseId, direction, order };
      keepFocus(order);
    });
    if (!sent) focusRequest.current = null;
  };

  const onDrop = (event: DragEvent, targetCaseId: string) => {
    event.preventDefault();
    const caseId = dragged ?? event.dataTransfer?.getData('text/plain') ?? null;
    setDragged(null);
    setDropTarget(null);
    if (!caseId || caseId === targetCaseId || !caseIds.includes(caseId)) return;
    sendOrder(caseId, caseIds.indexOf(targetCaseId));
  };

  const removeError = remove.error
    ? remove.error instanceof ApiError && remove.error.code === 'MEETING_NOT_EDITABLE'
      ? t('boards.builder.notEditable')
      : t('boards.builder.removeFailed')
    : null;

  return (
    <Stack gap="sm">
      <AgendaTotals meeting={meeting} />
      <BoardWarnings meeting={meeting} />
      {reorder.isError && (
        <Alert color="red" role="alert" title={t('boards.builder.reorderFailedTitle')}>
          {reorder.error instanceof ApiError && reorder.error.code === 'INVALID_AGENDA_ORDER'
            ? t('boards.builder.reorderStale')
            : t('boards.builder.reorderFailed')}
        </Alert>
      )}
      {removeError && (
        <Alert color="red" role="alert">
          {removeError}
        </Alert>
      )}
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      {agenda.length === 0 ? (
        <Text c="dimmed">{t('boards.agendaEmpty')}</Text>
      ) : (
        <>
          <Text size="xs" c="dimmed" id="agenda-builder-hint">
            {t('boards.builder.hint')}
          </Text>
          <Table.ScrollContainer
            minWidth={900}
            type="native"
            tabIndex={0}
            role="region"
            aria-label={t('boards.agenda')}
          >
            <Table
              ref={table}
              aria-label={t('boards.agenda')}
              aria-describedby="agenda-builder-hint"
              verticalSpacing="sm"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('boards.columns.position')}</Table.Th>
                  <Table.Th scope="col">{t('boards.columns.patient')}</Table.Th>
                  <Table.Th scope="col">{t('boards.columns.question')}</Table.Th>
                  <Table.Th scope="col">{t('boards.columns.presenter')}</Table.Th>
                  <Table.Th scope="col">{t('boards.columns.readiness')}</Table.Th>
                  <Table.Th scope="col">{t('boards.columns.plannedMinutes')}</Table.Th>
                  <Table.Th scope="col">{t('boards.columns.order')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('boards.columns.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {agenda.map((item, index) => {
                  const caseId = item.case.id;
                  const name = item.case.patient.fullName;
                  const place = { name, position: index + 1, count: agenda.length };
                  return (
                    <Table.Tr
                      key={caseId}
                      data-case-id={caseId}
                      onDragOver={(event) => {
                        if (!dragged) return;
                        event.preventDefault();
                        if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
                        setDropTarget(caseId);
                      }}
                      onDragLeave={() => setDropTarget((current) => (current === caseId ? null : current))}
                      onDrop={(event) => onDrop(event, caseId)}
                      style={{
                        opacity: dragged === caseId ? 0.5 : undefined,
                        outline:
                          dropTarget === caseId && dragged !== caseId
                            ? '2px dashed var(--mantine-primary-color-filled)'
                            : undefined,
                      }}
                    >
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Text
                            span
                            draggable
                            title={t('boards.builder.dragHandle', { name })}
                            aria-hidden
                            data-drag-handle
                            onDragStart={(event) => {
                              setDragged(caseId);
                              if (event.dataTransfer) {
                                event.dataTransfer.effectAllowed = 'move';
                                event.dataTransfer.setData('text/plain', caseId);
                                const row = event.currentTarget.closest('tr');
                                if (row) event.dataTransfer.setDragImage?.(row, 16, 16);
                              }
                            }}
                            onDragEnd={() => {
                              setDragged(null);
                              setDropTarget(null);
                            }}
                            style={{ cursor: 'grab', userSelect: 'none' }}
                            c="dimmed"
                          >
                            ⠿
                          </Text>
                          <Text span size="sm">
                            {index + 1}
                          </Text>
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/cases/${caseId}`} size="sm" fw={500}>
                          {name}
                        </Anchor>
                        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                          {t('boards.mrn', { mrn: item.case.patient.mrn })}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" maw={320}>
                          {item.case.questionForBoard ?? t('boards.noQuestion')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {item.case.presentingSpecialist?.fullName ?? t('boards.noPresenter')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Readiness item={item} />
                      </Table.Td>
                      <Table.Td>
                        <PlannedMinutes
                          meetingId={meeting.id}
                          item={item}
                          defaultMinutes={meeting.totals.defaultMinutesPerCase}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button
                            data-move={`${caseId}:up`}
                            size="compact-xs"
                            variant="default"
                            disabled={index === 0}
                            onClick={() => move(caseId, 'up')}
                            aria-label={t('boards.builder.moveUp', place)}
                          >
                            {t('boards.builder.up')}
                          </Button>
                          <Button
                            data-move={`${caseId}:down`}
                            size="compact-xs"
                            variant="default"
                            disabled={index === agenda.length - 1}
                            onClick={() => move(caseId, 'down')}
                            aria-label={t('boards.builder.moveDown', place)}
                          >
                            {t('boards.builder.down')}
                          </Button>
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          loading={remove.isPending && remove.variables === caseId}
                          onClick={() => remove.mutate(caseId)}
                          aria-label={t('boards.builder.removeFor', { name })}
                        >
                          {t('boards.builder.remove')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
