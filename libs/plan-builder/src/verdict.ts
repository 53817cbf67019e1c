export const VERDICTS = ['eligible', 'caution', 'contraindicated'] as const;
export type Verdict = (typeof VERDICTS)[number];

const SEVERITY: Record<Verdict, number> = { eligible: 0, caution: 1, contraindicated: 2 };

// No verdict at all means nothing flagged the option, hence eligible.
export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((worst, v) => (SEVERITY[v] > SEVERITY[worst] ? v : worst), 'eligible');
}

export function bestVerdict(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>(
    (best, v) => (SEVERITY[v] < SEVERITY[best] ? v : best),
    verdicts.length > 0 ? 'contraindicated' : 'eligible',
  );
}
