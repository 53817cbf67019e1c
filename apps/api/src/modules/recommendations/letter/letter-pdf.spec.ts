import {
  buildLetterInput,
  FIXTURE_DISSENT_COMMENT,
  FIXTURE_PEOPLE,
  fixtureAddendum,
  fixtureContent,
  fixtureFacts,
  fixtureSignature,
} from './letter.fixture';
import { contentHash } from './letter-content';
import { renderLetterPdf } from './letter-pdf';
import { pdfPageTexts } from './pdf-text';

// The PDF is read back as a reader's tools read it (pdfjs-dist), page by page.

/** A page's text with line breaks undone, so a phrase reads the same wherever the layout wrapped it. */
const flat = (text: string) => text.replace(/-\n/g, '-').replace(/\s+/g, ' ');

async function pages(...args: Parameters<typeof buildLetterInput>): Promise<string[]> {
  return (await pdfPageTexts(await renderLetterPdf(buildLetterInput(...args)))).map(flat);
}

const MRN = 'HSR-0048213';

describe('renderLetterPdf', () => {
  jest.setTimeout(30_000);

  it('names the patient, the page and the print time on every page, the addendum on a page of its own', async () => {
    const content = fixtureContent();
    const signature = fixtureSignature(content);
    const addendum = fixtureAddendum(content, signature);
    const texts = await pages({ addenda: [addendum] });

    expect(texts.length).toBeGreaterThanOrEqual(2);
    texts.forEach((text, i) => {
      expect(text).toContain(`María José Núñez-Peña · MRN ${MRN} · born 3 November 1961`);
      expect(text).toContain(`Page ${i + 1} of ${texts.length}`);
      // printedAt 10:30 UTC is 11:30 in Madrid in March (CET).
      expect(text).toContain('Printed 26 March 2026 at 11:30 CET');
      expect(text).not.toMatch(/draft/i);
    });

    const last = texts[texts.length - 1];
    expect(last).toContain('Addendum 1');
    expect(last).toContain(addendum.text);
    expect(last).toContain(
      `This addendum amends the letter signed 24 March 2026 at 18:40 CET, SHA-256 ${signature.contentHash}.`,
    );
    expect(last).toContain(`SHA-256: ${addendum.contentHash}`);
    // The addendum starts a page: nothing of the letter's own closing shares it.
    expect(last).not.toContain('is advisory');
    expect(texts.slice(0, -1).join(' ')).not.toContain('Addendum 1');
  });

  it('carries the addressee, the dissent with its comment and the signature with its hash', async () => {
    const input = buildLetterInput();
    const text = (await pages()).join(' ');

    expect(text).toContain('TO Dra Lucía Fernández Ortega Medical oncology Treating physician');
    expect(text).toContain('Dissent Dr Andrés Castaño Gil (Interventional radiology) voted against:');
    expect(text).toContain(FIXTURE_DISSENT_COMMENT);
    expect(text).toContain('Signed by Dr Javier Ibáñez Ruiz (Surgery), chair of the board');
    expect(text).toContain('Signed 24 March 2026 at 18:40 CET');
    expect(text).toContain(`SHA-256: ${contentHash(input.content)}`);
    expect(text).toContain(
      "This recommendation of the multidisciplinary tumour board is advisory. The treating physician decides on the patient's treatment, together with the patient.",
    );
  });

  it('shows the facts the board decided on, the plan with its override, the votes and supportive care', async () => {
    const text = (await pages()).join(' ');

    for (const fact of [
      'Site Colon Side Left-sided',
      'RAS Wild-type BRAF V600E V600E absent',
      'MSI / MMR MSS / pMMR PD-L1 Not recorded',
      'ECOG performance status ECOG 1: restricted in strenuous activity; walks and does light work',
      'Bilirubin 0.8 mg/dL Albumin 3.9 g/dL',
      'Child–Pugh class Child–Pugh A',
      'Future liver remnant 27 %',
      'Bilobar disease Yes Extrahepatic disease None',
      '1 Segment 7 34 mm',
      '2 Segment 2 12 mm',
      'Systemic chemotherapy FOLFOX 6 Partial response (PR)',
      'Plan-builder rule set version 1.0.0',
      'Quorate: every required discipline was present',
    ]) {
      expect(text).toContain(fact);
    }
    expect(text).toContain('Intent Curative');
    expect(text).toContain('Liver surgery or surgical resection');
    expect(text).toContain('Contraindicated, overridden');
    expect(text).toContain(
      'Step 1: override of a contraindication RES-FLR: FLR 27% is below the 30% minimum',
    );
    expect(text).toContain('Justification: Portal vein embolisation is booked for 2 April');
    expect(text).toContain('Approve 2 · Reject 1 · Abstain 1');
    expect(text).toContain("The patient's preferences were discussed.");
    expect(text).toContain('Psycho-oncology Offered');
    expect(text).toContain('Specialist nurse Not recorded');
    expect(text).toContain(
      'Dra Lucía Fernández Ortega Medical oncology Present Presented the case · Proposed the plan',
    );
    expect(text).toContain('Dr Iñaki Goikoetxea Arana Pathology Absent');
  });

  it('says "not recorded" for every fact nobody recorded', async () => {
    const empty = {
      ...fixtureFacts(),
      ras: null,
      ecog: null,
      bilirubinMgDl: null,
      lesions: [],
      priorTreatments: [],
    };
    const text = (await pages({ content: { facts: empty } })).join(' ');

    expect(text).toContain('RAS Not recorded');
    expect(text).toContain('ECOG performance status Not recorded');
    expect(text).toContain('Bilirubin Not recorded');
    expect(text).toContain('No liver lesion recorded.');
    expect(text).toContain('No prior treatment recorded.');
  });

  it('marks a draft on every page and signs nothing', async () => {
    const texts = await pages({ signature: null });

    expect(texts.length).toBeGreaterThanOrEqual(2);
    texts.forEach((text) => expect(text).toContain('DRAFT — NOT SIGNED'));
    const text = texts.join(' ');
    expect(text).toContain("The board's chair has not signed this recommendation.");
    expect(text).not.toContain('SHA-256');
    expect(text).not.toContain('Signed by');
  });

  it('says plainly when no addressee is named, and names an outside physician with their contact', async () => {
    expect((await pages({ content: { addressee: null } })).join(' ')).toContain(
      'No addressee is named: the case records no treating physician.',
    );
    const external = (
      await pages({
        content: {
          addressee: {
            kind: 'external',
            fullName: 'Dr Pablo Herrera Vidal',
            contact: 'Hospital Comarcal del Norte',
          },
        },
      })
    ).join(' ');
    expect(external).toContain('TO Dr Pablo Herrera Vidal Hospital Comarcal del Norte Treating physician');
  });

  it('says when nobody dissented, and names the chair a deputy signed for', async () => {
    const content = fixtureContent({
      votes: fixtureContent().votes.filter((v) => v.vote !== 'reject'),
      tally: { approvals: 2, rejections: 0, abstentions: 1 },
    });
    const deputy = fixtureSignature(content, { signer: FIXTURE_PEOPLE.oncologist, asDeputy: true });
    const text = (await pages({ content, signature: deputy })).join(' ');

    expect(text).toContain('No member of the board dissented.');
    expect(text).toContain(
      'Signed by Dra Lucía Fernández Ortega (Medical oncology), as deputy for the chair Dr Javier Ibáñez Ruiz',
    );
  });

  it('keeps every word of long free text, across pages', async () => {
    const reasons = Array.from({ length: 700 }, (_, i) => `reason${i}`);
    const doubts = Array.from({ length: 220 }, (_, i) => `doubt${i}`);
    const votes = fixtureContent().votes.map((v) =>
      v.vote === 'reject' ? { ...v, comment: doubts.join(' ') } : v,
    );
    const plan = { ...fixtureContent().plan, rationale: reasons.join(' ') };
    const texts = await pages({ content: { plan, votes } });

    expect(texts.length).toBeGreaterThanOrEqual(4);
    const words = texts.join(' ').split(' ');
    expect(reasons.filter((w) => !words.includes(w))).toEqual([]);
    // In the votes table and again under Dissent.
    expect(doubts.filter((w) => words.filter((x) => x === w).length !== 2)).toEqual([]);
  });

  it('renders Spanish with its accents', async () => {
    const texts = await pages({ language: 'es', signature: null });

    texts.forEach((text, i) => {
      expect(text).toContain(`María José Núñez-Peña · NHC ${MRN} · nacimiento: 3 de noviembre de 1961`);
      expect(text).toContain(`Página ${i + 1} de ${texts.length}`);
      expect(text).toContain('Impreso el 26 de marzo de 2026 a las 11:30 CET');
      expect(text).toContain('BORRADOR — SIN FIRMAR');
    });
    const text = texts.join(' ');
    expect(text).toContain('Recomendación del comité de tumores');
    expect(text).toContain('PARA Dra Lucía Fernández Ortega Oncología médica Médico responsable');
    expect(text).toContain('Votos discrepantes');
    expect(text).toContain('Resección quirúrgica');
    expect(text).toContain('Psicooncología Ofrecido');
    expect(text).toContain('Enfermería especializada Sin registrar');
    expect(text).toContain(
      'Esta recomendación del comité multidisciplinar de tumores es orientativa. El médico responsable decide el tratamiento del paciente, junto con el paciente.',
    );
  });

  it('is the same file for the same letter, with generic metadata and its language', async () => {
    const input = buildLetterInput();
    const first = await renderLetterPdf(input);
    const second = await renderLetterPdf(buildLetterInput());
    expect(first.equals(second)).toBe(true);

    // The page content is compressed; what is readable in the file is its metadata, which must not
    // name the patient.
    const raw = first.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw).toContain('/Lang (en)');
    expect(raw).toContain('(Tumour board recommendation)');
    expect(raw).toContain('(D:20260326103000Z)');
    expect(raw).not.toContain(MRN);
  });
});
