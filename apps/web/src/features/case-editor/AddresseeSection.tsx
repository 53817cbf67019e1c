import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Schemas } from '../../api/client';
import { AddresseeFields } from '../letter/AddresseeFields';
import { EditorSection } from './EditorSection';

/** The treating physician the board's letter is addressed to, named while the case is prepared. */
export function AddresseeSection({ current }: { current: Schemas['SpecialistSummaryDto'] | null }) {
  const { t } = useTranslation();
  return (
    <EditorSection section="addressee" title={t('caseEditor.sections.addressee')}>
      <Text size="sm" c="dimmed">
        {t('caseEditor.fields.addresseeHint')}
      </Text>
      <AddresseeFields current={current} />
    </EditorSection>
  );
}
