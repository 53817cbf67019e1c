import { Box, Flex, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { EXTRAHEPATIC_DISEASE } from '@consilium/domain';

import { CouinaudDiagram } from '../../components/CouinaudDiagram';
import type { CaseFormValues } from './case-form';
import { EditorSection } from './EditorSection';
import { ChoiceField } from './fields';
import { lesionsForDiagram, newLesion } from './lesions';
import { LesionTable } from './LesionTable';

export function LiverMetastasesSection() {
  const { t } = useTranslation();
  const { control } = useFormContext<CaseFormValues>();
  const rows = useFieldArray({ control, name: 'lesions' });
  const lesions = useWatch<CaseFormValues, 'lesions'>({ name: 'lesions' });
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <EditorSection section="liver" title={t('caseEditor.sections.liver')}>
      {/* Side by side where both fit whole, the diagram under the table where they do not. */}
      <Flex gap="md" wrap="wrap" align="flex-start">
        <Stack gap="xs" style={{ flex: '1 1 27rem', minWidth: 0 }}>
          <LesionTable rows={rows} addButtonRef={addButton} />
        </Stack>
        <Box style={{ flex: '0 1 22rem' }}>
          <Stack gap={4}>
            <CouinaudDiagram
              lesions={lesionsForDiagram(lesions)}
              label={t('caseEditor.diagram.label')}
              onAddLesion={(segment) =>
                rows.append(newLesion(segment), { focusName: `lesions.${rows.fields.length}.diameterMm` })
              }
            />
            <Text size="xs" c="dimmed">
              {t('caseEditor.lesions.diagramHint')}
            </Text>
          </Stack>
        </Box>
      </Flex>
      <ChoiceField
        name="bilobar"
        label={t('caseEditor.fields.bilobar')}
        choices={[
          { value: 'yes', label: t('caseEditor.choice.yes') },
          { value: 'no', label: t('caseEditor.choice.no') },
        ]}
      />
      <ChoiceField
        name="extrahepaticDisease"
        label={t('caseEditor.fields.extrahepatic')}
        choices={EXTRAHEPATIC_DISEASE.map((v) => ({ value: v, label: t(`enums.extrahepaticDisease.${v}`) }))}
      />
    </EditorSection>
  );
}
