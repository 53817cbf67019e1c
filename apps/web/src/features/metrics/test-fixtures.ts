import { SUPPORTIVE_CARE_SERVICES } from '@consilium/domain';

import type { Metrics } from './use-metrics';

/** Three months of a liver board: 10 boards closed, 30 decisions, 24 letters signed, 25 follow-ups. */
export function buildMetrics(overrides: Partial<Metrics> = {}): Metrics {
  return {
    from: '2026-01-01T00:00:00.000Z',
    to: '2026-04-01T00:00:00.000Z',
    meetingsClosed: 10,
    casesDiscussed: 42,
    decisions: 30,
    lettersSigned: 24,
    byMonth: [
      { month: '2026-01', meetingsClosed: 3, casesDiscussed: 12, decisions: 9 },
      { month: '2026-02', meetingsClosed: 3, casesDiscussed: 11, decisions: 8 },
      { month: '2026-03', meetingsClosed: 4, casesDiscussed: 19, decisions: 13 },
    ],
    medianDaysSubmissionToDecision: 12.5,
    medianDaysDecisionToFollowUp: 41,
    followUps: {
      recorded: 25,
      implemented: 17,
      partiallyImplemented: 5,
      notImplemented: 3,
      implementedShare: 0.68,
      reasons: [
        { reason: 'toxicity', count: 2 },
        { reason: 'patient_choice', count: 4 },
        { reason: 'progression', count: 2 },
      ],
    },
    deferral: { agendaItems: 40, deferred: 3, rate: 0.075 },
    attendanceByDiscipline: [
      { discipline: 'nursing', presentAttendances: 3, meetingsAttended: 3, perMeeting: 0.3 },
      { discipline: 'surgery', presentAttendances: 21, meetingsAttended: 10, perMeeting: 2.1 },
      { discipline: 'radiology', presentAttendances: 10, meetingsAttended: 10, perMeeting: 1 },
    ],
    // Each service's five counts add up to the 30 decisions.
    supportiveCare: [
      { service: 'psycho_oncology', offered: 9, referred: 5, declined: 3, notNeeded: 9, notRecorded: 4 },
      { service: 'nutrition', offered: 6, referred: 8, declined: 1, notNeeded: 13, notRecorded: 2 },
      {
        service: 'pain_palliative_care',
        offered: 2,
        referred: 3,
        declined: 0,
        notNeeded: 21,
        notRecorded: 4,
      },
      { service: 'specialist_nurse', offered: 20, referred: 0, declined: 2, notNeeded: 6, notRecorded: 2 },
    ],
    minutesPerCase: 12.5,
    measuredMinutesPerCase: null,
    casesTimed: 0,
    boardType: null,
    boardTypes: ['Hepatobiliar', 'Colorrectal ampliado'],
    ...overrides,
  };
}

/** A range in which no board closed. */
export function emptyMetrics(): Metrics {
  return buildMetrics({
    meetingsClosed: 0,
    casesDiscussed: 0,
    decisions: 0,
    lettersSigned: 0,
    byMonth: [
      { month: '2026-01', meetingsClosed: 0, casesDiscussed: 0, decisions: 0 },
      { month: '2026-02', meetingsClosed: 0, casesDiscussed: 0, decisions: 0 },
    ],
    medianDaysSubmissionToDecision: null,
    medianDaysDecisionToFollowUp: null,
    followUps: {
      recorded: 0,
      implemented: 0,
      partiallyImplemented: 0,
      notImplemented: 0,
      implementedShare: null,
      reasons: [],
    },
    deferral: { agendaItems: 0, deferred: 0, rate: null },
    attendanceByDiscipline: [],
    supportiveCare: SUPPORTIVE_CARE_SERVICES.map((service) => ({
      service,
      offered: 0,
      referred: 0,
      declined: 0,
      notNeeded: 0,
      notRecorded: 0,
    })),
    minutesPerCase: null,
    measuredMinutesPerCase: null,
    casesTimed: 0,
  });
}
