import { bestVerdict, worstVerdict } from './verdict';

describe('verdict ordering', () => {
  it('takes the worst verdict: contraindicated > caution > eligible, eligible when there is none', () => {
    expect(worstVerdict([])).toBe('eligible');
    expect(worstVerdict(['eligible', 'caution'])).toBe('caution');
    expect(worstVerdict(['caution', 'contraindicated', 'eligible'])).toBe('contraindicated');
  });

  it('takes the best verdict', () => {
    expect(bestVerdict(['contraindicated', 'caution'])).toBe('caution');
    expect(bestVerdict(['contraindicated', 'contraindicated'])).toBe('contraindicated');
    expect(bestVerdict(['caution', 'eligible', 'contraindicated'])).toBe('eligible');
  });
});
