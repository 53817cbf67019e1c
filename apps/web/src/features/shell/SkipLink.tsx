import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import classes from './SkipLink.module.css';

/** The first stop of the keyboard: past the header and navigation, straight to the page. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <Anchor href="#main" className={classes.skip}>
      {t('shell.skipToContent')}
    </Anchor>
  );
}
