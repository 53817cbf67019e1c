import { Group, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { Controller, type FieldError, get, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { Schemas } from '../../api/client';
import { useAllSpecialists } from '../meetings/use-meetings';
import {
  ADDRESSEE_CONTACT_MAX,
  ADDRESSEE_NAME_MAX,
  type AddresseeField,
  type AddresseeKind,
  type AddresseeValues,
} from './addressee-form';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A field's error: our checks are catalogue keys, the server's problems its own text. */
function useAddresseeError() {
  const { t } = useTranslation();
  const { errors } = useFormState<AddresseeValues>();
  return (name: AddresseeField): string | undefined => {
    const error = get(errors, name) as FieldError | undefined;
    if (!error?.message) return undefined;
    if (error.type === 'server') return error.message;
    return (t as unknown as Translate)(error.message, {
      max: name === 'treatingPhysicianContact' ? ADDRESSEE_CONTACT_MAX : ADDRESSEE_NAME_MAX,
    });
  };
}

/**
 * Whom the board's letter is for: a specialist of the directory or an outside physician by name and
 * contact. Used inside a react-hook-form form holding `AddresseeValues` (the case editor's, and the
 * letter panel's after the decision).
 */
export function AddresseeFields({
  current,
}: {
  /** The specialist the case names now, listed even before the directory has loaded. */
  current?: Schemas['SpecialistSummaryDto'] | null;
}) {
  const { t } = useTranslation();
  const { control, register } = useFormContext<AddresseeValues>();
  const errorOf = useAddresseeError();
  const kind = useWatch<AddresseeValues, 'treatingPhysicianKind'>({ name: 'treatingPhysicianKind' });
  return (
    <Stack gap="sm">
      <Controller
        control={control}
        name="treatingPhysicianKind"
        render={({ field }) => (
          <Radio.Group
            label={t('letter.addressee.kind')}
            value={field.value}
            onChange={(value) => field.onChange(value as AddresseeKind)}
          >
            <Group gap="lg" mt={6}>
              <Radio value="specialist" label={t('letter.addressee.kindSpecialist')} onBlur={field.onBlur} />
              <Radio value="external" label={t('letter.addressee.kindExternal')} onBlur={field.onBlur} />
            </Group>
          </Radio.Group>
        )}
      />
      {kind === 'specialist' ? (
        <SpecialistSelect current={current ?? null} error={errorOf('treatingPhysicianSpecialistId')} />
      ) : (
        <>
          <TextInput
            label={t('letter.addressee.name')}
            description={t('letter.addressee.nameHint')}
            maxLength={ADDRESSEE_NAME_MAX}
            autoComplete="off"
            error={errorOf('treatingPhysicianName')}
            {...register('treatingPhysicianName')}
          />
          <Textarea
            label={t('letter.addressee.contact')}
            description={t('letter.addressee.contactHint')}
            maxLength={ADDRESSEE_CONTACT_MAX}
            autosize
            minRows={2}
            autoComplete="off"
            error={errorOf('treatingPhysicianContact')}
            {...register('treatingPhysicianContact')}
          />
        </>
      )}
    </Stack>
  );
}

function SpecialistSelect({
  current,
  error,
}: {
  current: Schemas['SpecialistSummaryDto'] | null;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const { control } = useFormContext<AddresseeValues>();
  const specialists = useAllSpecialists();
  const listed = specialists.data ?? [];
  const all = current && !listed.some((s) => s.id === current.id) ? [current, ...listed] : listed;
  const options = all.map((s) => ({
    value: s.id,
    label: t('letter.addressee.specialistOption', {
      name: s.fullName,
      discipline: t(`enums.discipline.${s.discipline}`),
    }),
  }));
  return (
    <Controller
      control={control}
      name="treatingPhysicianSpecialistId"
      render={({ field }) => (
        <Select
          label={t('letter.addressee.specialist')}
          placeholder={t('letter.addressee.specialistPlaceholder')}
          nothingFoundMessage={
            specialists.isError
              ? t('letter.addressee.specialistsFailed')
              : t('letter.addressee.specialistNone')
          }
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('letter.addressee.clearSpecialist') }}
          data={options}
          value={field.value || null}
          onChange={(value) => field.onChange(value ?? '')}
          onBlur={field.onBlur}
          ref={field.ref}
          name={field.name}
          error={error}
          maw={420}
        />
      )}
    />
  );
}
