import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { Schemas } from '../../../api/client';
import { CouinaudDiagram } from '../../../components/CouinaudDiagram';
import { QueryState } from '../../../components/QueryState';
import { agendaInOrder, type MeetingDetail } from '../../boards/use-meeting';
import { CaseStatusBadge } from '../../cases/CaseStatusBadge';
import { useCase } from '../../cases/use-case';
import { CaseFactsSummary } from './CaseSummary';
import { displayName, type NameMode } from './display-name';
import { DisplayPlanOptions } from './DisplayPlanOptions';
import { DisplayProposals } from './DisplayProposals';
import classes from './RoomDisplay.module.css';

/** A titled block of the wall: a region named by its heading. */
function Panel({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={classes.panel}>
      <Stack gap="sm">
        <Title order={3} size="h3" id={headingId}>
          {title}
        </Title>
        {children}
      </Stack>
    </section>
  );
}

function CaseOnWall({
  boardCase,
  meeting,
  nameMode,
  boardDay,
}: {
  boardCase: Schemas['CaseDto'];
  meeting: MeetingDetail;
  nameMode: NameMode;
  boardDay: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const agenda = agendaInOrder(meeting);
  const item = agenda.find((i) => i.case.id === boardCase.id);
  const patient = displayName(boardCase.patient, nameMode, boardDay);
  const presenter = boardCase.presentingSpecialist;

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={4}>
            <Title order={2} size="h1" id={headingId}>
              {item
                ? t('liveDisplay.currentCase.heading', {
                    position: item.position,
                    total: agenda.length,
                    patient,
                  })
                : t('liveDisplay.currentCase.headingOffAgenda', { patient })}
            </Title>
            <Text size="lg">
              {presenter
                ? t('liveDisplay.currentCase.presenter', {
                    name: presenter.fullName,
                    discipline: t(`enums.discipline.${presenter.discipline}`),
                  })
                : t('liveDisplay.agenda.noPresenter')}
            </Text>
          </Stack>
          <CaseStatusBadge status={boardCase.status} />
        </Group>

        <Panel title={t('liveDisplay.currentCase.question')}>
          <Text size="xl" fw={600} className={classes.question}>
            {boardCase.questionForBoard || t('liveDisplay.currentCase.noQuestion')}
          </Text>
        </Panel>

        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <Panel title={t('liveDisplay.facts.title')}>
            <CaseFactsSummary boardCase={boardCase} />
          </Panel>
          <Panel title={t('liveDisplay.diagram.title')}>
            <CouinaudDiagram lesions={boardCase.lesions} label={t('liveDisplay.diagram.label')} />
          </Panel>
        </SimpleGrid>

        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <Panel title={t('liveDisplay.options.title')}>
            <DisplayPlanOptions caseId={boardCase.id} label={t('liveDisplay.options.title')} />
          </Panel>
          <Panel title={t('liveDisplay.proposals.title')}>
            <DisplayProposals caseId={boardCase.id} label={t('liveDisplay.proposals.title')} />
          </Panel>
        </SimpleGrid>
      </Stack>
    </section>
  );
}

/** The case the board is discussing now, as the room sees it. */
export function CurrentCase({
  caseId,
  meeting,
  nameMode,
  boardDay,
}: {
  caseId: string;
  meeting: MeetingDetail;
  nameMode: NameMode;
  boardDay: string;
}) {
  const boardCase = useCase(caseId);
  return (
    <QueryState query={boardCase}>
      {() =>
        boardCase.data && (
          <CaseOnWall boardCase={boardCase.data} meeting={meeting} nameMode={nameMode} boardDay={boardDay} />
        )
      }
    </QueryState>
  );
}
