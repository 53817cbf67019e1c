import { Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { isCaseEditable, nextCaseState } from '@consilium/domain';

import type { Schemas } from '../../api/client';
import { useFormatters } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { useMe } from '../auth/use-me';
import { CaseStatusBadge } from '../cases/CaseStatusBadge';
import { addresseeOfCase, useAddresseeLabel } from '../letter/addressee';
import { WithdrawCaseModal } from './WithdrawCaseModal';

/** Who the case is about, where it stands, who presents it, and what the reader may do with it. */
export function CaseHeader({ boardCase }: { boardCase: Schemas['CaseDto'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data: me } = useMe();
  const [withdrawing, withdrawModal] = useDisclosure(false);
  const addresseeLabel = useAddresseeLabel();
  const { patient, presentingSpecialist: presenter } = boardCase;
  const addressee = addresseeOfCase(boardCase);

  // The API decides; this only hides what it would refuse: cases.write, and the workflow's states.
  const mayWrite = me?.permissions.includes('cases.write') ?? false;
  const mayEdit = mayWrite && isCaseEditable(boardCase.status);
  const mayWithdraw = mayWrite && nextCaseState(boardCase.status, 'withdraw').ok;

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <PageTitle documentTitle={t('common.documentTitle.case')}>
            {t('caseView.title', { name: patient.fullName })}
          </PageTitle>
          <Group gap="md" wrap="wrap">
            <CaseStatusBadge status={boardCase.status} />
            <Text size="sm">{t('caseView.header.mrn', { mrn: patient.mrn })}</Text>
            <Text size="sm">
              {t('caseView.header.born', { date: format.calendarDate(patient.birthDate) })}
            </Text>
            <Text size="sm">{t(`enums.sex.${patient.sex}`)}</Text>
          </Group>
          <Text size="sm" mt={4}>
            {presenter
              ? t('caseView.header.presenter', {
                  name: presenter.fullName,
                  discipline: t(`enums.discipline.${presenter.discipline}`),
                })
              : t('caseView.header.noPresenter')}
          </Text>
          <Text size="sm">
            {addressee
              ? t('caseView.header.treatingPhysician', { name: addresseeLabel(addressee) })
              : t('caseView.header.noTreatingPhysician')}
          </Text>
        </div>
        {(mayEdit || mayWithdraw) && (
          <Group gap="sm">
            {mayEdit && (
              <Button component={Link} to={`/cases/${boardCase.id}/edit`} variant="light">
                {t('caseView.header.edit')}
              </Button>
            )}
            {mayWithdraw && (
              <Button variant="outline" color="red" onClick={withdrawModal.open}>
                {t('caseView.header.withdraw')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      <WithdrawCaseModal caseId={boardCase.id} opened={withdrawing} onClose={withdrawModal.close} />
    </Stack>
  );
}
