import { Alert, Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { isCaseEditable } from '@consilium/domain';

import { useFormatters } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useMe } from '../auth/use-me';
import { CaseStatusBadge } from '../cases/CaseStatusBadge';
import { type BoardCase, useCase } from '../cases/use-case';
import { CaseEditorForm } from './CaseEditorForm';

function CaseHeader({ boardCase }: { boardCase: BoardCase }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { patient } = boardCase;
  return (
    <Paper withBorder p="sm" mb="md" aria-label={t('caseEditor.patient.label')} component="section">
      <Group justify="space-between" gap="sm">
        <Group gap="lg" wrap="wrap">
          <Text fw={700} size="lg">
            {patient.fullName}
          </Text>
          <Text size="sm">{t('caseEditor.patient.mrn', { mrn: patient.mrn })}</Text>
          <Text size="sm">
            {t('caseEditor.patient.born', { date: format.calendarDate(patient.birthDate) })}
          </Text>
          <Text size="sm">{t(`enums.sex.${patient.sex}`)}</Text>
          <CaseStatusBadge status={boardCase.status} />
        </Group>
        <Anchor component={Link} to={`/cases/${boardCase.id}`} size="sm">
          {t('caseEditor.openCase')}
        </Anchor>
      </Group>
    </Paper>
  );
}

function ReadOnlyNotice({ boardCase, reason }: { boardCase: BoardCase; reason: 'state' | 'permission' }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" title={t('caseEditor.readOnly.title')}>
      <Stack gap="xs">
        <Text size="sm">
          {reason === 'permission'
            ? t('caseEditor.readOnly.noPermission')
            : t('caseEditor.readOnly.closedState', { status: t(`enums.caseStatus.${boardCase.status}`) })}
        </Text>
        {/* Decided, the letter may still be unsigned: its addressee is set beside it. */}
        {reason === 'state' && boardCase.status === 'decided' && (
          <Text size="sm">{t('caseEditor.readOnly.addresseeOnCasePage')}</Text>
        )}
        <Anchor component={Link} to={`/cases/${boardCase.id}`} size="sm">
          {t('caseEditor.openCase')}
        </Anchor>
      </Stack>
    </Alert>
  );
}

/** `/cases/:caseId/edit`: the presenting clinician prepares a case for the board. */
export function CaseEditorPage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const me = useMe();
  const boardCase = useCase(caseId);
  return (
    <Stack gap={0}>
      <PageTitle>{t('caseEditor.title')}</PageTitle>
      <QueryState query={boardCase}>
        {() => {
          const data = boardCase.data;
          if (!data) return null;
          const mayWrite = me.data?.permissions.includes('cases.write') === true;
          return (
            <>
              <CaseHeader boardCase={data} />
              {!me.data ? null : !mayWrite ? (
                <ReadOnlyNotice boardCase={data} reason="permission" />
              ) : !isCaseEditable(data.status) ? (
                <ReadOnlyNotice boardCase={data} reason="state" />
              ) : (
                // Keyed by case: another case's form starts from its own saved facts.
                <CaseEditorForm key={data.id} boardCase={data} />
              )}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
