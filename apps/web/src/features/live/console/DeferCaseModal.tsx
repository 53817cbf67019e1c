import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../../../api/client';
import { useDeferCase } from './use-console';

/**
 * Defers the case under discussion with the board's reason (required): it leaves this board without
 * a plan and goes back to the coordinator's queue; the reason is in its history.
 */
export function DeferCaseModal({
  meetingId,
  caseId,
  patient,
  opened,
  onClose,
}: {
  meetingId: string;
  caseId: string;
  patient: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const defer = useDeferCase(meetingId);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  const dismiss = () => {
    defer.reset();
    setReason('');
    setMissing(false);
    onClose();
  };
  const submit = () => {
    const text = reason.trim();
    if (!text) {
      setMissing(true);
      return;
    }
    defer.mutate({ caseId, reason: text }, { onSuccess: dismiss });
  };

  return (
    <Modal
      opened={opened}
      onClose={dismiss}
      title={t('liveConsole.defer.title', { patient })}
      centered
      closeButtonProps={{ 'aria-label': t('common.dismiss') }}
    >
      <Stack>
        <Text size="sm">{t('liveConsole.defer.explanation')}</Text>
        <Textarea
          label={t('liveConsole.defer.reason')}
          description={t('liveConsole.defer.reasonHint')}
          required
          autosize
          minRows={3}
          maxLength={2000}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? t('liveConsole.defer.reasonRequired') : undefined}
          data-autofocus
        />
        {defer.error && (
          <Alert color="red" role="alert">
            {defer.error instanceof ApiError && defer.error.status === 409
              ? t('liveConsole.defer.conflict')
              : defer.error instanceof ApiError && defer.error.status === 403
                ? t('liveConsole.defer.forbidden')
                : t('liveConsole.defer.failed')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={dismiss}>
            {t('liveConsole.defer.keep')}
          </Button>
          <Button color="orange.9" onClick={submit} loading={defer.isPending}>
            {t('liveConsole.defer.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
