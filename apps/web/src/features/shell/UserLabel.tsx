import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Me } from '../auth/use-me';

/** "Dr. Ana Ruiz · Clinician, medical oncology": who is signed in, in words. */
export function UserLabel({ me, align = 'flex-end' }: { me: Me; align?: 'flex-start' | 'flex-end' }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0} align={align}>
      <Text size="sm" fw={600}>
        {me.displayName}
      </Text>
      <Text size="xs" c="dimmed">
        {t(`enums.role.${me.role}`)}
        {me.discipline ? ` · ${t(`enums.discipline.${me.discipline}`)}` : ''}
      </Text>
    </Stack>
  );
}
