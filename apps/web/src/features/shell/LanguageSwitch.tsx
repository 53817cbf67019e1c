import { Button, Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { LANGUAGES } from '../../i18n';

// Each language is named in itself, so a reader who cannot read the current one still finds theirs.
const NAMES = { es: 'Español', en: 'English' } as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  return (
    <Group gap={6} role="group" aria-labelledby={labelId} wrap="nowrap">
      <Text id={labelId} size="sm" c="dimmed" visibleFrom="xs">
        {t('shell.language')}
      </Text>
      {LANGUAGES.map((language) => {
        const current = i18n.language === language;
        return (
          <Button
            key={language}
            size="compact-sm"
            variant={current ? 'filled' : 'subtle'}
            lang={language}
            aria-pressed={current}
            onClick={() => void i18n.changeLanguage(language)}
          >
            {NAMES[language]}
          </Button>
        );
      })}
    </Group>
  );
}
