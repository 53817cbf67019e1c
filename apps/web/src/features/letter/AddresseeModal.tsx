import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../../api/client';
import { useNotify } from '../../components/notify';
import { addresseeValuesOfLetter, specialistOfAddressee } from './addressee';
import { addresseeBody, addresseeProblemsOf, addresseeSchema, type AddresseeValues } from './addressee-form';
import { AddresseeFields } from './AddresseeFields';
import { letterFailureText } from './letter-errors';
import { type LetterAddressee, useSetAddressee } from './use-letter';

/**
 * Names (or changes) the letter's addressee after the decision, when the case editor no longer opens:
 * the same fields, and only they are sent.
 */
export function AddresseeModal({
  caseId,
  addressee,
  opened,
  onClose,
}: {
  caseId: string;
  addressee: LetterAddressee | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('letter.addressee.modalTitle')}
      closeButtonProps={{ 'aria-label': t('common.dismiss') }}
      centered
      size="lg"
    >
      {/* Mounted while open only: each opening starts from the letter's addressee as it is now. */}
      {opened && <AddresseeForm caseId={caseId} addressee={addressee} onDone={onClose} />}
    </Modal>
  );
}

function AddresseeForm({
  caseId,
  addressee,
  onDone,
}: {
  caseId: string;
  addressee: LetterAddressee | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSetAddressee(caseId);
  const form = useForm<AddresseeValues>({
    resolver: zodResolver(addresseeSchema),
    defaultValues: addresseeValuesOfLetter(addressee),
    mode: 'onTouched',
  });
  // A refusal the fields cannot show (the letter was signed meanwhile, no permission, the network).
  const fieldProblems = save.error instanceof ApiError ? addresseeProblemsOf(save.error, t) : [];

  const onSubmit = form.handleSubmit((values) =>
    save.mutate(addresseeBody(values), {
      onSuccess: () => {
        notify(t('letter.addressee.saved'));
        onDone();
      },
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        for (const problem of addresseeProblemsOf(error, t)) {
          form.setError(problem.field, { type: 'server', message: problem.message }, { shouldFocus: true });
        }
      },
    }),
  );

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack>
          <Text size="sm">{t('letter.addressee.explanation')}</Text>
          <AddresseeFields current={specialistOfAddressee(addressee)} />
          {save.isError && fieldProblems.length === 0 && (
            <Alert color="red" role="alert" title={t('letter.addressee.failedTitle')}>
              {letterFailureText(save.error, t)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone} disabled={save.isPending}>
              {t('letter.addressee.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('letter.addressee.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
