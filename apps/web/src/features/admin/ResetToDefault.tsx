import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Reset to default" beside one setting; named for its field, off while the default is in place. */
export function ResetToDefault({
  field,
  atDefault,
  onReset,
}: {
  field: string;
  atDefault: boolean;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      onClick={onReset}
      disabled={atDefault}
      aria-label={t('admin.settings.resetField', { field })}
    >
      {t('admin.settings.reset')}
    </Button>
  );
}
