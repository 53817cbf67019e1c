import { buildLetterInput, FIXTURE_DISSENT_COMMENT, fixtureAddendum, fixtureContent } from './letter.fixture';
import { escapeHtml, renderLetterHtml } from './letter-html';

const e = escapeHtml;

describe('renderLetterHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml(null)).toBe('');
  });

  it('never lets a value become markup or leave the style sheet', () => {
    const hostile = '"; } body { display: none } </style><script>alert(1)</script>';
    const content = fixtureContent();
    const page = renderLetterHtml(
      buildLetterInput({
        content: {
          institution: 'Hospital <b>Test</b>',
          patient: { ...content.patient, fullName: hostile },
          addressee: {
            kind: 'external',
            fullName: 'Dr "Quote" O\'Neil',
            contact: '<a href="http://x">x</a>',
          },
          plan: { ...content.plan, rationale: '<img src=x onerror=alert(1)>' },
          votes: content.votes.map((v) =>
            v.vote === 'reject' ? { ...v, comment: 'Ablate </td> instead' } : v,
          ),
        },
      }),
    );

    expect(page).not.toContain('<script');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<a ');
    expect(page).not.toContain('<b>');
    expect(page.match(/<\/style>/g)).toHaveLength(1);
    const style = page.slice(page.indexOf('<style>'), page.indexOf('</style>'));
    expect(style).not.toContain('body { display: none }');
    expect(style).not.toContain('"; }');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('Dr &quot;Quote&quot; O&#39;Neil');
    expect(page).toContain('Ablate &lt;/td&gt; instead');
    expect(page).toContain('Hospital &lt;b&gt;Test&lt;/b&gt;');
  });

  it('is self-contained: no script, no external resource', () => {
    const page = renderLetterHtml(buildLetterInput());
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\shref=|url\(|@import/i);
  });

  it('carries the same facts as the PDF', () => {
    const input = buildLetterInput();
    const page = renderLetterHtml(input);

    for (const text of [
      'Dra Lucía Fernández Ortega',
      'Treating physician',
      'MRN',
      'HSR-0048213',
      '3 November 1961',
      'Female',
      'Resection of the segment 7 lesion with ablation of segment 2 after six months of FOLFOX, or ablation of both?',
      'Liver surgery or surgical resection',
      'Contraindicated, overridden',
      'Step 1: override of a contraindication',
      'RES-FLR: FLR 27% is below the 30% minimum',
      'Portal vein embolisation is booked for 2 April',
      'Approve 2 · Reject 1 · Abstain 1 (votes of members present)',
      'Dr Andrés Castaño Gil (Interventional radiology) voted against:',
      FIXTURE_DISSENT_COMMENT,
      "The patient's preferences were discussed.",
      'Psycho-oncology',
      'Offered',
      'Wild-type',
      'V600E absent',
      'MSS / pMMR',
      'ECOG 1: restricted in strenuous activity; walks and does light work',
      '0.8 mg/dL',
      '3.9 g/dL',
      'Child–Pugh A',
      '27 %',
      'Segment 7',
      '34 mm',
      'Partial response (PR)',
      'version 1.0.0',
      'Presented the case · Proposed the plan',
      'Absent',
      'Quorate: every required discipline was present',
      "This recommendation of the multidisciplinary tumour board is advisory. The treating physician decides on the patient's treatment, together with the patient.",
      'Signed by Dr Javier Ibáñez Ruiz (Surgery), chair of the board',
      'Signed 24 March 2026 at 18:40 CET',
      `SHA-256: ${input.signature!.contentHash}`,
      'Printed 26 March 2026 at 11:30 CET',
    ]) {
      expect(page).toContain(e(text));
    }
    // The specialist nurse's supportive care was not recorded, nor was PD-L1.
    expect(page).toContain(
      '<td>Specialist nurse</td><td><span class="not-recorded">Not recorded</span></td>',
    );
    expect(page).toContain('<dt>PD-L1</dt><dd><span class="not-recorded">Not recorded</span></dd>');
  });

  it('repeats the patient, the page number and the print time in the print margins', () => {
    const page = renderLetterHtml(buildLetterInput());
    expect(page).toMatch(/@top-left \{ content: "[^"]+"/);
    expect(page).toContain(
      '@top-left { content: "Mar\\ed a Jos\\e9  N\\fa \\f1 ez\\2d Pe\\f1 a \\b7  MRN HSR\\2d 0048213',
    );
    expect(page).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    expect(page).toContain('@bottom-left { content: "Printed 26 March 2026 at 11\\3a 30 CET";');
  });

  it('marks a draft, and only a draft', () => {
    const draft = renderLetterHtml(buildLetterInput({ signature: null }));
    expect(draft).toContain('<p class="draft-title">Draft — not signed</p>');
    expect(draft).toContain('<span class="draft-mark">DRAFT — NOT SIGNED</span>');
    expect(draft).toContain('@top-right { content: "DRAFT \\2014  NOT SIGNED";');
    expect(draft).not.toContain('SHA-256');

    const signed = renderLetterHtml(buildLetterInput());
    expect(signed.slice(signed.indexOf('<body>'))).not.toMatch(/draft/i);
    expect(signed).not.toContain('NOT SIGNED');
  });

  it('says plainly when no addressee is named and when nobody dissented', () => {
    const content = fixtureContent();
    const page = renderLetterHtml(
      buildLetterInput({
        content: { addressee: null, votes: content.votes.filter((v) => v.vote !== 'reject') },
      }),
    );
    expect(page).toContain(e('No addressee is named: the case records no treating physician.'));
    expect(page).toContain('No member of the board dissented.');
  });

  it('prints each addendum after the letter, naming what it amends', () => {
    const base = buildLetterInput();
    const addendum = fixtureAddendum(base.content, base.signature!);
    const page = renderLetterHtml({ ...base, addenda: [addendum] });
    expect(page).toContain('<article class="addendum">');
    expect(page).toContain('<h1>Addendum 1</h1>');
    expect(page).toContain(
      `This addendum amends the letter signed 24 March 2026 at 18:40 CET, SHA-256 ${base.signature!.contentHash}.`,
    );
    expect(page).toContain(`SHA-256: ${addendum.contentHash}`);
    expect(page.indexOf('Addendum 1')).toBeGreaterThan(page.indexOf(e(base.content.plan.rationale)));
  });

  it('renders Spanish', () => {
    const page = renderLetterHtml(buildLetterInput({ language: 'es', signature: null }));
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="es">/);
    for (const text of [
      'Recomendación del comité de tumores',
      'María José Núñez-Peña · NHC HSR-0048213 · nacimiento: 3 de noviembre de 1961',
      'Borrador — sin firmar',
      'BORRADOR — SIN FIRMAR',
      'Votos discrepantes',
      'Resección quirúrgica',
      'Nativo (wild-type)',
      'Enfermería especializada',
      'Sin registrar',
      'Esta recomendación del comité multidisciplinar de tumores es orientativa.',
    ]) {
      expect(page).toContain(e(text));
    }
    expect(page).toContain('@bottom-right { content: "P\\e1 gina " counter(page) " de " counter(pages);');
  });
});
