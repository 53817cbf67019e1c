import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../../api/client';
import { useTriageFailureText } from './triage-failure';
import { type IntakeCase, isStale, useReturnCase } from './use-intake';

// CaseActionReasonDto: 1–2000 characters once trimmed.
const MAX_REASON = 2000;

/** The problems a `400 VALIDATION_FAILED` names for `reason`. */
function reasonProblems(error: ApiError): string | null {
  const details = error.body?.details;
  if (!Array.isArray(details)) return null;
  const found = (details as unknown[]).find(
    (d): d is { field: string; problems?: unknown } =>
      Boolean(d) && typeof d === 'object' && (d as { field?: unknown }).field === 'reason',
  );
  if (!found) return null;
  return Array.isArray(found.problems) ? found.problems.map(String).join('; ') : '';
}

/**
 * Returning sends the case back to its presenter as a draft: the reason is required, and it is what
 * the presenter reads in their list of cases.
 */
export function ReturnCaseModal({
  boardCase,
  onClose,
  onReturned,
  onStale,
}: {
  boardCase: IntakeCase;
  onClose: () => void;
  onReturned: () => void;
  /** Someone else triaged it meanwhile, or it is gone: the page says so. */
  onStale: (error: ApiError) => void;
}) {
  const { t } = useTranslation();
  const returnCase = useReturnCase(boardCase);
  const failureText = useTriageFailureText();
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const name = boardCase.patient.fullName;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    setFailure(null);
    if (trimmed === '') {
      setFieldError(t('intake.return.reasonRequired'));
      return;
    }
    setFieldError(null);
    returnCase.mutate(trimmed, {
      onSuccess: onReturned,
      onError: (error) => {
        if (!(error instanceof ApiError)) return setFailure(failureText(error));
        if (isStale(error)) return onStale(error);
        if (error.code === 'REASON_REQUIRED') return setFieldError(t('intake.return.reasonRequired'));
        const problem = error.status === 400 ? reasonProblems(error) : null;
        if (problem === null) return setFailure(failureText(error));
        setFieldError(
          problem ? t('intake.return.rejectedWithReason', { problem }) : t('intake.return.rejected'),
        );
      },
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('intake.return.title')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.dismiss') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            {boardCase.presentingSpecialist
              ? t('intake.return.explanation', { name, presenter: boardCase.presentingSpecialist.fullName })
              : t('intake.return.explanationNoPresenter', { name })}
          </Text>
          <Textarea
            label={t('intake.return.reason')}
            description={t('intake.return.reasonHint')}
            required
            autosize
            minRows={4}
            maxLength={MAX_REASON}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              if (fieldError) setFieldError(null);
            }}
            error={fieldError}
            data-autofocus
          />
          {failure && (
            <Alert color="red" role="alert" title={t('intake.failedTitle')}>
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('intake.return.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={returnCase.isPending}>
              {t('intake.return.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
