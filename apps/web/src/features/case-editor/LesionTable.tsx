import { Button, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { type Ref } from 'react';
import { type UseFieldArrayReturn, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { ROMAN_SEGMENTS } from '../../components/CouinaudDiagram';
import type { CaseFormValues } from './case-form';
import { useFieldError } from './fields';
import { newLesion } from './lesions';

type LesionRows = UseFieldArrayReturn<CaseFormValues, 'lesions'>;

/** One row per lesion: its Couinaud segment and largest diameter; rows added and removed by button. */
export function LesionTable({
  rows,
  addButtonRef,
}: {
  rows: LesionRows;
  addButtonRef: Ref<HTMLButtonElement>;
}) {
  const { t } = useTranslation();
  const { register } = useFormContext<CaseFormValues>();
  const errorOf = useFieldError();
  const focusAdd = () => {
    if (addButtonRef && typeof addButtonRef === 'object') addButtonRef.current?.focus();
  };
  return (
    <>
      {rows.fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('caseEditor.lesions.none')}
        </Text>
      ) : (
        <Table verticalSpacing={4} aria-label={t('caseEditor.lesions.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('caseEditor.lesions.number')}</Table.Th>
              <Table.Th scope="col">{t('caseEditor.lesions.segment')}</Table.Th>
              <Table.Th scope="col">{t('caseEditor.lesions.diameter')}</Table.Th>
              <Table.Th scope="col">{t('caseEditor.lesions.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.fields.map((row, index) => {
              const n = index + 1;
              return (
                <Table.Tr key={row.id}>
                  <Table.Td>{n}</Table.Td>
                  <Table.Td>
                    <NativeSelect
                      aria-label={t('caseEditor.lesions.rowSegment', { n })}
                      data={[
                        { value: '', label: t('caseEditor.lesions.chooseSegment') },
                        ...ROMAN_SEGMENTS.map((numeral, i) => ({
                          value: String(i + 1),
                          label: t('caseEditor.lesions.segmentOption', { segment: numeral }),
                        })),
                      ]}
                      miw={140}
                      error={errorOf(`lesions.${index}.segment`)}
                      {...register(`lesions.${index}.segment`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('caseEditor.lesions.rowDiameter', { n })}
                      inputMode="decimal"
                      autoComplete="off"
                      rightSection={
                        <Text size="xs" aria-hidden>
                          mm
                        </Text>
                      }
                      miw={110}
                      error={errorOf(`lesions.${index}.diameterMm`)}
                      {...register(`lesions.${index}.diameterMm`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      variant="subtle"
                      color="red"
                      size="compact-sm"
                      aria-label={t('caseEditor.lesions.remove', { n })}
                      onClick={() => {
                        rows.remove(index);
                        focusAdd();
                      }}
                    >
                      {t('caseEditor.lesions.removeShort')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Button
        ref={addButtonRef}
        variant="light"
        size="sm"
        w="fit-content"
        onClick={() => rows.append(newLesion(), { focusName: `lesions.${rows.fields.length}.segment` })}
      >
        {t('caseEditor.lesions.add')}
      </Button>
    </>
  );
}
