import { ADVISORY_STATEMENT, type RecommendationDto } from './dto/recommendation.dto';
import { escapeHtml, renderRecommendationHtml } from './recommendation-html';

const specialist = (id: string, fullName: string, discipline: 'surgery' | 'interventional_radiology') => ({
  id,
  fullName,
  discipline,
});

function recommendation(overrides: Partial<RecommendationDto> = {}): RecommendationDto {
  const surgeon = specialist('s1', 'Dr Sam Surgeon', 'surgery');
  const ir = specialist('s2', 'Dr Iris <IR>', 'interventional_radiology');
  return {
    id: 'r1',
    caseId: 'c1',
    case: {
      id: 'c1',
      status: 'decided',
      primarySite: 'colon',
      histology: 'adenocarcinoma',
      questionForBoard: 'Q?',
    },
    patient: {
      id: 'p1',
      mrn: 'MRN-1',
      fullName: 'Jan "Jantje" de Vries',
      birthDate: '1950-01-31',
      sex: 'male',
    },
    meeting: {
      id: 'm1',
      title: 'Liver board',
      boardType: 'Hepatobiliary MDT',
      status: 'in_progress',
      startsAt: new Date('2026-03-29T14:00:00Z'),
      localStartsAt: '2026-03-29T16:00:00+02:00',
    },
    proposalId: 'pr1',
    intent: 'curative',
    steps: [
      {
        position: 1,
        modality: 'targeted_therapy',
        agent: 'cetuximab',
        details: { regimen: 'FOLFIRI + cetuximab' },
        targetLesions: [],
        overrideJustification: 'Biopsy RAS wild-type & discordant',
        verdict: 'contraindicated',
        contraindications: [
          {
            ruleId: 'TGT-EGFR-RAS',
            verdict: 'contraindicated',
            message: 'RAS mutant',
            facts: {},
            source: 'NICE TA439',
          },
        ],
        overridden: true,
      },
      {
        position: 2,
        modality: 'surgical_resection',
        agent: null,
        details: null,
        targetLesions: [7],
        overrideJustification: null,
        verdict: 'eligible',
        contraindications: [],
        overridden: false,
      },
    ],
    rationale: '<img src=x onerror=alert(1)>',
    proposer: surgeon,
    overrides: [],
    votes: [
      { ...surgeon, vote: 'approve', comment: null, castAt: '2026-03-29T14:10:00.000Z', present: true },
      {
        ...ir,
        vote: 'reject',
        comment: 'Ablate </td> instead',
        castAt: '2026-03-29T14:11:00.000Z',
        present: true,
      },
    ],
    dissent: [
      {
        ...ir,
        vote: 'reject',
        comment: 'Ablate </td> instead',
        castAt: '2026-03-29T14:11:00.000Z',
        present: true,
      },
    ],
    tally: { approvals: 1, rejections: 1, abstentions: 0 },
    attendance: [
      { ...surgeon, present: true, role: null },
      { ...ir, present: true, role: 'guest' },
    ],
    quorum: {
      quorate: false,
      requiredDisciplines: ['surgery', 'radiology'],
      presentDisciplines: ['surgery'],
      missingDisciplines: ['radiology'],
    },
    chair: surgeon,
    adoptedBy: { id: 'u1', displayName: 'Claire Coordinator' },
    adoptedAt: new Date('2026-03-29T14:30:00Z'),
    localAdoptedAt: '2026-03-29T16:30:00+02:00',
    timeZone: 'Europe/Amsterdam',
    patientPreferencesDiscussed: true,
    ruleSetVersion: '1.0.0',
    advisory: ADVISORY_STATEMENT,
    followUp: null,
    ...overrides,
  };
}

describe('renderRecommendationHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml(null)).toBe('');
  });

  it('never lets a value become markup', () => {
    const page = renderRecommendationHtml(recommendation(), 'Hospital <Test>');
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('Jan &quot;Jantje&quot; de Vries');
    expect(page).toContain('Ablate &lt;/td&gt; instead');
    expect(page).toContain('Hospital &lt;Test&gt;');
  });

  it('highlights an override with its rule and justification, and the dissent', () => {
    const page = renderRecommendationHtml(recommendation(), 'H');
    expect(page).toContain('<tr class="override">');
    expect(page).toContain('TGT-EGFR-RAS: RAS mutant — NICE TA439');
    expect(page).toContain('Justification: Biopsy RAS wild-type &amp; discordant');
    expect(page).toContain('Dr Iris &lt;IR&gt;</strong> (interventional radiology) voted against');
    expect(page).toContain('segment 7');
  });

  it('shows times in the institution time zone, the quorum and the advisory statement', () => {
    const page = renderRecommendationHtml(recommendation(), 'H');
    expect(page).toMatch(/29 March 2026(,| at) 16:30 CEST/);
    expect(page).toContain('31 January 1950');
    expect(page).toContain('Quorum: not quorate (required: surgery, radiology; missing: radiology)');
    expect(page).toContain(ADVISORY_STATEMENT.replace(/'/g, '&#39;'));
  });

  it('says so when nobody dissented, and shows a recorded follow-up', () => {
    const page = renderRecommendationHtml(
      recommendation({
        dissent: [],
        followUp: {
          id: 'f1',
          caseId: 'c1',
          recommendationId: 'r1',
          status: 'not_implemented',
          reason: 'patient_choice',
          note: null,
          recordedBy: { id: 'u1', displayName: 'Claire' },
          recordedAt: new Date('2026-05-01T08:00:00Z'),
        },
      }),
      'H',
    );
    expect(page).toContain('No member of the board dissented.');
    expect(page).toContain('not implemented');
    expect(page).toContain('patient choice');
  });
});
