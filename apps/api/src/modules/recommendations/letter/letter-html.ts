import {
  dissentOf,
  type LetterContent,
  type LetterRenderInput,
  type LetterSignatureView,
} from './letter-content';
import {
  amendsLine,
  attendeeRoles,
  factGroups,
  formatDate,
  formatInstant,
  lesionRows,
  LETTER_TEXT,
  type LetterText,
  personLabel,
  priorTreatmentRows,
  quorumLine,
  runningPatientLine,
  signatureLines,
  stepView,
} from './letter-text';

// The board's letter as a page for the screen and for the browser's printing: the same content and
// words as the PDF. One self-contained document (inline CSS, no scripts, no external resources) in
// which every value is escaped. Printed, each page carries the patient line, the page number and the
// print time in its margins (CSS page-margin boxes, where the browser supports them).

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

const e = escapeHtml;

/**
 * A CSS string literal. Every character but letters, digits and spaces is written as a hexadecimal
 * escape, so no value can end the string, the rule or the <style> element.
 */
function cssString(value: string): string {
  const escaped = [...value]
    .map((c) => (/[A-Za-z0-9 ]/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `))
    .join('');
  return `"${escaped}"`;
}

/** "Page 2 of 5" as CSS content, with the page counters in place of the numbers. */
function cssPageCounter(t: LetterText): string {
  return t
    .page('\u0000page', '\u0000pages')
    .split(/\u0000(pages?)/)
    .map((part, i) => (i % 2 === 1 ? `counter(${part})` : part ? cssString(part) : ''))
    .filter(Boolean)
    .join(' ');
}

const STYLE = `
  :root { color-scheme: light; }
  * { box-sizing: border-box; }
  body { font: 10.5pt/1.45 system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; color: #1a1a1a; margin: 2em auto; max-width: 52em; padding: 0 1.5em; }
  .running { display: flex; justify-content: space-between; gap: 1em; font-size: .8em; color: #555b63; border-bottom: 1px solid #c9ced4; padding-bottom: .3em; margin-bottom: 1.2em; }
  .running strong { color: #1a1a1a; }
  .running .draft-mark { color: #b42318; font-weight: 700; }
  .masthead { display: flex; justify-content: space-between; gap: 1em; }
  .masthead p { margin: 0; }
  .institution { font-weight: 700; font-size: 1.1em; }
  .muted { color: #555b63; }
  .when { text-align: right; color: #555b63; }
  h1 { font-size: 1.8em; color: #1f3a5f; margin: .5em 0 .4em; }
  h2 { font-size: 1.15em; color: #1f3a5f; margin: 1.6em 0 .5em; border-bottom: 1px solid #1f3a5f; padding-bottom: .15em; }
  h3 { font-size: 1em; margin: 1.1em 0 .3em; }
  .status { border-left: 3px solid #1f3a5f; padding: .4em .8em; margin: .8em 0; }
  .status p { margin: 0; }
  .draft { border: 2px solid #b42318; color: #b42318; padding: .6em .9em; margin: .8em 0; }
  .draft p { margin: 0; }
  .draft .draft-title { font-weight: 700; text-transform: uppercase; }
  .parties { display: grid; grid-template-columns: 1fr 1fr; background: #f6f7f9; margin: 1.2em 0; }
  .parties > div { padding: .8em 1em; }
  .parties > div + div { border-left: 1px solid #c9ced4; }
  .parties p { margin: 0; }
  .label { font-size: .75em; font-weight: 700; letter-spacing: .06em; text-transform: uppercase; color: #555b63; margin-bottom: .3em !important; }
  .name { font-weight: 700; font-size: 1.1em; }
  .no-addressee { color: #b42318; font-style: italic; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1.2em; margin: .3em 0 .6em; }
  dt { color: #555b63; }
  dd { margin: 0; }
  .facts dl { grid-template-columns: 11em 1fr 11em 1fr; }
  table { border-collapse: collapse; width: 100%; margin: .3em 0 .8em; }
  th, td { text-align: left; vertical-align: top; padding: .35em .5em; border-top: 1px solid #c9ced4; border-bottom: 1px solid #c9ced4; }
  th { background: #eef1f4; font-size: .9em; }
  .override td { background: #fff5df; }
  .override-verdict { color: #b26b00; font-weight: 700; }
  .override-note { border-left: 3px solid #b26b00; padding: .3em .7em; }
  .override-note p { margin: .15em 0; }
  .override-title { color: #b26b00; font-weight: 700; }
  .dissent td { background: #fdeceb; }
  .dissent-note { border-left: 3px solid #b42318; padding: .3em .8em; margin: .4em 0; }
  .dissent-note p { margin: .1em 0; }
  .question { font-style: italic; }
  .prewrap { white-space: pre-wrap; }
  .not-recorded { color: #555b63; font-style: italic; }
  .advisory { border: 2px solid #1a1a1a; padding: .7em 1em; margin-top: 2em; font-weight: 700; }
  .signature p { margin: .15em 0; }
  .signer { font-weight: 700; }
  .hash { font-size: .85em; overflow-wrap: anywhere; }
  .hash-note { font-size: .8em; color: #555b63; }
  .addendum { margin-top: 3em; }
  .addendum h1 { margin-top: 0; }
  footer { margin-top: 2.5em; font-size: .8em; color: #555b63; display: flex; justify-content: space-between; gap: 1em; }
  @media print {
    body { margin: 0; max-width: none; padding: 0; font-size: 9.5pt; }
    .running, footer { display: none; }
    h2, h3 { break-after: avoid; }
    tr, .advisory, .signature, .draft, .dissent-note, dl { break-inside: avoid; }
    .addendum { break-before: page; margin-top: 0; }
    .parties, th, .override td, .dissent td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  }
`;

/** The print margins: the patient on every page, the page number, the print time, a draft's mark. */
function pageStyle(input: LetterRenderInput, t: LetterText): string {
  const { content, signature } = input;
  const margin = `font: 8pt system-ui, 'Segoe UI', Roboto, Arial, sans-serif; color: #555b63;`;
  const printed = t.printed(formatInstant(input.printedAt, content.board.timeZone, t));
  const corner = signature
    ? `@top-right { content: ${cssString(content.institution)}; ${margin} }`
    : `@top-right { content: ${cssString(t.draftRunning)}; ${margin} color: #b42318; font-weight: 700; }`;
  return `
  @page {
    size: A4;
    margin: 20mm 16mm 18mm;
    @top-left { content: ${cssString(runningPatientLine(content, t))}; ${margin} color: #1a1a1a; font-weight: 600; }
    ${corner}
    @bottom-left { content: ${cssString(printed)}; ${margin} }
    @bottom-right { content: ${cssPageCounter(t)}; ${margin} font-weight: 600; }
  }`;
}

const recordedOr = (value: string | null, t: LetterText) =>
  value === null ? `<span class="not-recorded">${e(t.notRecorded)}</span>` : e(value);

const dl = (rows: [string, string][]) =>
  `<dl>${rows.map(([label, value]) => `<dt>${e(label)}</dt><dd>${value}</dd>`).join('')}</dl>`;

function table(header: string[], body: string[]): string {
  return `<table>
  <thead><tr>${header.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead>
  <tbody>${body.join('')}</tbody>
</table>`;
}

function status(input: LetterRenderInput, t: LetterText): string {
  const { signature, content } = input;
  if (!signature) return draftNote(t);
  const lines = signatureLines(signature, content.board.chair, content.board.timeZone, t);
  return `<div class="status"><p class="signer">${e(lines.signer)}</p><p class="muted">${e(lines.signedAt)}</p></div>`;
}

const draftNote = (t: LetterText) =>
  `<div class="draft"><p class="draft-title">${e(t.draft)}</p><p>${e(t.draftNote)}</p></div>`;

function parties(content: LetterContent, t: LetterText): string {
  const { addressee, patient } = content;
  let to: string;
  if (addressee === null) {
    to = `<p class="no-addressee">${e(t.noAddressee)}</p>`;
  } else {
    const detail =
      addressee.kind === 'specialist'
        ? `<p>${e(t.discipline[addressee.discipline])}</p>`
        : addressee.contact
          ? `<p class="prewrap">${e(addressee.contact)}</p>`
          : '';
    to = `<p class="name">${e(addressee.fullName)}</p>${detail}<p class="muted">${e(t.treatingPhysician)}</p>`;
  }
  return `<section class="parties" aria-label="${e(`${t.to} · ${t.patient.title}`)}">
  <div><p class="label">${e(t.to)}</p>${to}</div>
  <div><p class="label">${e(t.patient.title)}</p><p class="name">${e(patient.fullName)}</p>${dl([
    [t.patient.mrn, `<strong>${e(patient.mrn)}</strong>`],
    [t.patient.birthDate, e(formatDate(patient.birthDate, t))],
    [t.patient.sex, e(t.sex[patient.sex])],
  ])}</div>
</section>`;
}

function recommendationSection(content: LetterContent, t: LetterText): string {
  const p = t.plan;
  const { plan, board } = content;
  const steps = plan.steps.map((step) => {
    const s = stepView(step, t);
    const row = `<tr${s.override ? ' class="override"' : ''}>
      <td>${e(s.position)}</td>
      <td><strong>${e(s.treatment)}</strong>${s.agent ? `<br>${e(s.agent)}` : ''}</td>
      <td>${s.details.map((line) => `<div>${e(line)}</div>`).join('') || '—'}</td>
      <td>${e(s.targets)}</td>
      <td${s.override ? ' class="override-verdict"' : ''}>${e(s.verdict)}</td>
    </tr>`;
    if (!s.override) return row;
    return `${row}<tr class="override"><td colspan="5"><div class="override-note">
      <p class="override-title">${e(p.override(s.position))}</p>
      ${s.override.reasons.map((reason) => `<p>${e(reason)}</p>`).join('')}
      <p><strong>${e(p.justification)}:</strong> ${e(s.override.justification)}</p>
    </div></td></tr>`;
  });
  return `<section>
<h2>${e(p.title)}</h2>
${dl([
  [p.intent, `<strong>${e(t.intent[plan.intent])}</strong>`],
  [p.proposedBy, e(personLabel(plan.proposer, t))],
  [p.adoptedAt, e(formatInstant(content.adoptedAt, board.timeZone, t))],
])}
<h3>${e(p.steps)}</h3>
${table([p.number, p.treatment, p.details, p.targets, p.verdict], steps)}
<h3>${e(p.rationale)}</h3>
<p class="prewrap">${e(plan.rationale)}</p>
<p><strong>${e(content.patientPreferencesDiscussed ? p.preferencesDiscussed : p.preferencesNotDiscussed)}</strong></p>
</section>`;
}

function votesSection(content: LetterContent, t: LetterText): string {
  const v = t.votes;
  const body = content.votes.map(
    (vote) => `<tr${vote.vote === 'reject' ? ' class="dissent"' : ''}>
      <td>${e(vote.fullName)}</td><td>${e(t.discipline[vote.discipline])}</td>
      <td>${vote.vote === 'reject' ? `<strong>${e(t.vote[vote.vote])}</strong>` : e(t.vote[vote.vote])}</td>
      <td class="prewrap">${e(vote.comment ?? '')}</td><td>${e(vote.present ? v.countedYes : v.countedNo)}</td>
    </tr>`,
  );
  const dissent = dissentOf(content);
  const dissentHtml =
    dissent.length === 0
      ? `<p>${e(t.dissent.none)}</p>`
      : dissent
          .map(
            (d) => `<div class="dissent-note"><p><strong>${e(t.dissent.by(personLabel(d, t)))}</strong></p>
            <p class="prewrap">${d.comment ? e(d.comment) : `<span class="not-recorded">${e(t.dissent.noComment)}</span>`}</p></div>`,
          )
          .join('');
  return `<section>
<h2>${e(v.title)}</h2>
<p><strong>${e(v.tally(content.tally))}</strong></p>
${
  content.votes.length > 0
    ? table([v.member, v.discipline, v.vote, v.comment, v.counted], body)
    : `<p class="muted">${e(v.none)}</p>`
}
<h3>${e(t.dissent.title)}</h3>
${dissentHtml}
</section>`;
}

function supportiveCareSection(content: LetterContent, t: LetterText): string {
  const s = t.supportiveCare;
  return `<section>
<h2>${e(s.title)}</h2>
<p class="muted">${e(s.intro)}</p>
${table(
  [s.service, s.status],
  content.supportiveCare.map(
    (entry) =>
      `<tr><td>${e(t.supportiveService[entry.service])}</td><td>${recordedOr(
        entry.status ? t.supportiveStatus[entry.status] : null,
        t,
      )}</td></tr>`,
  ),
)}
</section>`;
}

function factsSection(content: LetterContent, t: LetterText): string {
  const f = t.facts;
  const notRecorded = (value: string) =>
    value === t.notRecorded ? `<span class="not-recorded">${e(value)}</span>` : e(value);
  const groups = factGroups(content.facts, t)
    .map(
      (g) =>
        `<h3>${e(g.title)}</h3><dl>${g.rows
          .map(([label, value]) => `<dt>${e(label)}</dt><dd>${notRecorded(value)}</dd>`)
          .join('')}</dl>`,
    )
    .join('\n');
  const lesions = lesionRows(content.facts, t);
  const treatments = priorTreatmentRows(content.facts, t);
  const { comorbidities } = content.facts;
  const cells = (row: string[]) => `<tr>${row.map((c) => `<td>${notRecorded(c)}</td>`).join('')}</tr>`;
  return `<section class="facts">
<h2>${e(f.title)}</h2>
<p class="muted">${e(f.intro)}</p>
${groups}
<h3>${e(f.lesions)}</h3>
${lesions.length > 0 ? table([f.lesion, f.couinaudSegment, f.diameter], lesions.map(cells)) : `<p class="muted">${e(f.noLesions)}</p>`}
<h3>${e(f.priorTreatments)}</h3>
${
  treatments.length > 0
    ? table([f.modality, f.regimen, f.months, f.bestResponse], treatments.map(cells))
    : `<p class="muted">${e(f.noPriorTreatments)}</p>`
}
<h3>${e(f.comorbidities)}</h3>
${
  comorbidities.length > 0
    ? `<ul>${comorbidities.map((c) => `<li>${e(c)}</li>`).join('')}</ul>`
    : `<p class="muted">${e(f.noComorbidities)}</p>`
}
<p><span class="muted">${e(f.ruleSet)}:</span> ${e(f.ruleSetVersion(content.ruleSetVersion))}</p>
</section>`;
}

function boardSection(content: LetterContent, t: LetterText): string {
  const b = t.board;
  const { board } = content;
  return `<section>
<h2>${e(b.title)}</h2>
${dl([
  [b.meeting, e(board.title)],
  [b.date, e(formatInstant(board.startsAt, board.timeZone, t))],
  [b.timeZone, e(board.timeZone)],
  [b.boardType, e(board.boardType)],
  [b.chair, e(personLabel(board.chair, t))],
  [b.quorum, e(quorumLine(board.quorum, t))],
])}
<h3>${e(b.attendance)}</h3>
${table(
  [b.member, b.discipline, b.presence, b.roles],
  board.attendees.map(
    (a) =>
      `<tr><td>${e(a.fullName)}</td><td>${e(t.discipline[a.discipline])}</td><td${
        a.present ? '' : ' class="muted"'
      }>${e(a.present ? b.present : b.absent)}</td><td>${e(attendeeRoles(a, t))}</td></tr>`,
  ),
)}
</section>`;
}

function signatureBlock(
  signature: LetterSignatureView | null,
  content: LetterContent,
  t: LetterText,
): string {
  if (!signature)
    return `<section class="signature"><h2>${e(t.signature.title)}</h2>${draftNote(t)}</section>`;
  const lines = signatureLines(signature, content.board.chair, content.board.timeZone, t);
  return `<section class="signature">
<h2>${e(t.signature.title)}</h2>
<p class="signer">${e(lines.signer)}</p>
<p>${e(lines.signedAt)}</p>
<p class="hash">${e(lines.hash)}</p>
<p class="hash-note">${e(t.signature.hashNote)}</p>
</section>`;
}

function addenda(input: LetterRenderInput, t: LetterText): string {
  const { content, signature } = input;
  return input.addenda
    .map(
      (addendum, i) => `<article class="addendum">
<p class="muted">${e(t.documentTitle)}</p>
<h1>${e(t.addendum.title(i + 1))}</h1>
<p>${e(amendsLine(addendum.amends, signature, input.addenda, content.board.timeZone, t))}</p>
<h2>${e(t.addendum.correction)}</h2>
<p class="prewrap">${e(addendum.text)}</p>
${signatureBlock(addendum, content, t)}
</article>`,
    )
    .join('\n');
}

/** The letter as one HTML document. */
export function renderLetterHtml(input: LetterRenderInput): string {
  const t = LETTER_TEXT[input.language];
  const { content, signature } = input;
  const { board } = content;
  const when = formatInstant(board.startsAt, board.timeZone, t);
  const printed = t.printed(formatInstant(input.printedAt, board.timeZone, t));
  return `<!DOCTYPE html>
<html lang="${e(input.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(signature ? t.documentTitle : `${t.documentTitle} (${t.draft})`)}</title>
<style>${STYLE}${pageStyle(input, t)}</style>
</head>
<body>
<header class="running">
  <strong>${e(runningPatientLine(content, t))}</strong>
  ${signature ? `<span>${e(content.institution)}</span>` : `<span class="draft-mark">${e(t.draftRunning)}</span>`}
</header>
<main>
<div class="masthead">
  <div><p class="institution">${e(content.institution)}</p><p class="muted">${e(board.boardType)}</p></div>
  <div class="when"><p>${e(board.title)}</p><p>${e(when)}</p></div>
</div>
<h1>${e(t.documentTitle)}</h1>
${status(input, t)}
${parties(content, t)}
<p>${e(t.intro(content.patient.fullName, board.title, when))}</p>
<section>
<h2>${e(t.question.title)}</h2>
${content.question ? `<p class="question prewrap">${e(content.question)}</p>` : `<p class="muted">${e(t.question.none)}</p>`}
</section>
${recommendationSection(content, t)}
${votesSection(content, t)}
${supportiveCareSection(content, t)}
${factsSection(content, t)}
${boardSection(content, t)}
<p class="advisory">${e(t.advisory)}</p>
${signatureBlock(signature, content, t)}
${addenda(input, t)}
</main>
<footer><span>${e(printed)}</span><span>${e(t.recommendationRef(content.recommendationId))}</span></footer>
</body>
</html>
`;
}
