import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useRef } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { MODALITY_CODES, RECIST_RESPONSES } from '@consilium/domain';

import { type CaseFormValues, TEXT_MAX_LENGTH } from './case-form';
import { EditorSection } from './EditorSection';
import { DecimalField, useFieldError } from './fields';

export function ComorbiditiesSection() {
  const { t } = useTranslation();
  const { control, register } = useFormContext<CaseFormValues>();
  const errorOf = useFieldError();
  const rows = useFieldArray({ control, name: 'comorbidities' });
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <EditorSection section="comorbidities" title={t('caseEditor.sections.comorbidities')}>
      {rows.fields.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('caseEditor.comorbidities.none')}
        </Text>
      )}
      {rows.fields.map((row, index) => (
        <Group key={row.id} align="flex-start" wrap="nowrap">
          <TextInput
            flex={1}
            label={t('caseEditor.comorbidities.item', { n: index + 1 })}
            maxLength={TEXT_MAX_LENGTH}
            error={errorOf(`comorbidities.${index}.text`)}
            {...register(`comorbidities.${index}.text`)}
          />
          <Button
            mt={25}
            variant="subtle"
            color="red"
            size="sm"
            onClick={() => {
              rows.remove(index);
              addButton.current?.focus();
            }}
          >
            {t('caseEditor.comorbidities.remove', { n: index + 1 })}
          </Button>
        </Group>
      ))}
      <Button
        ref={addButton}
        variant="light"
        size="sm"
        w="fit-content"
        onClick={() => rows.append({ text: '' })}
      >
        {t('caseEditor.comorbidities.add')}
      </Button>
    </EditorSection>
  );
}

export function PriorTreatmentsSection() {
  const { t } = useTranslation();
  const { control, register } = useFormContext<CaseFormValues>();
  const errorOf = useFieldError();
  const rows = useFieldArray({ control, name: 'priorTreatments' });
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <EditorSection section="priorTreatments" title={t('caseEditor.sections.priorTreatments')}>
      {rows.fields.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('caseEditor.treatments.none')}
        </Text>
      )}
      {rows.fields.map((row, index) => (
        <Fieldset
          key={row.id}
          legend={t('caseEditor.treatments.legend', { n: index + 1 })}
          variant="filled"
          p="sm"
        >
          <Stack gap="xs">
            {/* Two columns at most: the editor's column is narrow beside the readiness panel, and four
                cut the modality's name short. */}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('caseEditor.treatments.modality')}
                data={[
                  { value: '', label: t('caseEditor.treatments.chooseModality') },
                  ...MODALITY_CODES.map((m) => ({ value: m, label: t(`enums.modality.${m}`) })),
                ]}
                error={errorOf(`priorTreatments.${index}.modality`)}
                {...register(`priorTreatments.${index}.modality`)}
              />
              <TextInput
                label={t('caseEditor.treatments.regimen')}
                maxLength={TEXT_MAX_LENGTH}
                error={errorOf(`priorTreatments.${index}.regimen`)}
                {...register(`priorTreatments.${index}.regimen`)}
              />
              <DecimalField
                name={`priorTreatments.${index}.months`}
                label={t('caseEditor.treatments.months')}
              />
              <NativeSelect
                label={t('caseEditor.treatments.bestResponse')}
                data={[
                  { value: '', label: t('common.notRecorded') },
                  ...RECIST_RESPONSES.map((r) => ({ value: r, label: t(`enums.bestResponse.${r}`) })),
                ]}
                error={errorOf(`priorTreatments.${index}.bestResponse`)}
                {...register(`priorTreatments.${index}.bestResponse`)}
              />
            </SimpleGrid>
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              w="fit-content"
              onClick={() => {
                rows.remove(index);
                addButton.current?.focus();
              }}
            >
              {t('caseEditor.treatments.remove', { n: index + 1 })}
            </Button>
          </Stack>
        </Fieldset>
      ))}
      <Button
        ref={addButton}
        variant="light"
        size="sm"
        w="fit-content"
        onClick={() => rows.append({ modality: '', regimen: '', months: '', bestResponse: '' })}
      >
        {t('caseEditor.treatments.add')}
      </Button>
    </EditorSection>
  );
}
