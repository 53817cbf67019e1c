import { Group, Radio, TextInput, type TextInputProps } from '@mantine/core';
import {
  Controller,
  type FieldError,
  type FieldPath,
  get,
  useFormContext,
  useFormState,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { type CaseFormValues, readFieldMessage } from './case-form';

export type CaseField = FieldPath<CaseFormValues>;

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A field's error as the reader should see it: our checks translated, the server's text as sent. */
export function useFieldError() {
  const { t } = useTranslation();
  const { errors } = useFormState<CaseFormValues>();
  return (name: CaseField): string | undefined => {
    const error = get(errors, name) as FieldError | undefined;
    if (!error?.message) return undefined;
    if (error.type === 'server') return error.message;
    const ours = readFieldMessage(error.message);
    if (!ours) return error.message;
    const values = { ...ours.values };
    const key =
      ours.key === 'caseEditor.validation.range' && values.unit
        ? 'caseEditor.validation.rangeUnit'
        : ours.key;
    return (t as unknown as Translate)(key, values);
  };
}

/** A decimal field typed as text (comma or point), its unit in the label. */
export function DecimalField({ name, ...props }: { name: CaseField } & Omit<TextInputProps, 'name'>) {
  const { register } = useFormContext<CaseFormValues>();
  const errorOf = useFieldError();
  return (
    <TextInput inputMode="decimal" autoComplete="off" error={errorOf(name)} {...props} {...register(name)} />
  );
}

export interface Choice {
  value: string;
  label: string;
}

/**
 * A small set of choices as radio buttons, "not recorded" always one of them (first), so that an
 * explicit value such as "pending" is never confused with nothing.
 */
export function ChoiceField({
  name,
  label,
  description,
  choices,
}: {
  name: CaseField;
  label: string;
  description?: string;
  choices: readonly Choice[];
}) {
  const { t } = useTranslation();
  const { control } = useFormContext<CaseFormValues>();
  const errorOf = useFieldError();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Radio.Group
          label={label}
          description={description}
          value={String(field.value)}
          onChange={field.onChange}
          error={errorOf(name)}
        >
          <Group gap="md" mt={6}>
            <Radio value="" label={t('common.notRecorded')} onBlur={field.onBlur} />
            {choices.map((choice) => (
              <Radio key={choice.value} value={choice.value} label={choice.label} onBlur={field.onBlur} />
            ))}
          </Group>
        </Radio.Group>
      )}
    />
  );
}
