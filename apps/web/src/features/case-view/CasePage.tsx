import { Alert, Anchor, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { isCaseDecided } from '@consilium/domain';

import { ApiError, type Schemas } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useCase } from '../cases/use-case';
import { PlanOptionsPanel } from '../plan-options/PlanOptionsPanel';
import { CaseFacts } from './CaseFacts';
import { CaseHeader } from './CaseHeader';
import { CaseProposals } from './CaseProposals';
import { CaseRecommendation } from './CaseRecommendation';
import { CaseSection } from './CaseSection';
import { CaseTimeline } from './CaseTimeline';
import { NextStepBanner } from './NextStepBanner';

/** The case as every clinician and coordinator reads it: `/cases/:caseId`. */
export function CasePage() {
  const { caseId = '' } = useParams();
  const boardCase = useCase(caseId);
  const unavailable =
    boardCase.error instanceof ApiError && (boardCase.error.status === 404 || boardCase.error.status === 400);
  if (unavailable) return <CaseNotAvailable />;
  return (
    <QueryState query={boardCase}>
      {() => (boardCase.data ? <CaseView boardCase={boardCase.data} /> : null)}
    </QueryState>
  );
}

function CaseView({ boardCase }: { boardCase: Schemas['CaseDto'] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <CaseHeader boardCase={boardCase} />
      <NextStepBanner step={boardCase.nextStep} />
      {/* The page's sections, in reading order: once the board has decided, what it decided (and its
          letter, which the chair signs here) comes first, the facts it decided on after. */}
      {isCaseDecided(boardCase.status) && (
        <CaseSection title={t('caseView.sections.recommendation')}>
          <CaseRecommendation caseId={boardCase.id} />
        </CaseSection>
      )}
      <CaseSection title={t('caseView.sections.facts')}>
        <CaseFacts boardCase={boardCase} headingOrder={3} />
      </CaseSection>
      {/* A section of its own, with its own h2 (it is also the pre-read's). */}
      <Paper withBorder p="md" radius="md">
        <PlanOptionsPanel caseId={boardCase.id} />
      </Paper>
      <CaseSection title={t('caseView.sections.proposals')}>
        <CaseProposals caseId={boardCase.id} />
      </CaseSection>
      <CaseSection title={t('caseView.sections.timeline')}>
        <CaseTimeline caseId={boardCase.id} />
      </CaseSection>
    </Stack>
  );
}

function CaseNotAvailable() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t('caseView.notAvailableTitle')}</PageTitle>
      <Alert color="gray" variant="light">
        <Text size="sm">{t('caseView.notAvailable')}</Text>
      </Alert>
      <Anchor component={Link} to="/cases">
        {t('caseView.backToCases')}
      </Anchor>
    </Stack>
  );
}
