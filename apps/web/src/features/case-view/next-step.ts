import type { TFunction } from 'i18next';

import type { Schemas } from '../../api/client';

export type CaseNextStep = Schemas['CaseNextStepDto'];

export interface NextStepText {
  /** Whose move it is: the reader's own (the presenter's) or someone else's. */
  tone: 'action' | 'waiting';
  text: string;
  /** The board the case is on. */
  link?: { to: string; label: string };
}

export interface NextStepFormat {
  t: TFunction;
  /** A moment in a named time zone, in the reader's language. */
  dateTime: (value: string, timeZone: string) => string;
  timeZoneName: (timeZone: string, at: string) => string;
  /** "A, B and C" in the reader's language. */
  list: (items: string[]) => string;
}

/** The one line that says what the case needs next; `null` when nothing is pending. */
export function describeNextStep(step: CaseNextStep, format: NextStepFormat): NextStepText | null {
  const { t } = format;
  const missing = format.list(step.missing.map((item) => t(`enums.readinessItem.${item}`)));
  switch (step.kind) {
    case 'complete':
      return { tone: 'action', text: t('caseView.nextStep.complete', { missing }) };
    case 'revise': {
      const returned = step.returnReason
        ? t('caseView.nextStep.revise', { reason: step.returnReason.trim().replace(/[.\s]+$/, '') })
        : t('caseView.nextStep.reviseNoReason');
      const text =
        step.missing.length > 0
          ? `${returned} ${t('caseView.nextStep.stillMissing', { missing })}`
          : returned;
      return { tone: 'action', text };
    }
    case 'submit':
      return { tone: 'action', text: t('caseView.nextStep.submit') };
    case 'awaiting_triage':
      return { tone: 'waiting', text: t('caseView.nextStep.awaitingTriage') };
    case 'awaiting_agenda':
      return { tone: 'waiting', text: t('caseView.nextStep.awaitingAgenda') };
    case 'awaiting_new_board':
      return { tone: 'waiting', text: t('caseView.nextStep.awaitingNewBoard') };
    case 'on_agenda': {
      const meeting = step.meeting;
      if (!meeting) return { tone: 'waiting', text: t('caseView.nextStep.onAgendaUnknown') };
      const text = t('caseView.nextStep.onAgenda', {
        title: meeting.title,
        when: format.dateTime(meeting.startsAt, meeting.timeZone),
        zone: format.timeZoneName(meeting.timeZone, meeting.startsAt),
      });
      return {
        tone: 'waiting',
        text,
        link: {
          to: `/meetings/${meeting.id}`,
          label: t('caseView.nextStep.openBoard', { title: meeting.title }),
        },
      };
    }
    case 'awaiting_follow_up':
      return { tone: 'waiting', text: t('caseView.nextStep.awaitingFollowUp') };
    case 'none':
      return null;
  }
}
