import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { READINESS_ITEMS, type ReadinessItemId } from '@consilium/domain';

import { ApiError } from '../../api/client';
import { useNotify } from '../../components/notify';
import type { BoardCase } from '../cases/use-case';
import { useReadiness } from '../cases/use-case';
import { ReadinessEntry } from './ReadinessPanel';
import { useSubmitCase } from './use-case-editor';

interface FailingItem {
  item: ReadinessItemId;
  message: string;
}

/** The failing readiness items of a `422 CASE_NOT_READY` (its `details`). */
export function failingItemsOf(details: unknown): FailingItem[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown) =>
    d &&
    typeof d === 'object' &&
    'item' in d &&
    (READINESS_ITEMS as readonly unknown[]).includes(d.item) &&
    !('ok' in d && d.ok === true)
      ? [{ item: d.item as ReadinessItemId, message: 'message' in d ? String(d.message) : '' }]
      : [],
  );
}

/**
 * Submit to the board: only a draft, only when the saved case is ready and nothing is unsaved (the
 * board receives what is saved). Why it cannot be pressed is said in words.
 */
export function SubmitCase({ boardCase, unsaved }: { boardCase: BoardCase; unsaved: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const reasonId = useId();
  const readiness = useReadiness(boardCase.id);
  const submit = useSubmitCase(boardCase.id);
  const notify = useNotify();

  if (boardCase.status !== 'draft') {
    return (
      <Text size="sm">
        {t('caseEditor.submit.notDraft', { status: t(`enums.caseStatus.${boardCase.status}`) })}
      </Text>
    );
  }

  const ready = readiness.data?.ready === true;
  const reason = unsaved
    ? t('caseEditor.submit.reasonUnsaved')
    : !ready && readiness.data
      ? t('caseEditor.submit.reasonNotReady')
      : null;
  const enabled = ready && !unsaved;

  const onSubmit = () =>
    submit.mutate(undefined, {
      onSuccess: () => {
        notify(t('caseEditor.submit.done'));
        void navigate(`/cases/${boardCase.id}`);
      },
    });

  return (
    <Stack gap="xs">
      <Button
        type="button"
        onClick={onSubmit}
        disabled={!enabled}
        loading={submit.isPending}
        aria-describedby={reason ? reasonId : undefined}
      >
        {t('caseEditor.submit.button')}
      </Button>
      {reason && (
        <Text size="sm" id={reasonId}>
          {reason}
        </Text>
      )}
      {submit.isError && <SubmitFailure error={submit.error} />}
    </Stack>
  );
}

function SubmitFailure({ error }: { error: Error }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 422) {
    const failing = failingItemsOf(error.body?.details);
    return (
      <Alert color="orange" title={t('caseEditor.submit.notReadyTitle')} role="alert">
        <Text size="sm" mb="xs">
          {t('caseEditor.submit.notReadyBody')}
        </Text>
        <List spacing="xs" listStyleType="none">
          {failing.map((f) => (
            <List.Item key={f.item}>
              <ReadinessEntry item={f.item} ok={false} message={f.message} />
            </List.Item>
          ))}
        </List>
      </Alert>
    );
  }
  const text =
    error instanceof ApiError && error.status === 409
      ? t('caseEditor.submit.conflict')
      : error instanceof ApiError && error.status === 403
        ? t('caseEditor.submit.forbidden')
        : t('caseEditor.submit.failed');
  return (
    <Alert color="red" title={t('caseEditor.submit.failedTitle')} role="alert">
      {text}
    </Alert>
  );
}
