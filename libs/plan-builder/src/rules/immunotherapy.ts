import { isColorectal } from '@consilium/domain';

import { defineRule, unknown } from './rule';

export const ioMsi = defineRule({
  id: 'IO-MSI',
  summary: 'Colorectal primary: immunotherapy only for MSI-H/dMMR disease',
  modalities: ['immunotherapy'],
  reads: ['primarySite', 'msi'],
  source: 'NICE TA709 (KEYNOTE-177)',
  evaluate({ primarySite, msi }, _context, say) {
    const read = { primarySite, msi };
    // Without a primary site neither IO-MSI nor IO-OTHER can be chosen; IO-MSI reports it.
    if (primarySite === null) return [say('caution', unknown('primarySite'), read)];
    if (!isColorectal(primarySite)) return [];
    switch (msi) {
      case null:
        return [say('caution', unknown('msi'), read)];
      case 'pending':
        return [say('caution', `${unknown('msi')} (result pending)`, read)];
      case 'mss':
        return [
          say(
            'contraindicated',
            'MSS/pMMR colorectal cancer: checkpoint inhibitors are for MSI-H/dMMR',
            read,
          ),
        ];
      case 'msi_high':
        return [say('eligible', 'MSI-H/dMMR colorectal cancer', read)];
    }
  },
});

export const ioOther = defineRule({
  id: 'IO-OTHER',
  summary: 'Non-colorectal primary: no biomarker rule yet',
  modalities: ['immunotherapy'],
  reads: ['primarySite'],
  source: 'None cited in rule set 1.0.0',
  evaluate({ primarySite }, _context, say) {
    if (primarySite === null || isColorectal(primarySite)) return [];
    return [
      say(
        'caution',
        `Primary site ${primarySite}: no biomarker rule yet; check eligibility per primary-specific guideline`,
        { primarySite },
      ),
    ];
  },
});

export const IMMUNOTHERAPY_RULES = [ioMsi, ioOther];
