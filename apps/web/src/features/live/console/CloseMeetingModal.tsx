import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../../../api/client';
import { agendaInOrder, type MeetingDetail } from '../../boards/use-meeting';
import { useCloseMeeting } from './use-console';

function failureText(error: Error, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 409) return t('liveConsole.close.failed.conflict');
    if (error.status === 403) return t('liveConsole.close.failed.forbidden');
  }
  return t('liveConsole.close.failed.other');
}

/**
 * Closing the board, asked first: the cases still scheduled (no plan adopted) are named, since the
 * API defers each of them when the board closes. Cancel is the focused button.
 */
export function CloseMeetingModal({
  meeting,
  opened,
  onClose,
  onClosed,
}: {
  meeting: MeetingDetail;
  opened: boolean;
  onClose: () => void;
  onClosed: (meeting: MeetingDetail) => void;
}) {
  const { t } = useTranslation();
  const close = useCloseMeeting(meeting.id);
  const undecided = agendaInOrder(meeting).filter((item) => item.active && item.case.status === 'scheduled');

  const dismiss = () => {
    close.reset();
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={dismiss}
      title={t('liveConsole.close.title')}
      centered
      closeButtonProps={{ 'aria-label': t('liveConsole.close.dialogClose') }}
    >
      <Stack>
        <Text size="sm">{t('liveConsole.close.explanation')}</Text>
        {undecided.length === 0 ? (
          <Text size="sm">{t('liveConsole.close.allDecided')}</Text>
        ) : (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('liveConsole.close.deferred', { count: undecided.length })}
            </Text>
            <List size="sm" aria-label={t('liveConsole.close.deferredLabel')}>
              {undecided.map((item) => (
                <List.Item key={item.case.id}>
                  {t('liveConsole.close.deferredCase', {
                    position: item.position,
                    patient: item.case.patient.fullName,
                  })}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        {close.error && (
          <Alert color="red" role="alert" title={t('liveConsole.close.failedTitle')}>
            {failureText(close.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={dismiss} data-autofocus>
            {t('liveConsole.close.keep')}
          </Button>
          <Button
            color="red"
            loading={close.isPending}
            onClick={() => close.mutate(undefined, { onSuccess: onClosed })}
          >
            {t('liveConsole.close.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
