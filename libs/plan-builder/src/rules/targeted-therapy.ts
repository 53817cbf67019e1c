import { isColorectal } from '@consilium/domain';

import { hasPriorSystemicTherapy, isoDateToDayNumber } from './facts';
import { defineRule, type Reason, unknown } from './rule';

export const tgtEgfrRas = defineRule({
  id: 'TGT-EGFR-RAS',
  summary: 'EGFR inhibitors: RAS mutant (contraindicated), RAS pending or right-sided primary (caution)',
  modalities: ['targeted_therapy'],
  agents: ['cetuximab', 'panitumumab'],
  reads: ['ras', 'primarySite', 'primarySide'],
  source: 'NICE TA439; ESMO 2023',
  evaluate({ ras, primarySite, primarySide }, _context, say) {
    const reasons: Reason[] = [];
    const rasRead = { ras };
    if (ras === null) reasons.push(say('caution', unknown('ras'), rasRead));
    else if (ras === 'pending') reasons.push(say('caution', `${unknown('ras')} (result pending)`, rasRead));
    else if (ras === 'mutant') {
      reasons.push(
        say('contraindicated', 'RAS mutant: EGFR inhibitors are for RAS wild-type disease', rasRead),
      );
    } else reasons.push(say('eligible', 'RAS wild-type', rasRead));

    // Sidedness only qualifies colorectal primaries; for other primaries the clause does not apply.
    const sideRead = { primarySite, primarySide };
    if (primarySite === null) reasons.push(say('caution', unknown('primarySite'), sideRead));
    else if (isColorectal(primarySite)) {
      if (primarySide === null) reasons.push(say('caution', unknown('primarySide'), sideRead));
      else if (primarySide === 'right') {
        reasons.push(say('caution', 'Right-sided primary: less benefit from EGFR inhibitors', sideRead));
      } else reasons.push(say('eligible', 'Left-sided primary', sideRead));
    }
    return reasons;
  },
});

export const tgtBraf = defineRule({
  id: 'TGT-BRAF',
  summary:
    'Encorafenib + cetuximab: BRAF V600E absent (contraindicated), no prior systemic therapy (caution)',
  modalities: ['targeted_therapy'],
  agents: ['encorafenib_cetuximab'],
  reads: ['brafV600e', 'priorTreatments'],
  source: 'NICE TA668 (BEACON)',
  evaluate(facts, _context, say) {
    const { brafV600e } = facts;
    const reasons: Reason[] = [];
    const brafRead = { brafV600e };
    if (brafV600e === null) reasons.push(say('caution', unknown('brafV600e'), brafRead));
    else if (brafV600e === 'pending') {
      reasons.push(say('caution', `${unknown('brafV600e')} (result pending)`, brafRead));
    } else if (brafV600e === 'absent') {
      reasons.push(
        say(
          'contraindicated',
          'BRAF V600E absent: the combination is for BRAF V600E-mutant disease',
          brafRead,
        ),
      );
    } else reasons.push(say('eligible', 'BRAF V600E present', brafRead));

    const previouslyTreated = hasPriorSystemicTherapy(facts);
    const lineRead = { priorSystemicTherapy: previouslyTreated };
    reasons.push(
      previouslyTreated
        ? say('eligible', 'Previously treated with systemic therapy', lineRead)
        : say('caution', 'No prior systemic therapy: NICE TA668 covers previously treated disease', lineRead),
    );
    return reasons;
  },
});

export const tgtBevSurg = defineRule({
  id: 'TGT-BEV-SURG',
  summary: 'Bevacizumab with a resection planned within the surgery window',
  modalities: ['targeted_therapy'],
  agents: ['bevacizumab'],
  reads: ['plannedSurgeryDate'],
  source: 'Bevacizumab label (verify against SmPC)',
  evaluate({ plannedSurgeryDate }, { thresholds: t, today }, say) {
    const todayDay = isoDateToDayNumber(today);
    if (todayDay === null) throw new RangeError(`today must be an ISO date (YYYY-MM-DD), got "${today}"`);
    if (plannedSurgeryDate === null) {
      return [say('caution', unknown('plannedSurgeryDate'), { plannedSurgeryDate, today })];
    }
    const surgeryDay = isoDateToDayNumber(plannedSurgeryDate);
    if (surgeryDay === null) {
      return [
        say('caution', `${unknown('plannedSurgeryDate')} (not a valid date)`, { plannedSurgeryDate, today }),
      ];
    }
    const daysUntilSurgery = surgeryDay - todayDay;
    const read = { plannedSurgeryDate, today, daysUntilSurgery };
    // A planned date already past is stale: either the resection happened or the date needs updating.
    if (daysUntilSurgery < 0) {
      return [say('caution', `Planned surgery date ${plannedSurgeryDate} is in the past: update it`, read)];
    }
    if (daysUntilSurgery <= t.bevacizumabSurgeryWindowDays) {
      return [
        say(
          'caution',
          `Resection planned in ${daysUntilSurgery} days, within ${t.bevacizumabSurgeryWindowDays} days: ` +
            'check the interval against the bevacizumab SmPC',
          read,
        ),
      ];
    }
    return [
      say(
        'eligible',
        `Resection planned in ${daysUntilSurgery} days, beyond ${t.bevacizumabSurgeryWindowDays} days`,
        read,
      ),
    ];
  },
});

export const TARGETED_THERAPY_RULES = [tgtEgfrRas, tgtBraf, tgtBevSurg];
