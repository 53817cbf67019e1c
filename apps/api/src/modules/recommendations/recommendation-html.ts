import { findAgent, findModality } from '@consilium/plan-builder';

import type { RecommendationDto } from './dto/recommendation.dto';

// The printable recommendation: the letter a coordinator sends to the treating physician. One
// self-contained page (inline CSS, no scripts, no external resources); every value is escaped.

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const label = (code: string | null | undefined) => (code ? code.replace(/_/g, ' ') : '');

/** A date and time as people of the institution read it, with the zone named. */
export function humanTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(instant);
}

function humanDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'long' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

const STYLE = `
  :root { color-scheme: light; }
  body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; color: #111; margin: 2.5em auto; max-width: 52em; padding: 0 1.5em; }
  h1 { font-size: 1.6em; margin: 0 0 .2em; }
  h2 { font-size: 1.15em; margin: 1.6em 0 .5em; border-bottom: 1px solid #999; padding-bottom: .15em; }
  header p, .muted { color: #444; margin: .1em 0; }
  table { border-collapse: collapse; width: 100%; margin: .4em 0; }
  th, td { text-align: left; vertical-align: top; padding: .35em .5em; border: 1px solid #bbb; }
  th { background: #f0f0f0; font-weight: 600; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1.2em; margin: .4em 0; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  .override { background: #fff4d6; }
  .override-note { border-left: 4px solid #d48a00; padding: .2em .6em; margin: .3em 0 0; }
  .dissent { background: #fde8e8; }
  .dissent-note { border-left: 4px solid #b42318; padding: .3em .7em; margin: .4em 0; }
  .advisory { border: 2px solid #333; padding: .7em 1em; margin-top: 2em; font-weight: 600; }
  .rationale { white-space: pre-wrap; }
  footer { margin-top: 2em; font-size: .85em; color: #555; }
  @media print {
    body { margin: 0; max-width: none; font-size: 10pt; }
    h2 { break-after: avoid; }
    table, .advisory, .dissent-note { break-inside: avoid; }
    .override, .dissent, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  }
  @page { size: A4; margin: 18mm 16mm; }
`;

export function renderRecommendationHtml(r: RecommendationDto, institutionName: string): string {
  const e = escapeHtml;
  const steps = r.steps
    .map((s) => {
      const modality = findModality(s.modality)?.name ?? s.modality;
      const agent = s.agent ? (findAgent(s.modality, s.agent)?.name ?? s.agent) : '';
      const d = s.details ?? {};
      const details = [
        d.regimen ? `Regimen: ${d.regimen}` : '',
        d.cycles ? `Cycles: ${d.cycles}` : '',
        d.approach ? `Approach: ${d.approach}` : '',
        d.trial ? `Trial: ${d.trial}` : '',
        d.text ?? '',
      ]
        .filter(Boolean)
        .map((line) => `<div>${e(line)}</div>`)
        .join('');
      const override = s.overridden
        ? `<div class="override-note"><strong>Override of a contraindication</strong> (${s.contraindications
            .map((c) => `${e(c.ruleId)}: ${e(c.message)} — ${e(c.source)}`)
            .join('; ')}).<br>Justification: ${e(s.overrideJustification)}</div>`
        : '';
      return `<tr${s.overridden ? ' class="override"' : ''}>
        <td>${e(s.position)}</td>
        <td>${e(modality)}${agent ? `<br><span class="muted">${e(agent)}</span>` : ''}</td>
        <td>${details}${override}</td>
        <td>${e(s.targetLesions.map((n) => `segment ${n}`).join(', ') || '—')}</td>
        <td>${e(s.verdict)}</td>
      </tr>`;
    })
    .join('');

  const votes = r.votes
    .map(
      (v) => `<tr${v.vote === 'reject' ? ' class="dissent"' : ''}>
        <td>${e(v.fullName)}</td><td>${e(label(v.discipline))}</td><td>${e(v.vote)}</td>
        <td>${e(v.comment ?? '')}</td><td>${v.present ? 'yes' : 'no (not counted)'}</td></tr>`,
    )
    .join('');
  const dissent =
    r.dissent.length === 0
      ? '<p>No member of the board dissented.</p>'
      : r.dissent
          .map(
            (v) =>
              `<div class="dissent-note"><strong>${e(v.fullName)}</strong> (${e(label(v.discipline))}) voted against: ${e(v.comment)}</div>`,
          )
          .join('');
  const attendance = r.attendance
    .map(
      (a) =>
        `<tr><td>${e(a.fullName)}</td><td>${e(label(a.discipline))}</td><td>${a.present ? 'present' : 'absent'}</td><td>${e(a.role ?? '')}</td></tr>`,
    )
    .join('');
  const q = r.quorum;
  const followUp = r.followUp
    ? `<h2>Follow-up</h2><dl>
        <dt>Status</dt><dd>${e(label(r.followUp.status))}</dd>
        <dt>Reason</dt><dd>${e(label(r.followUp.reason) || '—')}</dd>
        <dt>Note</dt><dd>${e(r.followUp.note ?? '—')}</dd>
        <dt>Recorded</dt><dd>${e(humanTime(new Date(r.followUp.recordedAt), r.timeZone))} by ${e(r.followUp.recordedBy.displayName)}</dd>
      </dl>`
    : '';

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tumour board recommendation — ${e(r.patient.fullName)} (${e(r.patient.mrn)})</title>
<style>${STYLE}</style>
</head>
<body>
<header>
  <p>${e(institutionName)} · ${e(r.meeting.boardType)}</p>
  <h1>Tumour board recommendation</h1>
  <p>${e(r.meeting.title)}, ${e(humanTime(new Date(r.meeting.startsAt), r.timeZone))}</p>
</header>

<h2>Patient</h2>
<dl>
  <dt>Name</dt><dd>${e(r.patient.fullName)}</dd>
  <dt>MRN</dt><dd>${e(r.patient.mrn)}</dd>
  <dt>Date of birth</dt><dd>${e(humanDate(r.patient.birthDate))}</dd>
  <dt>Primary tumour</dt><dd>${e(label(r.case.primarySite) || '—')}${r.case.histology ? `, ${e(r.case.histology)}` : ''}</dd>
  <dt>Question for the board</dt><dd>${e(r.case.questionForBoard ?? '—')}</dd>
</dl>

<h2>Recommended plan</h2>
<dl>
  <dt>Intent</dt><dd>${e(label(r.intent))}</dd>
  <dt>Proposed by</dt><dd>${e(r.proposer.fullName)} (${e(label(r.proposer.discipline))})</dd>
</dl>
<table>
  <thead><tr><th>#</th><th>Modality</th><th>Details</th><th>Target lesions</th><th>Plan-builder verdict</th></tr></thead>
  <tbody>${steps}</tbody>
</table>
<h3>Rationale</h3>
<p class="rationale">${e(r.rationale)}</p>

<h2>Votes</h2>
<p>${e(r.tally.approvals)} approve, ${e(r.tally.rejections)} reject, ${e(r.tally.abstentions)} abstain (present voters).</p>
<table>
  <thead><tr><th>Specialist</th><th>Discipline</th><th>Vote</th><th>Comment</th><th>Present</th></tr></thead>
  <tbody>${votes}</tbody>
</table>
<h3>Dissent</h3>
${dissent}

<h2>Attendance and quorum</h2>
<table>
  <thead><tr><th>Specialist</th><th>Discipline</th><th>Attendance</th><th>Role</th></tr></thead>
  <tbody>${attendance}</tbody>
</table>
<p>Quorum: ${q.quorate ? 'quorate' : 'not quorate'} (required: ${e(q.requiredDisciplines.map(label).join(', '))}${
    q.missingDisciplines.length > 0 ? `; missing: ${e(q.missingDisciplines.map(label).join(', '))}` : ''
  }).</p>

<h2>Adoption</h2>
<dl>
  <dt>Chair</dt><dd>${e(r.chair.fullName)} (${e(label(r.chair.discipline))})</dd>
  <dt>Adopted by</dt><dd>${e(r.adoptedBy.displayName)}</dd>
  <dt>Adopted at</dt><dd>${e(humanTime(new Date(r.adoptedAt), r.timeZone))}</dd>
  <dt>Patient preferences discussed</dt><dd>${r.patientPreferencesDiscussed ? 'yes' : 'no'}</dd>
  <dt>Plan-builder rule set</dt><dd>version ${e(r.ruleSetVersion)}</dd>
</dl>
${followUp}
<p class="advisory">${e(r.advisory)}</p>
<footer>Recommendation ${e(r.id)} · case ${e(r.caseId)} · printed from Consilium</footer>
</body>
</html>
`;
}
