import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  /** What will happen, said before it does. */
  children: ReactNode;
  confirmLabel: string;
  /** red for what ends access (deactivation, a password reset). */
  color?: 'red' | 'blue';
  pending: boolean;
  /** The failure of the last attempt, already in words. */
  error?: string | null;
  onConfirm: () => void;
  onClose: () => void;
}

/** A question before a change with consequences; the confirm button is not the focused one. */
export function ConfirmModal({
  opened,
  title,
  children,
  confirmLabel,
  color = 'blue',
  pending,
  error,
  onConfirm,
  onClose,
}: ConfirmModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      centered
      closeButtonProps={{ 'aria-label': t('admin.common.close') }}
    >
      <Stack>
        {children}
        {error && (
          <Alert color="red" role="alert" title={t('admin.common.failedTitle')}>
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('admin.common.cancel')}
          </Button>
          <Button color={color} onClick={onConfirm} loading={pending}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
