import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useServiceAvailable } from '../../api/api-provider';

/** While the API answers 503 the session stays: say so, and that reads are being retried. */
export function ServiceBanner() {
  const { t } = useTranslation();
  if (useServiceAvailable()) return null;
  return (
    <Alert color="orange" title={t('shell.unavailable.title')} mb="md">
      {t('shell.unavailable.body')}
    </Alert>
  );
}
