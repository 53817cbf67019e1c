import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

/**
 * A short confirmation in the corner, announced by screen readers; its close button is named, which
 * Mantine's is not by default.
 */
export function useNotify() {
  const { t } = useTranslation();
  return (message: string, tone: 'success' | 'error' = 'success') =>
    notifications.show({
      message,
      color: tone === 'success' ? 'teal' : 'red',
      closeButtonProps: { 'aria-label': t('common.dismiss') },
    });
}
