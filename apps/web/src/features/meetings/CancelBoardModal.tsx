import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../../api/client';
import { type MeetingDetail, useCancelMeeting } from './use-meetings';

const MAX_REASON = 2000;

/** Cancelling a planned board, with the reason the API requires (kept with the board). */
export function CancelBoardModal({
  meetingId,
  opened,
  onClose,
  onCancelled,
}: {
  meetingId: string;
  opened: boolean;
  onClose: () => void;
  onCancelled: (meeting: MeetingDetail) => void;
}) {
  const { t } = useTranslation();
  const cancel = useCancelMeeting(meetingId);
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);

  const close = () => {
    setReason('');
    setFieldError(null);
    cancel.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setFieldError(t('boardCalendar.cancel.reasonRequired'));
      return;
    }
    setFieldError(null);
    cancel.mutate(reason.trim(), { onSuccess: onCancelled });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('boardCalendar.cancel.title')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('boardCalendar.cancel.explanation')}</Text>
          <Textarea
            label={t('boardCalendar.cancel.reason')}
            description={t('boardCalendar.cancel.reasonHint')}
            required
            minRows={3}
            autosize
            maxLength={MAX_REASON}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              if (fieldError) setFieldError(null);
            }}
            error={fieldError}
            data-autofocus
          />
          {cancel.error && (
            <Alert color="red" role="alert" title={t('boardCalendar.cancel.failedTitle')}>
              {cancelErrorText(cancel.error, t)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('boardCalendar.cancel.keep')}
            </Button>
            <Button type="submit" color="red" loading={cancel.isPending}>
              {t('boardCalendar.cancel.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function cancelErrorText(error: Error, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 409) return t('boardCalendar.cancel.conflict');
    if (error.status === 403) return t('boardCalendar.cancel.forbidden');
    if (error.status === 404) return t('boardCalendar.form.notFound');
    if (error.status === 400) return t('boardCalendar.cancel.rejected');
  }
  return t('boardCalendar.cancel.failed');
}
