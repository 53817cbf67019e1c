import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

import { canPropose, isCaseDecided, type ProposeRefusal } from '@consilium/domain';

import { CouinaudDiagram } from '../../../components/CouinaudDiagram';
import { QueryState } from '../../../components/QueryState';
import type { Me } from '../../auth/use-me';
import { agendaInOrder, type MeetingDetail } from '../../boards/use-meeting';
import { CaseStatusBadge } from '../../cases/CaseStatusBadge';
import { type BoardCase, useCase } from '../../cases/use-case';
import { CaseFactsSummary } from '../display/CaseSummary';
import { displayName } from '../display/display-name';
import { ProposalComposer } from '../proposals/ProposalComposer';
import { ProposalVotes } from '../proposals/ProposalVotes';
import classes from './Device.module.css';
import { myPresence } from './MyAttendance';

/** A titled block of the case: a region named by its heading. */
function Panel({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={classes.panel}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={headingId}>
          {title}
        </Title>
        {children}
      </Stack>
    </section>
  );
}

/** Why I cannot propose now, in words (the domain's rule, asked with what the meeting shows). */
function ProposeClosed({ refusal }: { refusal: ProposeRefusal }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" role="note">
      {proposeRefusalText(refusal, t)}
    </Text>
  );
}

function proposeRefusalText(refusal: ProposeRefusal, t: TFunction): string {
  switch (refusal.code) {
    case 'NO_SPECIALIST_PROFILE':
      return t('liveDevice.propose.noProfile');
    case 'MEETING_NOT_OPEN':
      return t('liveDevice.propose.meetingNotOpen');
    case 'CASE_NOT_ON_AGENDA':
      return isCaseDecided(refusal.state)
        ? t('liveDevice.propose.decided')
        : t('liveDevice.propose.notOnAgenda');
    case 'NOT_PRESENT':
      return t('liveDevice.propose.notPresent');
  }
}

function CaseOnDevice({ boardCase, meeting, me }: { boardCase: BoardCase; meeting: MeetingDetail; me: Me }) {
  const { t } = useTranslation();
  const headingId = useId();
  const agenda = agendaInOrder(meeting);
  const item = agenda.find((i) => i.case.id === boardCase.id);
  // Aged on the board's day in the institution's zone, as on every other screen of the board.
  const patient = displayName(boardCase.patient, 'full', meeting.localStartsAt.slice(0, 10));
  const presenter = boardCase.presentingSpecialist;
  const proposal = canPropose({
    callerSpecialistId: me.specialistId,
    meetingState: meeting.status,
    caseState: boardCase.status,
    onAgenda: item?.active === true,
    present: myPresence(meeting, me.specialistId) === true,
  });

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="md">
        <Stack gap={4}>
          <Group gap="sm" wrap="wrap" align="center">
            <Title order={2} size="h3" id={headingId}>
              {item
                ? t('liveDevice.currentCase.heading', {
                    position: item.position,
                    total: agenda.length,
                    patient,
                  })
                : t('liveDevice.currentCase.headingOffAgenda', { patient })}
            </Title>
            <CaseStatusBadge status={boardCase.status} />
          </Group>
          <Text size="sm">
            {presenter
              ? t('liveDevice.currentCase.presenter', {
                  name: presenter.fullName,
                  discipline: t(`enums.discipline.${presenter.discipline}`),
                })
              : t('liveDevice.currentCase.noPresenter')}
          </Text>
        </Stack>

        <Panel title={t('liveDevice.currentCase.question')}>
          <Text size="lg" fw={600} className={classes.question}>
            {boardCase.questionForBoard || t('liveDevice.currentCase.noQuestion')}
          </Text>
        </Panel>

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Panel title={t('liveDevice.currentCase.facts')}>
            <CaseFactsSummary boardCase={boardCase} />
          </Panel>
          <Panel title={t('liveDevice.currentCase.diagram')}>
            <CouinaudDiagram lesions={boardCase.lesions} label={t('liveDevice.currentCase.diagramLabel')} />
          </Panel>
        </SimpleGrid>

        <div className={classes.panel}>
          <ProposalVotes caseId={boardCase.id} meetingId={meeting.id} me={me} headingOrder={3} />
        </div>

        {me.permissions.includes('plans.propose') && (
          <div className={classes.panel}>
            {proposal.ok ? (
              <ProposalComposer meetingId={meeting.id} boardCase={boardCase} headingOrder={3} />
            ) : (
              <ProposeClosed refusal={proposal} />
            )}
          </div>
        )}
      </Stack>
    </section>
  );
}

/** The case the board is discussing now, as a specialist's own device shows it. */
export function DeviceCase({ caseId, meeting, me }: { caseId: string; meeting: MeetingDetail; me: Me }) {
  const boardCase = useCase(caseId);
  return (
    <QueryState query={boardCase}>
      {() => boardCase.data && <CaseOnDevice boardCase={boardCase.data} meeting={meeting} me={me} />}
    </QueryState>
  );
}
