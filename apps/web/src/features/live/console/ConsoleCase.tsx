import { Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { type RefObject, useId } from 'react';
import { useTranslation } from 'react-i18next';

import { QueryState } from '../../../components/QueryState';
import type { Me } from '../../auth/use-me';
import type { AgendaItem, MeetingDetail } from '../../boards/use-meeting';
import { CaseFacts } from '../../case-view/CaseFacts';
import { CaseStatusBadge } from '../../cases/CaseStatusBadge';
import { useCase } from '../../cases/use-case';
import { PlanOptionsPanel } from '../../plan-options/PlanOptionsPanel';
import { ProposalComposer } from '../proposals/ProposalComposer';
import { ProposalVotes } from '../proposals/ProposalVotes';
import { CaseTimer } from './CaseTimer';
import classes from './Console.module.css';
import { plannedMinutesOf } from './ConsoleAgenda';
import { DiscussionNotes, type NoteDraft } from './DiscussionNotes';

function Question({ question }: { question: string | null }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        {t('liveConsole.case.question')}
      </Title>
      <Text size="lg" fw={600}>
        {question || t('liveConsole.case.noQuestion')}
      </Text>
    </section>
  );
}

/**
 * The case under discussion: its question, facts with the lesion diagram and the plan builder's
 * options with their reasons beside the discussion: the notes, the proposals with their live votes
 * (adopted from there), and the composer.
 */
export function ConsoleCase({
  meeting,
  me,
  item,
  total,
  noteBoxRef,
  notesRef,
  votesRef,
  proposeRef,
  composerOpen,
  onToggleComposer,
  onProposed,
  initialDraft,
  onDraftChange,
}: {
  meeting: MeetingDetail;
  me: Me;
  item: AgendaItem;
  total: number;
  /** Where the console's shortcuts move the focus (N, V, P). */
  noteBoxRef: RefObject<HTMLTextAreaElement | null>;
  notesRef: RefObject<HTMLElement | null>;
  votesRef: RefObject<HTMLDivElement | null>;
  proposeRef: RefObject<HTMLDivElement | null>;
  composerOpen: boolean;
  onToggleComposer: () => void;
  onProposed: () => void;
  initialDraft: NoteDraft;
  onDraftChange: (draft: NoteDraft) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const caseId = item.case.id;
  const boardCase = useCase(caseId);
  const presenter = item.case.presentingSpecialist;
  const mayPropose = me.permissions.includes('plans.propose');
  const since = meeting.currentCaseId === caseId ? meeting.currentCaseSince : null;

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={2}>
            <Title order={2} size="h3" id={headingId}>
              {t('liveConsole.case.heading', {
                position: item.position,
                total,
                patient: item.case.patient.fullName,
              })}
            </Title>
            <Text size="sm">
              {presenter
                ? t('liveConsole.case.presenter', {
                    name: presenter.fullName,
                    discipline: t(`enums.discipline.${presenter.discipline}`),
                  })
                : t('liveConsole.case.noPresenter')}
            </Text>
          </Stack>
          <CaseStatusBadge status={item.case.status} />
        </Group>
        {since && <CaseTimer since={since} plannedMinutes={plannedMinutesOf(item, meeting)} />}

        <Grid gap="lg">
          <Grid.Col span={{ base: 12, xl: 7 }}>
            <Stack gap="lg">
              <Question question={item.case.questionForBoard} />
              <QueryState query={boardCase}>
                {() =>
                  boardCase.data && (
                    <CaseFacts boardCase={boardCase.data} headingOrder={3} withQuestion={false} />
                  )
                }
              </QueryState>
              <PlanOptionsPanel caseId={caseId} headingOrder={3} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, xl: 5 }}>
            <Stack gap="lg">
              <DiscussionNotes
                meeting={meeting}
                caseId={caseId}
                me={me}
                initialDraft={initialDraft}
                onDraftChange={onDraftChange}
                noteBoxRef={noteBoxRef}
                sectionRef={notesRef}
              />
              <div ref={votesRef} tabIndex={-1} className={classes.focusTarget}>
                <ProposalVotes caseId={caseId} meetingId={meeting.id} me={me} headingOrder={3} />
              </div>
              {mayPropose ? (
                <Stack gap="sm">
                  <Group>
                    <Button
                      variant="light"
                      aria-expanded={composerOpen}
                      aria-keyshortcuts="P"
                      onClick={onToggleComposer}
                    >
                      {composerOpen ? t('liveConsole.propose.hide') : t('liveConsole.propose.show')}
                    </Button>
                  </Group>
                  {composerOpen && (
                    <div ref={proposeRef} tabIndex={-1} className={classes.focusTarget}>
                      <QueryState query={boardCase}>
                        {() =>
                          boardCase.data && (
                            <ProposalComposer
                              meetingId={meeting.id}
                              boardCase={boardCase.data}
                              headingOrder={3}
                              onProposed={onProposed}
                            />
                          )
                        }
                      </QueryState>
                    </div>
                  )}
                </Stack>
              ) : (
                <div ref={proposeRef} tabIndex={-1} className={classes.focusTarget}>
                  <Text size="sm">{t('liveConsole.propose.byClinicians')}</Text>
                </div>
              )}
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </section>
  );
}
