import { Group, Kbd, Stack, Text, Title } from '@mantine/core';
import { Fragment, type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

import { SHORTCUT_ACTIONS, SHORTCUT_KEYS } from './shortcuts';

function Row({ keys, children }: { keys: ReactNode; children: string }) {
  return (
    <Group component="div" gap="xs" wrap="nowrap" align="baseline">
      <Text component="dt" size="sm" miw={96}>
        {keys}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </Group>
  );
}

/** The console's keys, always on screen: the same table the key handler reads (`SHORTCUT_KEYS`). */
export function ShortcutList() {
  const { t } = useTranslation();
  const headingId = useId();
  const or = ` ${t('liveConsole.shortcuts.or')} `;
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {t('liveConsole.shortcuts.title')}
        </Title>
        <Text size="xs">{t('liveConsole.shortcuts.intro')}</Text>
        <Stack component="dl" gap={4} m={0}>
          {SHORTCUT_ACTIONS.map((action) => (
            <Row
              key={action}
              keys={SHORTCUT_KEYS[action].map((key, index) => (
                <Fragment key={key}>
                  {index > 0 && or}
                  <Kbd>{key.toUpperCase()}</Kbd>
                </Fragment>
              ))}
            >
              {t(`liveConsole.shortcuts.actions.${action}`)}
            </Row>
          ))}
          <Row
            keys={
              <>
                <Kbd>{t('liveConsole.shortcuts.keys.ctrl')}</Kbd> +{' '}
                <Kbd>{t('liveConsole.shortcuts.keys.enter')}</Kbd>
              </>
            }
          >
            {t('liveConsole.shortcuts.submitNote')}
          </Row>
          <Row
            keys={
              <>
                <Kbd>{t('liveConsole.shortcuts.keys.tab')}</Kbd>
                {or}
                <Kbd>{t('liveConsole.shortcuts.keys.shift')}</Kbd> +{' '}
                <Kbd>{t('liveConsole.shortcuts.keys.tab')}</Kbd>
              </>
            }
          >
            {t('liveConsole.shortcuts.tab')}
          </Row>
          <Row keys={<Kbd>{t('liveConsole.shortcuts.keys.esc')}</Kbd>}>
            {t('liveConsole.shortcuts.escape')}
          </Row>
        </Stack>
      </Stack>
    </section>
  );
}
