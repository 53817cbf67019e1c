import { describe, expect, it } from 'vitest';

import { createI18n } from '../../i18n';
import { type CaseNextStep, describeNextStep } from './next-step';

const i18n = createI18n('en');
const format = {
  t: i18n.t,
  dateTime: (value: string, timeZone: string) => `${value} in ${timeZone}`,
  timeZoneName: (timeZone: string) => `zone ${timeZone}`,
  list: (items: string[]) => items.join(' + '),
};

const step = (over: Partial<CaseNextStep>): CaseNextStep => ({
  kind: 'none',
  missing: [],
  returnReason: null,
  since: null,
  followUpDueAt: null,
  overdue: false,
  meeting: null,
  ...over,
});

describe('what happens next', () => {
  it('names the missing readiness items of a draft', () => {
    expect(describeNextStep(step({ kind: 'complete', missing: ['ecog', 'biomarkers'] }), format)).toEqual({
      tone: 'action',
      text: 'Missing before it can be submitted: ECOG performance status + Biomarkers.',
    });
  });

  it("gives the coordinator's reason for a return, and what is still missing", () => {
    expect(
      describeNextStep(
        step({ kind: 'revise', returnReason: 'Add the MSI status', missing: ['imaging'] }),
        format,
      )?.text,
    ).toBe(
      'Returned by the coordinator: Add the MSI status — revise and resubmit. Still missing: Recent imaging.',
    );
    expect(describeNextStep(step({ kind: 'revise' }), format)?.text).toBe(
      'Returned by the coordinator — revise and resubmit.',
    );
  });

  it("names the board, its time in the board's zone, and links to it", () => {
    const meeting = {
      id: 'm-1',
      title: 'Hepatobiliary MDT',
      startsAt: '2026-03-12T14:00:00.000Z',
      localStartsAt: '2026-03-12T15:00:00+01:00',
      timeZone: 'Europe/Madrid',
    };
    expect(describeNextStep(step({ kind: 'on_agenda', meeting }), format)).toEqual({
      tone: 'waiting',
      text: 'On the agenda of Hepatobiliary MDT, 2026-03-12T14:00:00.000Z in Europe/Madrid (zone Europe/Madrid).',
      link: { to: '/meetings/m-1', label: 'Open Hepatobiliary MDT' },
    });
  });

  it('says whose turn it is in the other states, and nothing once there is nothing to do', () => {
    expect(describeNextStep(step({ kind: 'awaiting_triage' }), format)?.text).toBe(
      "Waiting for the coordinator's review.",
    );
    expect(describeNextStep(step({ kind: 'awaiting_follow_up' }), format)?.text).toBe(
      'Decided: awaiting follow-up.',
    );
    expect(describeNextStep(step({ kind: 'submit' }), format)?.tone).toBe('action');
    expect(describeNextStep(step({ kind: 'none' }), format)).toBeNull();
  });
});

describe('a returned case', () => {
  it("reads the coordinator's reason once punctuated, whatever it ends with", () => {
    const step: CaseNextStep = {
      kind: 'revise',
      missing: [],
      returnReason: 'Add the liver MRI. ',
      since: null,
      followUpDueAt: null,
      overdue: false,
      meeting: null,
    };
    expect(describeNextStep(step, format)?.text).toBe(
      'Returned by the coordinator: Add the liver MRI — revise and resubmit.',
    );
  });
});
