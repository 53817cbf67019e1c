import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../../api/client';
import { useWithdrawCase } from './use-case-view';

const MAX_REASON = 2000;

/** Withdrawing takes the case out of the workflow for good: the reason is kept in its history. */
export function WithdrawCaseModal({
  caseId,
  opened,
  onClose,
}: {
  caseId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const withdraw = useWithdrawCase(caseId);
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);

  const close = () => {
    setReason('');
    setFieldError(null);
    withdraw.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setFieldError(t('caseView.withdraw.reasonRequired'));
      return;
    }
    setFieldError(null);
    withdraw.mutate(reason.trim(), { onSuccess: close });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('caseView.withdraw.title')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('caseView.withdraw.explanation')}</Text>
          <Textarea
            label={t('caseView.withdraw.reason')}
            description={t('caseView.withdraw.reasonHint')}
            required
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
          {withdraw.error && (
            <Alert color="red" role="alert" title={t('caseView.withdraw.failedTitle')}>
              {withdrawErrorText(withdraw.error, t)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('caseView.withdraw.cancel')}
            </Button>
            <Button type="submit" color="red" loading={withdraw.isPending}>
              {t('caseView.withdraw.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function withdrawErrorText(error: Error, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 409) return t('caseView.withdraw.conflict');
    if (error.status === 403) return t('caseView.withdraw.forbidden');
    if (error.status === 404) return t('caseView.notAvailable');
    if (error.status === 422 || error.status === 400) return t('caseView.withdraw.rejected');
  }
  return t('caseView.withdraw.failed');
}
