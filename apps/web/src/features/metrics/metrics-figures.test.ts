import { describe, expect, it } from 'vitest';

import { createI18n, type Language } from '../../i18n';
import {
  activitySummary,
  attendanceRows,
  attendanceSummary,
  createFormats,
  csvFilename,
  csvRows,
  deferralSummary,
  type FigureContext,
  lettersSignedSummary,
  minutesSummary,
  minutesValue,
  monthRows,
  outcomeRows,
  outcomeSummary,
  reasonRows,
  reasonSummary,
  supportiveCareRows,
  supportiveCareSummary,
  toCsv,
} from './metrics-figures';
import { buildMetrics, emptyMetrics } from './test-fixtures';

function contextIn(language: Language): FigureContext {
  return { t: createI18n(language).t, f: createFormats(language) };
}
const en = contextIn('en');
const es = contextIn('es');
// Intl separates a number from its percent sign with a no-break space in Spanish.
const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');

describe('number formats', () => {
  it('writes decimals and percentages the reader’s way', () => {
    expect(en.f.decimal(12.5)).toBe('12.5');
    expect(es.f.decimal(12.5)).toBe('12,5');
    expect(en.f.percent(0.075)).toBe('7.5%');
    expect(nbsp(es.f.percent(0.075))).toBe('7,5 %');
    expect(en.f.month('2026-03', 'long')).toBe('March 2026');
    expect(es.f.month('2026-03', 'long')).toBe('marzo de 2026');
  });
});

describe('the figures in words', () => {
  it('says the activity of the range and its busiest month', () => {
    expect(activitySummary(buildMetrics(), en)).toBe(
      '42 cases discussed at 10 closed boards in this range; 30 recommendations adopted. ' +
        'The busiest month was March 2026, with 19 cases.',
    );
    expect(activitySummary(buildMetrics(), es)).toBe(
      '42 casos tratados en 10 comités cerrados en este periodo; 30 recomendaciones adoptadas. ' +
        'El mes con más casos fue marzo de 2026, con 19 casos.',
    );
  });

  it('names tied busiest months, and agrees in number with a single case', () => {
    const metrics = buildMetrics({
      meetingsClosed: 1,
      casesDiscussed: 1,
      decisions: 1,
      byMonth: [
        { month: '2026-01', meetingsClosed: 1, casesDiscussed: 1, decisions: 1 },
        { month: '2026-02', meetingsClosed: 0, casesDiscussed: 1, decisions: 0 },
        { month: '2026-03', meetingsClosed: 0, casesDiscussed: 0, decisions: 0 },
      ],
    });
    expect(activitySummary(metrics, en)).toBe(
      '1 case discussed at 1 closed board in this range; 1 recommendation adopted. ' +
        'The busiest months were January 2026 and February 2026, with 1 case each.',
    );
    expect(activitySummary(metrics, es)).toContain('1 caso tratado en 1 comité cerrado');
  });

  it('says nothing but "no boards" for an empty range', () => {
    const metrics = emptyMetrics();
    expect(activitySummary(metrics, en)).toBeNull();
    expect(outcomeSummary(metrics, en)).toBeNull();
    expect(reasonSummary(metrics, en)).toBeNull();
    expect(deferralSummary(metrics, en)).toBeNull();
    expect(attendanceSummary(metrics, en)).toBeNull();
    expect(minutesSummary(metrics, en)).toBeNull();
    expect(lettersSignedSummary(metrics, en)).toBeNull();
    expect(supportiveCareSummary(metrics, en)).toBeNull();
  });

  it('says how many recommendations were implemented, as a percentage', () => {
    expect(outcomeSummary(buildMetrics(), en)).toBe(
      '68% of follow-ups implemented: 17 of 25 recorded in this range; 5 partially and 3 not implemented.',
    );
    expect(nbsp(outcomeSummary(buildMetrics(), es) ?? '')).toBe(
      'Se realizó el 68 % de los seguimientos: 17 de 25 registrados en este periodo; 5 en parte y 3 no se realizaron.',
    );
    expect(outcomeRows(buildMetrics())).toEqual([
      { outcome: 'implemented', count: 17, share: 0.68 },
      { outcome: 'partially_implemented', count: 5, share: 0.2 },
      { outcome: 'not_implemented', count: 3, share: 0.12 },
    ]);
  });

  it('names the most frequent reasons with their labels, ties included', () => {
    expect(reasonRows(buildMetrics()).map((r) => r.reason)).toEqual([
      'patient_choice',
      'toxicity',
      'progression',
    ]);
    expect(reasonSummary(buildMetrics(), en)).toBe('The most frequent reason was “Patient choice” (4 of 8).');
    const tied = buildMetrics({
      followUps: {
        ...buildMetrics().followUps,
        reasons: [
          { reason: 'toxicity', count: 2 },
          { reason: 'progression', count: 2 },
          { reason: 'death', count: 0 },
        ],
      },
    });
    expect(reasonSummary(tied, es)).toBe(
      'Los motivos más frecuentes fueron «Toxicidad» y «Progresión» (2 cada uno, de 4).',
    );
    expect(reasonRows(tied)).toHaveLength(2);
  });

  it('says the deferral rate and the minutes per case', () => {
    expect(deferralSummary(buildMetrics(), en)).toBe(
      '7.5% of the 40 agenda items of boards closed in this range were deferred (3).',
    );
    expect(nbsp(deferralSummary(buildMetrics(), es) ?? '')).toBe(
      'Se aplazó el 7,5 % de los 40 casos en el orden del día de los comités cerrados en este periodo (3).',
    );
    expect(minutesSummary(buildMetrics(), es)).toBe('De media, 12,5 minutos previstos por caso tratado.');
  });

  it('ranks attendance by members per board and names the best and least represented', () => {
    expect(attendanceRows(buildMetrics(), en).map((r) => r.label)).toEqual([
      'Surgery',
      'Radiology',
      'Nursing',
    ]);
    expect(attendanceSummary(buildMetrics(), en)).toBe(
      'Over 10 closed boards, Surgery had the most members present (2.1 per board) and Nursing the fewest (0.3 per board).',
    );
    expect(attendanceSummary(buildMetrics(), es)).toBe(
      'En 10 comités cerrados, Cirugía fue la especialidad con más miembros presentes (2,1 por comité) y Enfermería la que menos (0,3 por comité).',
    );
  });

  it('reports the minutes measured on the live board when it timed cases, the scheduled ones otherwise', () => {
    const measured = buildMetrics({ measuredMinutesPerCase: 8.4, casesTimed: 5 });
    expect(minutesValue(measured)).toBe(8.4);
    expect(minutesSummary(measured, en)).toBe(
      'On average, 8.4 minutes of discussion per case, measured on the live board for 5 cases (12.5 scheduled).',
    );
    expect(minutesValue(buildMetrics())).toBe(12.5);
  });

  it('says so when every discipline had as many members present', () => {
    const even = buildMetrics({
      attendanceByDiscipline: [
        { discipline: 'surgery', presentAttendances: 10, meetingsAttended: 10, perMeeting: 1 },
        { discipline: 'radiology', presentAttendances: 10, meetingsAttended: 10, perMeeting: 1 },
      ],
    });
    expect(attendanceSummary(even, en)).toBe(
      'Over 10 closed boards, the 2 disciplines present had the same: 1 per board.',
    );
  });

  it('says how many letters are signed, and how many still wait', () => {
    expect(lettersSignedSummary(buildMetrics(), en)).toBe(
      '80% of the letters signed: 24 of 30 recommendations adopted in this range. 6 letters still await their signature.',
    );
    expect(nbsp(lettersSignedSummary(buildMetrics(), es) ?? '')).toBe(
      'Se firmó el 80 % de las cartas: 24 de 30 recomendaciones adoptadas en este periodo. 6 cartas siguen pendientes de firma.',
    );
    expect(lettersSignedSummary(buildMetrics({ decisions: 1, lettersSigned: 0 }), en)).toBe(
      '0% of the letters signed: 0 of 1 recommendation adopted in this range. 1 letter still awaits its signature.',
    );
    expect(lettersSignedSummary(buildMetrics({ lettersSigned: 30 }), en)).toBe(
      '100% of the letters signed: 30 of 30 recommendations adopted in this range.',
    );
  });

  it('keeps the services in the API’s order and names the one most often offered or referred', () => {
    expect(supportiveCareRows(buildMetrics(), es).map((r) => r.label)).toEqual([
      'Psicooncología',
      'Nutrición',
      'Dolor y cuidados paliativos',
      'Enfermería especializada',
    ]);
    expect(supportiveCareSummary(buildMetrics(), en)).toBe(
      'Specialist nurse was the service most often offered or referred: for 20 of 30 recommendations adopted in this range (66.7%). ' +
        'Not recorded yet: 12 of 120 (4 services for each recommendation).',
    );
  });

  it('names tied services, and says when nothing was offered or all is recorded', () => {
    const zero = { offered: 0, referred: 0, declined: 0, notNeeded: 0, notRecorded: 0 };
    const tied = buildMetrics({
      decisions: 10,
      supportiveCare: [
        { ...zero, service: 'psycho_oncology', offered: 3, referred: 1, notNeeded: 6 },
        { ...zero, service: 'nutrition', referred: 4, declined: 6 },
        { ...zero, service: 'pain_palliative_care', notNeeded: 10 },
        { ...zero, service: 'specialist_nurse', offered: 2, notNeeded: 8 },
      ],
    });
    expect(supportiveCareSummary(tied, en)).toBe(
      'Psycho-oncology and Nutrition were the services most often offered or referred: for 4 each of 10 recommendations adopted in this range (40%). ' +
        'Every service is recorded for every recommendation.',
    );
    const untaken = buildMetrics({
      decisions: 1,
      supportiveCare: tied.supportiveCare.map((s) => ({ ...zero, service: s.service, notRecorded: 1 })),
    });
    expect(supportiveCareSummary(untaken, es)).toBe(
      'No se ofreció ni derivó ningún cuidado de soporte en este periodo (1 recomendación adoptada). ' +
        'Sin registrar todavía: 4 de 4 (4 servicios por recomendación).',
    );
  });

  it('labels the months for the chart and the table', () => {
    const [first] = monthRows(buildMetrics(), es);
    expect(first).toMatchObject({ month: '2026-01', label: 'enero de 2026', casesDiscussed: 12 });
  });
});

describe('the CSV export', () => {
  const range = { from: '2026-01-01', to: '2026-03-31' };

  it('starts with a byte-order mark and a header, one row per value, numbers unformatted', () => {
    const csv = toCsv(csvRows(buildMetrics(), range, null, es), es);
    expect(csv.startsWith('\uFEFFIndicador,Etiqueta,Valor\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toContain('Primer día,,2026-01-01');
    expect(lines).toContain('Último día (incluido),,2026-03-31');
    expect(lines).toContain('Tipo de comité,,Todos los comités');
    expect(lines).toContain('Casos tratados por mes,2026-03,19');
    expect(lines).toContain('Mediana de días desde la presentación hasta la decisión,,12.5');
    expect(lines).toContain('Seguimientos por resultado,Realizada en parte,5');
    expect(lines).toContain('Proporción de seguimientos realizados (0–1),,0.68');
    expect(lines).toContain('Motivos de realización parcial o no realización,Decisión del paciente,4');
    expect(lines).toContain('Tasa de aplazamiento (0–1),,0.075');
    expect(lines).toContain('Miembros presentes por comité por especialidad,Cirugía,2.1');
    expect(lines).toContain('Minutos previstos por caso,,12.5');
    expect(lines).toContain('Cartas firmadas,,24');
    expect(lines).toContain('Cuidados de soporte ofrecidos (por servicio),Enfermería especializada,20');
    expect(lines).toContain(
      'Cuidados de soporte no necesarios (por servicio),Dolor y cuidados paliativos,21',
    );
    expect(lines).toContain('Cuidados de soporte sin registrar (por servicio),Psicooncología,4');
    // Every count of every service, once.
    expect(lines.filter((l) => l.startsWith('Cuidados de soporte'))).toHaveLength(20);
  });

  it('leaves a figure without a value empty, and quotes or defuses text a spreadsheet would misread', () => {
    const csv = toCsv(csvRows(emptyMetrics(), range, '=HYPERLINK("x"), a', en), en);
    expect(csv).toContain('\r\nMedian days from submission to decision,,\r\n');
    expect(csv).toContain('\r\nBoard type,,"\'=HYPERLINK(""x""), a"\r\n');
  });

  it('names the file after the range and the board type', () => {
    expect(csvFilename(range, null, en)).toBe('board-metrics_2026-01-01_2026-03-31.csv');
    expect(csvFilename(range, 'Colorrectal ampliado / Hígado', es)).toBe(
      'indicadores-comites_2026-01-01_2026-03-31_colorrectal-ampliado-higado.csv',
    );
  });
});
