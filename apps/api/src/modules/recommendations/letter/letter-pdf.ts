import PdfPrinter, {
  type Content,
  type ContentNode,
  type DocumentDefinition,
  type FontFiles,
  type NodeInfo,
  type TableLayout,
  type Width,
} from 'pdfmake/js/Printer';
import URLResolver from 'pdfmake/js/URLResolver';
import virtualfs from 'pdfmake/js/virtual-fs';

import {
  dissentOf,
  type LetterAddendumView,
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

// The board's letter as PDF (A4), laid out by pdfmake with Roboto embedded, which covers Spanish.
// Every page names the patient (name, MRN, birth date) and carries its number and the print time; an
// unsigned letter says so on every page, in the running header and as a watermark.

// Resolved through the package, so the same paths hold from the sources and from dist/.
const FONT_FILES: FontFiles = {
  normal: require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'),
  bold: require.resolve('pdfmake/fonts/Roboto/Roboto-Medium.ttf'),
  italics: require.resolve('pdfmake/fonts/Roboto/Roboto-Italic.ttf'),
  bolditalics: require.resolve('pdfmake/fonts/Roboto/Roboto-MediumItalic.ttf'),
};
const ALLOWED_FILES: ReadonlySet<string> = new Set(Object.values(FONT_FILES));

const MARGIN_X = 56;
const PAGE_WIDTH = 595.28;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;

const INK = '#1a1a1a';
const MUTED = '#555b63';
const RULE = '#c9ced4';
const HEADING = '#1f3a5f';
const HEADER_FILL = '#eef1f4';
const DRAFT_RED = '#b42318';
const DISSENT_FILL = '#fdeceb';
const OVERRIDE_AMBER = '#b26b00';
const OVERRIDE_FILL = '#fff5df';

/** Horizontal rules between rows, none between columns. */
const ROWS: TableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: () => RULE,
  paddingLeft: (i) => (i === 0 ? 2 : 6),
  paddingRight: () => 6,
  paddingTop: () => 3.5,
  paddingBottom: () => 3.5,
};

/** Label and value pairs, without rules. */
const PAIRS: TableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: (i) => (i === 0 ? 0 : 8),
  paddingRight: () => 0,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

/** A note with a coloured bar on its left. */
const barred = (color: string): TableLayout => ({
  hLineWidth: () => 0,
  vLineWidth: (i) => (i === 0 ? 3 : 0),
  vLineColor: () => color,
  paddingLeft: () => 9,
  paddingRight: () => 8,
  paddingTop: () => 5,
  paddingBottom: () => 5,
});

/** A framed box. */
const boxed = (color: string, width: number): TableLayout => ({
  hLineWidth: () => width,
  vLineWidth: () => width,
  hLineColor: () => color,
  vLineColor: () => color,
  paddingLeft: () => 10,
  paddingRight: () => 10,
  paddingTop: () => 8,
  paddingBottom: () => 8,
});

const box = (content: Content, layout: TableLayout, extra: ContentNode = {}): ContentNode => ({
  table: { widths: ['*'], body: [[content]] },
  layout,
  ...extra,
});

const h2 = (text: string): Content[] => [
  { text, style: 'h2', headlineLevel: 1 },
  { canvas: [{ type: 'line', x1: 0, y1: 0, x2: TEXT_WIDTH, y2: 0, lineWidth: 0.8, lineColor: HEADING }] },
];

const h3 = (text: string): ContentNode => ({ text, style: 'h3', headlineLevel: 2 });

const muted = (text: string): ContentNode => ({ text, color: MUTED });

const headerRow = (cells: string[]): ContentNode[] => cells.map((text) => ({ text, style: 'th' }));

/** A table cell with a background. */
const filled = (cell: Content, fillColor: string | undefined): Content =>
  fillColor ? { stack: [cell], fillColor } : cell;

function pairs(rows: [string, Content][], labelWidth: number | 'auto' = 'auto'): ContentNode {
  return {
    table: { widths: [labelWidth, '*'], body: rows.map(([label, value]) => [muted(label), value]) },
    layout: PAIRS,
    margin: [0, 2, 0, 4],
  };
}

/**
 * A table under a header row that repeats on every page it runs onto. Only a table whose cells are
 * short (`short`: names, catalogue words, values of at most 200 characters) keeps each row on one
 * page: pdfmake drops whatever part of an unbreakable row does not fit on a page, so a row of free text
 * must be free to break.
 */
function rows(header: string[], body: Content[][], widths: Width[], short = false): ContentNode {
  return {
    table: { widths, headerRows: 1, dontBreakRows: short, body: [headerRow(header), ...body] },
    layout: ROWS,
    margin: [0, 3, 0, 6],
  };
}

/**
 * Label and value pairs two to a line; a long value takes a line of its own. Facts are short (free
 * text at most 200 characters), so a line never breaks across pages.
 */
function grid(pairs: [string, string][]): ContentNode {
  const body: Content[][] = [];
  let left: [string, string] | null = null;
  const flush = () => {
    if (left) body.push([muted(left[0]), left[1], '', '']);
    left = null;
  };
  for (const [label, value] of pairs) {
    if (value.length > 36) {
      flush();
      body.push([muted(label), { text: value, colSpan: 3 }, '', '']);
    } else if (left) {
      body.push([muted(left[0]), left[1], muted(label), value]);
      left = null;
    } else {
      left = [label, value];
    }
  }
  flush();
  return {
    table: { widths: [108, '*', 108, '*'], dontBreakRows: true, body },
    layout: { ...PAIRS, paddingLeft: (i) => (i === 0 ? 0 : i === 2 ? 14 : 8) },
    margin: [0, 2, 0, 2],
  };
}

function titleBlock(input: LetterRenderInput, t: LetterText): Content[] {
  const { content, signature } = input;
  const { board } = content;
  const signed = signature && signatureLines(signature, board.chair, board.timeZone, t);
  const status: Content = signed
    ? box([{ text: signed.signer, bold: true }, muted(signed.signedAt)], barred(HEADING), {
        margin: [0, 10, 0, 0],
      })
    : draftBox(t, [0, 10, 0, 0]);
  return [
    {
      columns: [
        {
          width: '*',
          stack: [{ text: content.institution, fontSize: 12, bold: true }, muted(board.boardType)],
        },
        {
          width: 'auto',
          alignment: 'right',
          stack: [muted(board.title), muted(formatInstant(board.startsAt, board.timeZone, t))],
        },
      ],
    },
    { text: t.documentTitle, style: 'title' },
    status,
  ];
}

function draftBox(t: LetterText, margin: ContentNode['margin']): ContentNode {
  return box(
    [
      { text: t.draft.toUpperCase(), bold: true, color: DRAFT_RED, fontSize: 11 },
      { text: t.draftNote, color: DRAFT_RED },
    ],
    boxed(DRAFT_RED, 1.2),
    { margin, unbreakable: true },
  );
}

function addresseeAndPatient(content: LetterContent, t: LetterText): Content {
  const { addressee, patient } = content;
  const label = (text: string): ContentNode => ({ text: text.toUpperCase(), style: 'label' });
  const to: Content[] = [label(t.to)];
  if (addressee === null) {
    to.push({ text: t.noAddressee, italics: true, color: DRAFT_RED });
  } else {
    to.push({ text: addressee.fullName, bold: true, fontSize: 11 });
    if (addressee.kind === 'specialist') to.push(t.discipline[addressee.discipline]);
    else if (addressee.contact) to.push(addressee.contact);
    to.push(muted(t.treatingPhysician));
  }
  const person: Content[] = [
    label(t.patient.title),
    { text: patient.fullName, bold: true, fontSize: 11 },
    pairs([
      [t.patient.mrn, { text: patient.mrn, bold: true }],
      [t.patient.birthDate, formatDate(patient.birthDate, t)],
      [t.patient.sex, t.sex[patient.sex]],
    ]),
  ];
  return {
    table: { widths: ['*', '*'], body: [[{ stack: to }, { stack: person }]] },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (i) => (i === 1 ? 0.6 : 0),
      vLineColor: () => RULE,
      fillColor: () => '#f6f7f9',
      paddingLeft: () => 10,
      paddingRight: () => 10,
      paddingTop: () => 8,
      paddingBottom: () => 6,
    },
    margin: [0, 14, 0, 10],
  };
}

function recommendationSection(content: LetterContent, t: LetterText): Content[] {
  const p = t.plan;
  const { plan, board } = content;
  const steps: Content[][] = [];
  for (const step of plan.steps) {
    const s = stepView(step, t);
    const overrideFill = s.override ? OVERRIDE_FILL : undefined;
    steps.push(
      [
        { text: String(s.position), bold: true },
        { stack: [{ text: s.treatment, bold: true }, ...(s.agent ? [s.agent] : [])] },
        { stack: s.details.length > 0 ? s.details : [muted('—')] },
        s.targets,
        s.override ? { text: s.verdict, bold: true, color: OVERRIDE_AMBER } : s.verdict,
      ].map((cell) => filled(cell, overrideFill)),
    );
    if (s.override) {
      steps.push([
        {
          colSpan: 5,
          fillColor: OVERRIDE_FILL,
          stack: [
            box(
              [
                { text: p.override(s.position), bold: true, color: OVERRIDE_AMBER },
                ...s.override.reasons.map((reason): ContentNode => ({ text: reason, margin: [0, 1, 0, 0] })),
                {
                  text: [{ text: `${p.justification}: `, bold: true }, s.override.justification],
                  margin: [0, 3, 0, 0],
                },
              ],
              barred(OVERRIDE_AMBER),
            ),
          ],
        },
        '',
        '',
        '',
        '',
      ]);
    }
  }
  return [
    ...h2(p.title),
    pairs(
      [
        [p.intent, { text: t.intent[plan.intent], bold: true }],
        [p.proposedBy, personLabel(plan.proposer, t)],
        [p.adoptedAt, formatInstant(content.adoptedAt, board.timeZone, t)],
      ],
      100,
    ),
    h3(p.steps),
    rows([p.number, p.treatment, p.details, p.targets, p.verdict], steps, [14, 120, '*', 64, 78]),
    h3(p.rationale),
    { text: plan.rationale, margin: [0, 0, 0, 4] },
    {
      text: content.patientPreferencesDiscussed ? p.preferencesDiscussed : p.preferencesNotDiscussed,
      bold: true,
    },
  ];
}

function votesSection(content: LetterContent, t: LetterText): Content[] {
  const v = t.votes;
  const body = content.votes.map((vote) => {
    const fillColor = vote.vote === 'reject' ? DISSENT_FILL : undefined;
    return [
      vote.fullName,
      t.discipline[vote.discipline],
      { text: t.vote[vote.vote], bold: vote.vote === 'reject' },
      vote.comment ?? '',
      vote.present ? v.countedYes : v.countedNo,
    ].map((cell) => filled(cell, fillColor));
  });
  const dissent = dissentOf(content);
  return [
    ...h2(v.title),
    { text: v.tally(content.tally), bold: true, margin: [0, 4, 0, 0] },
    content.votes.length > 0
      ? rows([v.member, v.discipline, v.vote, v.comment, v.counted], body, [110, 82, 52, '*', 58])
      : muted(v.none),
    h3(t.dissent.title),
    ...(dissent.length === 0
      ? [t.dissent.none]
      : dissent.map((d) =>
          box(
            [
              { text: t.dissent.by(personLabel(d, t)), bold: true },
              d.comment ? d.comment : muted(t.dissent.noComment),
            ],
            barred(DRAFT_RED),
            { margin: [0, 2, 0, 4] },
          ),
        )),
  ];
}

function supportiveCareSection(content: LetterContent, t: LetterText): Content[] {
  const s = t.supportiveCare;
  return [
    ...h2(s.title),
    { text: s.intro, style: 'intro' },
    rows(
      [s.service, s.status],
      content.supportiveCare.map((entry) => [
        t.supportiveService[entry.service],
        entry.status
          ? t.supportiveStatus[entry.status]
          : { text: t.notRecorded, italics: true, color: MUTED },
      ]),
      [180, '*'],
      true,
    ),
  ];
}

function factsSection(content: LetterContent, t: LetterText): Content[] {
  const f = t.facts;
  const lesions = lesionRows(content.facts, t);
  const treatments = priorTreatmentRows(content.facts, t);
  const { comorbidities } = content.facts;
  return [
    ...h2(f.title),
    { text: f.intro, style: 'intro' },
    ...factGroups(content.facts, t).flatMap((g) => [h3(g.title), grid(g.rows)]),
    h3(f.lesions),
    lesions.length > 0
      ? rows([f.lesion, f.couinaudSegment, f.diameter], lesions, [40, 120, '*'], true)
      : muted(f.noLesions),
    h3(f.priorTreatments),
    treatments.length > 0
      ? rows([f.modality, f.regimen, f.months, f.bestResponse], treatments, [140, '*', 44, 120], true)
      : muted(f.noPriorTreatments),
    h3(f.comorbidities),
    comorbidities.length > 0 ? { ul: comorbidities } : muted(f.noComorbidities),
    pairs([[f.ruleSet, f.ruleSetVersion(content.ruleSetVersion)]]),
  ];
}

function boardSection(content: LetterContent, t: LetterText): Content[] {
  const b = t.board;
  const { board } = content;
  return [
    ...h2(b.title),
    pairs(
      [
        [b.meeting, board.title],
        [b.date, formatInstant(board.startsAt, board.timeZone, t)],
        [b.timeZone, board.timeZone],
        [b.boardType, board.boardType],
        [b.chair, personLabel(board.chair, t)],
        [b.quorum, quorumLine(board.quorum, t)],
      ],
      100,
    ),
    h3(b.attendance),
    rows(
      [b.member, b.discipline, b.presence, b.roles],
      board.attendees.map((a) => [
        a.fullName,
        t.discipline[a.discipline],
        a.present ? b.present : { text: b.absent, color: MUTED },
        attendeeRoles(a, t),
      ]),
      [130, 110, 60, '*'],
      true,
    ),
  ];
}

function signatureBlock(
  signature: LetterSignatureView | null,
  content: LetterContent,
  t: LetterText,
  title: string,
): Content {
  if (!signature) return { stack: [...h2(title), draftBox(t, [0, 6, 0, 0])], unbreakable: true };
  const lines = signatureLines(signature, content.board.chair, content.board.timeZone, t);
  return {
    unbreakable: true,
    stack: [
      ...h2(title),
      { text: lines.signer, bold: true, fontSize: 10.5, margin: [0, 6, 0, 1] },
      lines.signedAt,
      { text: lines.hash, fontSize: 8, margin: [0, 4, 0, 0] },
      { text: t.signature.hashNote, fontSize: 7.5, color: MUTED },
    ],
  };
}

function addendumPages(input: LetterRenderInput, t: LetterText): Content[] {
  const { content, signature, addenda } = input;
  return addenda.map((addendum: LetterAddendumView, i) => ({
    pageBreak: 'before',
    stack: [
      { text: t.documentTitle, color: MUTED },
      { text: t.addendum.title(i + 1), style: 'title' },
      {
        text: amendsLine(addendum.amends, signature, addenda, content.board.timeZone, t),
        margin: [0, 0, 0, 8],
      },
      ...h2(t.addendum.correction),
      { text: addendum.text, margin: [0, 6, 0, 8] },
      signatureBlock(addendum, content, t, t.signature.title),
    ],
  }));
}

// Text of the body, as opposed to the running header and footer and the lines under headings.
const isBodyText = (node: NodeInfo) =>
  (node.text !== undefined || node.table !== undefined || node.ul !== undefined) &&
  node.style !== 'running' &&
  node.style !== 'intro';

function definition(input: LetterRenderInput): DocumentDefinition {
  const t = LETTER_TEXT[input.language];
  const { content, signature } = input;
  const { board } = content;
  const draft = signature === null;
  const running = runningPatientLine(content, t);
  const printed = t.printed(formatInstant(input.printedAt, board.timeZone, t));
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 64, MARGIN_X, 56],
    language: input.language,
    // The metadata names the document only: it travels with the file into indexes and mail previews.
    info: {
      title: t.documentTitle,
      subject: content.institution,
      creator: 'Consilium',
      producer: 'Consilium (pdfmake)',
      creationDate: input.printedAt,
      modDate: input.printedAt,
    },
    header: () => ({
      margin: [MARGIN_X, 26, MARGIN_X, 0],
      stack: [
        {
          columns: [
            { text: running, style: 'running', bold: true, color: INK, width: '*' },
            draft
              ? { text: t.draftRunning, style: 'running', bold: true, color: DRAFT_RED, width: 'auto' }
              : { text: content.institution, style: 'running', width: 'auto' },
          ],
        },
        {
          canvas: [{ type: 'line', x1: 0, y1: 4, x2: TEXT_WIDTH, y2: 4, lineWidth: 0.5, lineColor: RULE }],
        },
      ],
    }),
    footer: (page, pages) => ({
      margin: [MARGIN_X, 18, MARGIN_X, 0],
      columns: [
        { text: printed, style: 'running', width: 'auto' },
        {
          text: t.recommendationRef(content.recommendationId),
          style: 'running',
          width: '*',
          alignment: 'center',
        },
        { text: t.page(String(page), String(pages)), style: 'running', bold: true, width: 'auto' },
      ],
    }),
    ...(draft
      ? { watermark: { text: t.draftRunning, color: DRAFT_RED, opacity: 0.07, bold: true, fontSize: 60 } }
      : {}),
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2, color: INK },
    styles: {
      title: { fontSize: 19, bold: true, color: HEADING, margin: [0, 12, 0, 0] },
      h2: { fontSize: 12, bold: true, color: HEADING, margin: [0, 14, 0, 2] },
      h3: { fontSize: 10, bold: true, margin: [0, 8, 0, 2] },
      th: { bold: true, fillColor: HEADER_FILL, fontSize: 8.5 },
      label: { fontSize: 7.5, bold: true, color: MUTED, characterSpacing: 0.6, margin: [0, 0, 0, 2] },
      intro: { color: MUTED, margin: [0, 3, 0, 0] },
      running: { fontSize: 8, color: MUTED },
    },
    // A heading never ends a page: one in the last tenth of a page, or with none of its section's
    // text after it there, starts the next.
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel !== undefined &&
      (node.startPosition.verticalRatio > 0.9 || !nodes.getFollowingNodesOnPage().some(isBodyText)),
    content: [
      ...titleBlock(input, t),
      addresseeAndPatient(content, t),
      t.intro(content.patient.fullName, board.title, formatInstant(board.startsAt, board.timeZone, t)),
      ...h2(t.question.title),
      content.question
        ? { text: content.question, italics: true, margin: [0, 4, 0, 0] }
        : muted(t.question.none),
      ...recommendationSection(content, t),
      ...votesSection(content, t),
      ...supportiveCareSection(content, t),
      ...factsSection(content, t),
      ...boardSection(content, t),
      box({ text: t.advisory, bold: true }, boxed(INK, 1.2), { margin: [0, 18, 0, 0], unbreakable: true }),
      signatureBlock(signature, content, t, t.signature.title),
      ...addendumPages(input, t),
    ],
  };
}

/** The letter as a PDF document. */
export async function renderLetterPdf(input: LetterRenderInput): Promise<Buffer> {
  // Nothing in a letter refers to a URL or a file: refuse every download, and every local file but
  // the fonts, so that no value smuggled into the content can make the server fetch or read anything.
  const urls = new URLResolver(virtualfs);
  urls.setUrlAccessPolicy(() => false);
  const printer = new PdfPrinter({ Roboto: { ...FONT_FILES } }, virtualfs, urls, (path) =>
    ALLOWED_FILES.has(path),
  );
  const doc = await printer.createPdfKitDocument(definition(input));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
