import type {
  BrafStatus,
  ChildPughClass,
  ColorectalSide,
  Discipline,
  ExtrahepaticDisease,
  LetterLanguage,
  ModalityCode,
  MsiStatus,
  PrimarySite,
  RasStatus,
  RecistResponse,
  SupportiveCareService,
  SupportiveCareStatus,
  Vote,
  VoteTally,
} from '@consilium/domain';
import { type AgentCode, MODALITY_CATALOGUE, type Verdict } from '@consilium/plan-builder';
import type { PatientSex } from '@api/modules/patients/patient.entity';
import type { ProposalStepDto } from '@api/modules/proposals/dto/proposal.dto';
import type { PlanIntent } from '@api/modules/proposals/proposal.entity';

import type {
  AttendeeRole,
  LetterAttendee,
  LetterContent,
  LetterFacts,
  LetterPerson,
  LetterSignatureView,
} from './letter-content';

// The words of the board's letter, in each language it is printed in, and the helpers that turn its
// content into those words. The PDF and the printable page both read from here, so they say the same.
// The Spanish wording follows the web app's catalogues (apps/web/src/i18n/*.es.json).

type Ecog = 0 | 1 | 2 | 3 | 4;

export interface LetterText {
  /** The locale of the letter's dates and numbers (Intl). */
  locale: string;
  documentTitle: string;
  draft: string;
  draftRunning: string;
  draftNote: string;
  notRecorded: string;
  yes: string;
  no: string;

  to: string;
  treatingPhysician: string;
  noAddressee: string;
  intro: (patient: string, board: string, when: string) => string;

  patient: { title: string; name: string; mrn: string; birthDate: string; sex: string };
  runningPatient: (name: string, mrn: string, birthDate: string) => string;
  printed: (when: string) => string;
  /** Strings, not numbers: the printable page fills them with CSS page counters. */
  page: (page: string, pages: string) => string;
  recommendationRef: (id: string) => string;

  question: { title: string; none: string };

  plan: {
    title: string;
    intent: string;
    proposedBy: string;
    adoptedAt: string;
    steps: string;
    number: string;
    treatment: string;
    details: string;
    targets: string;
    verdict: string;
    noTargets: string;
    segment: (segment: number) => string;
    regimen: (value: string) => string;
    cycles: (count: number) => string;
    approach: (value: string) => string;
    trial: (value: string) => string;
    overridden: (verdict: string) => string;
    override: (position: number) => string;
    reasonSource: (source: string) => string;
    justification: string;
    rationale: string;
    preferencesDiscussed: string;
    preferencesNotDiscussed: string;
  };

  votes: {
    title: string;
    tally: (tally: VoteTally) => string;
    member: string;
    discipline: string;
    vote: string;
    comment: string;
    counted: string;
    countedYes: string;
    countedNo: string;
    none: string;
  };

  dissent: { title: string; by: (person: string) => string; none: string; noComment: string };

  supportiveCare: { title: string; intro: string; service: string; status: string };

  facts: {
    title: string;
    intro: string;
    primary: string;
    site: string;
    side: string;
    histology: string;
    diagnosisDate: string;
    biomarkers: string;
    ras: string;
    braf: string;
    msi: string;
    pdl1: string;
    general: string;
    ecog: string;
    latestImaging: string;
    plannedSurgery: string;
    liverFunction: string;
    bilirubin: string;
    albumin: string;
    inr: string;
    childPugh: string;
    cirrhosis: string;
    flr: string;
    liver: string;
    lesions: string;
    lesion: string;
    couinaudSegment: string;
    diameter: string;
    noLesions: string;
    bilobar: string;
    extrahepatic: string;
    priorTreatments: string;
    modality: string;
    regimen: string;
    months: string;
    bestResponse: string;
    noPriorTreatments: string;
    comorbidities: string;
    noComorbidities: string;
    ruleSet: string;
    ruleSetVersion: (version: string) => string;
  };

  board: {
    title: string;
    meeting: string;
    date: string;
    timeZone: string;
    boardType: string;
    chair: string;
    quorum: string;
    quorate: (disciplines: string) => string;
    notQuorate: (missing: string) => string;
    attendance: string;
    member: string;
    discipline: string;
    presence: string;
    roles: string;
    present: string;
    absent: string;
  };

  advisory: string;

  signature: {
    title: string;
    signedBy: (person: string) => string;
    asChair: string;
    asDeputy: (chair: string) => string;
    signedAt: (when: string) => string;
    hashNote: string;
  };

  addendum: {
    title: (n: number) => string;
    correction: string;
    amendsLetter: (when: string, hash: string) => string;
    amendsAddendum: (n: number, when: string, hash: string) => string;
    amendsUnknown: (hash: string) => string;
  };

  sex: Record<PatientSex, string>;
  discipline: Record<Discipline, string>;
  primarySite: Record<PrimarySite, string>;
  primarySide: Record<ColorectalSide, string>;
  ras: Record<RasStatus, string>;
  braf: Record<BrafStatus, string>;
  msi: Record<MsiStatus, string>;
  ecog: Record<Ecog, string>;
  childPugh: Record<ChildPughClass, string>;
  extrahepatic: Record<ExtrahepaticDisease, string>;
  bestResponse: Record<RecistResponse, string>;
  modality: Record<ModalityCode, string>;
  agent: Record<AgentCode, string>;
  intent: Record<PlanIntent, string>;
  verdict: Record<Verdict, string>;
  vote: Record<Vote, string>;
  role: Record<AttendeeRole, string>;
  supportiveService: Record<SupportiveCareService, string>;
  supportiveStatus: Record<SupportiveCareStatus, string>;
}

// In English the modalities and agents keep the plan builder's names, the wording of its source
// document (docs/plan-builder-rules.md#modality-catalogue).
const CATALOGUE_MODALITIES = Object.fromEntries(MODALITY_CATALOGUE.map((m) => [m.code, m.name])) as Record<
  ModalityCode,
  string
>;
const CATALOGUE_AGENTS = Object.fromEntries(
  MODALITY_CATALOGUE.flatMap((m) => m.agents.map((a) => [a.code, a.name])),
) as Record<AgentCode, string>;

const EN: LetterText = {
  locale: 'en-GB',
  documentTitle: 'Tumour board recommendation',
  draft: 'Draft — not signed',
  draftRunning: 'DRAFT — NOT SIGNED',
  draftNote:
    "The board's chair has not signed this recommendation. It is not final: do not file or act on it as the board's letter.",
  notRecorded: 'Not recorded',
  yes: 'Yes',
  no: 'No',

  to: 'To',
  treatingPhysician: 'Treating physician',
  noAddressee: 'No addressee is named: the case records no treating physician.',
  intro: (patient, board, when) =>
    `The multidisciplinary tumour board discussed the case of ${patient} at its meeting “${board}” on ${when}. ` +
    'Its recommendation follows, with the facts it decided on and how its members voted.',

  patient: { title: 'Patient', name: 'Name', mrn: 'MRN', birthDate: 'Date of birth', sex: 'Sex' },
  runningPatient: (name, mrn, birthDate) => `${name} · MRN ${mrn} · born ${birthDate}`,
  printed: (when) => `Printed ${when}`,
  page: (page, pages) => `Page ${page} of ${pages}`,
  recommendationRef: (id) => `Recommendation ${id}`,

  question: { title: 'Question for the board', none: 'No question was recorded for the board.' },

  plan: {
    title: 'Recommendation',
    intent: 'Intent',
    proposedBy: 'Proposed by',
    adoptedAt: 'Adopted',
    steps: 'Steps of the plan',
    number: '#',
    treatment: 'Treatment',
    details: 'Details',
    targets: 'Target lesions',
    verdict: 'Plan builder',
    noTargets: 'None named',
    segment: (segment) => `Segment ${segment}`,
    regimen: (value) => `Regimen: ${value}`,
    cycles: (count) => (count === 1 ? '1 cycle' : `${count} cycles`),
    approach: (value) => `Approach: ${value}`,
    trial: (value) => `Trial: ${value}`,
    overridden: (verdict) => `${verdict}, overridden`,
    override: (position) => `Step ${position}: override of a contraindication`,
    reasonSource: (source) => `source: ${source}`,
    justification: 'Justification',
    rationale: 'Rationale',
    preferencesDiscussed: "The patient's preferences were discussed.",
    preferencesNotDiscussed: "The patient's preferences were not discussed.",
  },

  votes: {
    title: 'Votes',
    tally: (t) =>
      `Approve ${t.approvals} · Reject ${t.rejections} · Abstain ${t.abstentions} (votes of members present)`,
    member: 'Member',
    discipline: 'Discipline',
    vote: 'Vote',
    comment: 'Comment',
    counted: 'Counted',
    countedYes: 'Yes, present',
    countedNo: 'No, absent',
    none: 'No vote was recorded.',
  },

  dissent: {
    title: 'Dissent',
    by: (person) => `${person} voted against:`,
    none: 'No member of the board dissented.',
    noComment: 'No comment recorded.',
  },

  supportiveCare: {
    title: 'Supportive care',
    intro: 'Support offered to the patient beside the treatment.',
    service: 'Service',
    status: 'Status',
  },

  facts: {
    title: 'What the board decided on',
    intro: 'The facts of the case as the plan builder read them when the plan was proposed.',
    primary: 'Primary tumour',
    site: 'Site',
    side: 'Side',
    histology: 'Histology',
    diagnosisDate: 'Diagnosis date',
    biomarkers: 'Biomarkers',
    ras: 'RAS',
    braf: 'BRAF V600E',
    msi: 'MSI / MMR',
    pdl1: 'PD-L1',
    general: 'General health and imaging',
    ecog: 'ECOG performance status',
    latestImaging: 'Latest cross-sectional imaging',
    plannedSurgery: 'Planned surgery',
    liverFunction: 'Liver function',
    bilirubin: 'Bilirubin',
    albumin: 'Albumin',
    inr: 'INR',
    childPugh: 'Child–Pugh class',
    cirrhosis: 'Cirrhosis or fibrosis',
    flr: 'Future liver remnant',
    liver: 'Liver metastases',
    lesions: 'Liver lesions',
    lesion: 'Lesion',
    couinaudSegment: 'Couinaud segment',
    diameter: 'Largest diameter',
    noLesions: 'No liver lesion recorded.',
    bilobar: 'Bilobar disease',
    extrahepatic: 'Extrahepatic disease',
    priorTreatments: 'Prior treatments',
    modality: 'Modality',
    regimen: 'Regimen',
    months: 'Months',
    bestResponse: 'Best response',
    noPriorTreatments: 'No prior treatment recorded.',
    comorbidities: 'Comorbidities',
    noComorbidities: 'No comorbidity recorded.',
    ruleSet: 'Plan-builder rule set',
    ruleSetVersion: (version) => `version ${version}`,
  },

  board: {
    title: 'The board',
    meeting: 'Board',
    date: 'Date',
    timeZone: 'Time zone',
    boardType: 'Board type',
    chair: 'Chair',
    quorum: 'Quorum',
    quorate: (disciplines) => `Quorate: every required discipline was present (${disciplines}).`,
    notQuorate: (missing) => `Not quorate: no one present for ${missing}.`,
    attendance: 'Attendance',
    member: 'Member',
    discipline: 'Discipline',
    presence: 'Attendance',
    roles: 'Role',
    present: 'Present',
    absent: 'Absent',
  },

  advisory:
    "This recommendation of the multidisciplinary tumour board is advisory. The treating physician decides on the patient's treatment, together with the patient.",

  signature: {
    title: 'Signature',
    signedBy: (person) => `Signed by ${person}`,
    asChair: 'chair of the board',
    asDeputy: (chair) => `as deputy for the chair ${chair}`,
    signedAt: (when) => `Signed ${when}`,
    hashNote: 'The hash identifies the content signed: any change to it gives a different hash.',
  },

  addendum: {
    title: (n) => `Addendum ${n}`,
    correction: 'Correction',
    amendsLetter: (when, hash) => `This addendum amends the letter signed ${when}, SHA-256 ${hash}.`,
    amendsAddendum: (n, when, hash) => `This addendum amends addendum ${n}, signed ${when}, SHA-256 ${hash}.`,
    amendsUnknown: (hash) => `This addendum amends the document with SHA-256 ${hash}.`,
  },

  sex: { female: 'Female', male: 'Male', other: 'Other', unknown: 'Unknown' },
  discipline: {
    medical_oncology: 'Medical oncology',
    surgery: 'Surgery',
    interventional_radiology: 'Interventional radiology',
    radiation_oncology: 'Radiation oncology',
    radiology: 'Radiology',
    pathology: 'Pathology',
    hepatology: 'Hepatology',
    gastroenterology: 'Gastroenterology',
    nursing: 'Nursing',
    other: 'Other discipline',
  },
  primarySite: {
    colon: 'Colon',
    rectum: 'Rectum',
    pancreas: 'Pancreas',
    lung: 'Lung',
    breast: 'Breast',
    other: 'Other',
  },
  primarySide: { left: 'Left-sided', right: 'Right-sided' },
  ras: { wild_type: 'Wild-type', mutant: 'Mutant', pending: 'Pending' },
  braf: { present: 'V600E present', absent: 'V600E absent', pending: 'Pending' },
  msi: { msi_high: 'MSI-H / dMMR', mss: 'MSS / pMMR', pending: 'Pending' },
  ecog: {
    0: 'ECOG 0: fully active, no restriction',
    1: 'ECOG 1: restricted in strenuous activity; walks and does light work',
    2: 'ECOG 2: walks and cares for self, cannot work; up more than half of waking hours',
    3: 'ECOG 3: limited self-care; in bed or chair more than half of waking hours',
    4: 'ECOG 4: completely disabled; confined to bed or chair',
  },
  childPugh: { A: 'Child–Pugh A', B: 'Child–Pugh B', C: 'Child–Pugh C' },
  extrahepatic: { none: 'None', limited: 'Limited', extensive: 'Extensive' },
  bestResponse: {
    CR: 'Complete response (CR)',
    PR: 'Partial response (PR)',
    SD: 'Stable disease (SD)',
    PD: 'Progressive disease (PD)',
  },
  modality: CATALOGUE_MODALITIES,
  agent: CATALOGUE_AGENTS,
  intent: { curative: 'Curative', disease_control: 'Disease control', palliative: 'Palliative' },
  verdict: { eligible: 'Eligible', caution: 'Caution', contraindicated: 'Contraindicated' },
  vote: { approve: 'Approve', reject: 'Reject', abstain: 'Abstain' },
  role: { chair: 'Chair', presenter: 'Presented the case', proposer: 'Proposed the plan' },
  supportiveService: {
    psycho_oncology: 'Psycho-oncology',
    nutrition: 'Nutrition',
    pain_palliative_care: 'Pain and palliative care',
    specialist_nurse: 'Specialist nurse',
  },
  supportiveStatus: {
    offered: 'Offered',
    referred: 'Referred',
    declined: 'Declined',
    not_needed: 'Not needed',
  },
};

const ES: LetterText = {
  locale: 'es-ES',
  documentTitle: 'Recomendación del comité de tumores',
  draft: 'Borrador — sin firmar',
  draftRunning: 'BORRADOR — SIN FIRMAR',
  draftNote:
    'Quien preside el comité no ha firmado esta recomendación. No es definitiva: no la archive ni actúe conforme a ella como carta del comité.',
  notRecorded: 'Sin registrar',
  yes: 'Sí',
  no: 'No',

  to: 'Para',
  treatingPhysician: 'Médico responsable',
  noAddressee: 'No consta ningún destinatario: el caso no registra un médico responsable.',
  intro: (patient, board, when) =>
    `El comité multidisciplinar de tumores comentó el caso de ${patient} en la sesión «${board}» del ${when}. ` +
    'A continuación figuran su recomendación, los datos en los que se basó y el voto de sus miembros.',

  patient: {
    title: 'Paciente',
    name: 'Nombre',
    mrn: 'NHC',
    birthDate: 'Fecha de nacimiento',
    sex: 'Sexo',
  },
  runningPatient: (name, mrn, birthDate) => `${name} · NHC ${mrn} · nacimiento: ${birthDate}`,
  printed: (when) => `Impreso el ${when}`,
  page: (page, pages) => `Página ${page} de ${pages}`,
  recommendationRef: (id) => `Recomendación ${id}`,

  question: { title: 'Pregunta al comité', none: 'No se registró ninguna pregunta para el comité.' },

  plan: {
    title: 'Recomendación',
    intent: 'Intención',
    proposedBy: 'Propuesta de',
    adoptedAt: 'Adoptada',
    steps: 'Pasos del plan',
    number: 'N.º',
    treatment: 'Tratamiento',
    details: 'Detalles',
    targets: 'Lesiones diana',
    verdict: 'Constructor de planes',
    noTargets: 'Ninguna indicada',
    segment: (segment) => `Segmento ${segment}`,
    regimen: (value) => `Pauta: ${value}`,
    cycles: (count) => (count === 1 ? '1 ciclo' : `${count} ciclos`),
    approach: (value) => `Abordaje: ${value}`,
    trial: (value) => `Ensayo: ${value}`,
    overridden: (verdict) => `${verdict}, con excepción justificada`,
    override: (position) => `Paso ${position}: excepción a una contraindicación`,
    reasonSource: (source) => `fuente: ${source}`,
    justification: 'Justificación de la excepción',
    rationale: 'Justificación del plan',
    preferencesDiscussed: 'Se han comentado las preferencias del paciente.',
    preferencesNotDiscussed: 'No se han comentado las preferencias del paciente.',
  },

  votes: {
    title: 'Votos',
    tally: (t) =>
      `A favor ${t.approvals} · En contra ${t.rejections} · Abstenciones ${t.abstentions} (votantes presentes)`,
    member: 'Especialista',
    discipline: 'Especialidad',
    vote: 'Voto',
    comment: 'Comentario',
    counted: 'Contabilizado',
    countedYes: 'Sí, presente',
    countedNo: 'No, ausente',
    none: 'No se registró ningún voto.',
  },

  dissent: {
    title: 'Votos discrepantes',
    by: (person) => `${person} votó en contra:`,
    none: 'Ningún miembro del comité discrepó.',
    noComment: 'Sin comentario.',
  },

  supportiveCare: {
    title: 'Cuidados de soporte',
    intro: 'Apoyo ofrecido al paciente junto al tratamiento.',
    service: 'Servicio',
    status: 'Estado',
  },

  facts: {
    title: 'Datos en los que se basó el comité',
    intro: 'Los datos del caso tal como los leyó el constructor de planes al proponerse el plan.',
    primary: 'Tumor primario',
    site: 'Localización',
    side: 'Lateralidad',
    histology: 'Histología',
    diagnosisDate: 'Fecha de diagnóstico',
    biomarkers: 'Biomarcadores',
    ras: 'RAS',
    braf: 'BRAF V600E',
    msi: 'MSI / MMR',
    pdl1: 'PD-L1',
    general: 'Estado general e imagen',
    ecog: 'Estado funcional ECOG',
    latestImaging: 'Última prueba de imagen seccional',
    plannedSurgery: 'Cirugía prevista',
    liverFunction: 'Función hepática',
    bilirubin: 'Bilirrubina',
    albumin: 'Albúmina',
    inr: 'INR',
    childPugh: 'Clase de Child-Pugh',
    cirrhosis: 'Cirrosis o fibrosis',
    flr: 'Remanente hepático futuro',
    liver: 'Metástasis hepáticas',
    lesions: 'Lesiones hepáticas',
    lesion: 'Lesión',
    couinaudSegment: 'Segmento de Couinaud',
    diameter: 'Diámetro mayor',
    noLesions: 'No hay ninguna lesión hepática registrada.',
    bilobar: 'Enfermedad bilobar',
    extrahepatic: 'Enfermedad extrahepática',
    priorTreatments: 'Tratamientos previos',
    modality: 'Modalidad',
    regimen: 'Pauta',
    months: 'Meses',
    bestResponse: 'Mejor respuesta',
    noPriorTreatments: 'No hay tratamientos previos registrados.',
    comorbidities: 'Comorbilidades',
    noComorbidities: 'No hay comorbilidades registradas.',
    ruleSet: 'Reglas del constructor de planes',
    ruleSetVersion: (version) => `versión ${version}`,
  },

  board: {
    title: 'El comité',
    meeting: 'Comité',
    date: 'Fecha',
    timeZone: 'Zona horaria',
    boardType: 'Tipo de comité',
    chair: 'Preside',
    quorum: 'Quórum',
    quorate: (disciplines) =>
      `Hay quórum: estaban presentes todas las especialidades necesarias (${disciplines}).`,
    notQuorate: (missing) => `Sin quórum: no había nadie presente de ${missing}.`,
    attendance: 'Asistencia',
    member: 'Especialista',
    discipline: 'Especialidad',
    presence: 'Asistencia',
    roles: 'Papel',
    present: 'Presente',
    absent: 'Ausente',
  },

  advisory:
    'Esta recomendación del comité multidisciplinar de tumores es orientativa. El médico responsable decide el tratamiento del paciente, junto con el paciente.',

  signature: {
    title: 'Firma',
    signedBy: (person) => `Firmado por ${person}`,
    asChair: 'que preside el comité',
    asDeputy: (chair) => `como suplente de quien preside el comité, ${chair}`,
    signedAt: (when) => `Firmado el ${when}`,
    hashNote: 'La huella identifica el contenido firmado: cualquier cambio en él da una huella distinta.',
  },

  addendum: {
    title: (n) => `Adenda ${n}`,
    correction: 'Corrección',
    amendsLetter: (when, hash) => `Esta adenda corrige la carta firmada el ${when}, SHA-256 ${hash}.`,
    amendsAddendum: (n, when, hash) =>
      `Esta adenda corrige la adenda ${n}, firmada el ${when}, SHA-256 ${hash}.`,
    amendsUnknown: (hash) => `Esta adenda corrige el documento con SHA-256 ${hash}.`,
  },

  sex: { female: 'Mujer', male: 'Hombre', other: 'Otro', unknown: 'Desconocido' },
  discipline: {
    medical_oncology: 'Oncología médica',
    surgery: 'Cirugía',
    interventional_radiology: 'Radiología intervencionista',
    radiation_oncology: 'Oncología radioterápica',
    radiology: 'Radiología',
    pathology: 'Anatomía patológica',
    hepatology: 'Hepatología',
    gastroenterology: 'Aparato digestivo',
    nursing: 'Enfermería',
    other: 'Otra especialidad',
  },
  primarySite: {
    colon: 'Colon',
    rectum: 'Recto',
    pancreas: 'Páncreas',
    lung: 'Pulmón',
    breast: 'Mama',
    other: 'Otro',
  },
  primarySide: { left: 'Izquierdo', right: 'Derecho' },
  ras: { wild_type: 'Nativo (wild-type)', mutant: 'Mutado', pending: 'Pendiente' },
  braf: { present: 'V600E presente', absent: 'V600E ausente', pending: 'Pendiente' },
  msi: { msi_high: 'MSI-H / dMMR', mss: 'MSS / pMMR', pending: 'Pendiente' },
  ecog: {
    0: 'ECOG 0: plenamente activo, sin restricciones',
    1: 'ECOG 1: limitado en la actividad intensa; deambula y hace trabajos ligeros',
    2: 'ECOG 2: deambula y se vale por sí mismo, no puede trabajar; levantado más de la mitad del día',
    3: 'ECOG 3: autocuidado limitado; en cama o sillón más de la mitad del día',
    4: 'ECOG 4: totalmente incapacitado; confinado en cama o sillón',
  },
  childPugh: { A: 'Child-Pugh A', B: 'Child-Pugh B', C: 'Child-Pugh C' },
  extrahepatic: { none: 'Ninguna', limited: 'Limitada', extensive: 'Extensa' },
  bestResponse: {
    CR: 'Respuesta completa (RC)',
    PR: 'Respuesta parcial (RP)',
    SD: 'Enfermedad estable (EE)',
    PD: 'Progresión (PE)',
  },
  modality: {
    surgical_resection: 'Resección quirúrgica',
    radiofrequency_ablation: 'Ablación por radiofrecuencia',
    cryoablation: 'Crioablación',
    systemic_chemotherapy: 'Quimioterapia sistémica',
    tace: 'TACE (quimioembolización)',
    targeted_therapy: 'Terapia dirigida',
    immunotherapy: 'Inmunoterapia',
    sbrt: 'SBRT (radioterapia estereotáctica)',
    clinical_trial: 'Ensayo clínico',
  },
  agent: {
    cetuximab: 'Cetuximab',
    panitumumab: 'Panitumumab',
    encorafenib_cetuximab: 'Encorafenib + cetuximab',
    bevacizumab: 'Bevacizumab',
    nivolumab: 'Nivolumab',
    pembrolizumab: 'Pembrolizumab',
  },
  intent: { curative: 'Curativa', disease_control: 'Control de la enfermedad', palliative: 'Paliativa' },
  verdict: { eligible: 'Indicada', caution: 'Precaución', contraindicated: 'Contraindicada' },
  vote: { approve: 'A favor', reject: 'En contra', abstain: 'Abstención' },
  role: { chair: 'Preside', presenter: 'Presenta el caso', proposer: 'Propone el plan' },
  supportiveService: {
    psycho_oncology: 'Psicooncología',
    nutrition: 'Nutrición',
    pain_palliative_care: 'Dolor y cuidados paliativos',
    specialist_nurse: 'Enfermería especializada',
  },
  supportiveStatus: {
    offered: 'Ofrecido',
    referred: 'Derivado',
    declined: 'Rechazado',
    not_needed: 'No necesario',
  },
};

export const LETTER_TEXT: Readonly<Record<LetterLanguage, LetterText>> = { en: EN, es: ES };

/** An instant as people of the institution read it, with the zone named: "24 March 2026 at 14:00 CET". */
export function formatInstant(instant: string | Date, timeZone: string, t: LetterText): string {
  return new Intl.DateTimeFormat(t.locale, {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(new Date(instant));
}

/** A calendar date (YYYY-MM-DD), the same day wherever it is read: "31 January 1950". */
export function formatDate(isoDate: string, t: LetterText): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(t.locale, { timeZone: 'UTC', dateStyle: 'long' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

const formatNumber = (value: number, t: LetterText) =>
  new Intl.NumberFormat(t.locale, { maximumFractionDigits: 2 }).format(value);

const list = (items: string[], t: LetterText) =>
  new Intl.ListFormat(t.locale, { style: 'long', type: 'conjunction' }).format(items);

/** A value, or "not recorded" for a fact nobody recorded. */
function recorded<T>(value: T | null, t: LetterText, show: (value: T) => string): string {
  return value === null ? t.notRecorded : show(value);
}

const yesNo = (value: boolean, t: LetterText) => (value ? t.yes : t.no);

/** "Name (Discipline)". */
export const personLabel = (p: Pick<LetterPerson, 'fullName' | 'discipline'>, t: LetterText) =>
  `${p.fullName} (${t.discipline[p.discipline]})`;

export const disciplineList = (disciplines: Discipline[], t: LetterText) =>
  list(
    disciplines.map((d) => t.discipline[d]),
    t,
  );

export interface FactGroup {
  title: string;
  rows: [label: string, value: string][];
}

/** The case's facts in groups of label and value, every unrecorded one said so. */
export function factGroups(facts: LetterFacts, t: LetterText): FactGroup[] {
  const f = t.facts;
  const date = (value: string | null) => recorded(value, t, (d) => formatDate(d, t));
  const unit = (value: number | null, suffix: string) =>
    recorded(value, t, (v) => `${formatNumber(v, t)} ${suffix}`);
  return [
    {
      title: f.primary,
      rows: [
        [f.site, recorded(facts.primarySite, t, (s) => t.primarySite[s])],
        [f.side, recorded(facts.primarySide, t, (s) => t.primarySide[s])],
        [f.histology, recorded(facts.histology, t, (h) => h)],
        [f.diagnosisDate, date(facts.diagnosisDate)],
      ],
    },
    {
      title: f.biomarkers,
      rows: [
        [f.ras, recorded(facts.ras, t, (s) => t.ras[s])],
        [f.braf, recorded(facts.brafV600e, t, (s) => t.braf[s])],
        [f.msi, recorded(facts.msi, t, (s) => t.msi[s])],
        [f.pdl1, unit(facts.pdl1Percent, '%')],
      ],
    },
    {
      title: f.general,
      rows: [
        [f.ecog, recorded(facts.ecog, t, (e) => t.ecog[e])],
        [f.latestImaging, date(facts.latestImagingDate)],
        [f.plannedSurgery, date(facts.plannedSurgeryDate)],
      ],
    },
    {
      title: f.liverFunction,
      rows: [
        [f.bilirubin, unit(facts.bilirubinMgDl, 'mg/dL')],
        [f.albumin, unit(facts.albuminGDl, 'g/dL')],
        [f.inr, recorded(facts.inr, t, (v) => formatNumber(v, t))],
        [f.childPugh, recorded(facts.childPugh, t, (c) => t.childPugh[c])],
        [f.cirrhosis, recorded(facts.cirrhosisOrFibrosis, t, (v) => yesNo(v, t))],
        [f.flr, unit(facts.futureLiverRemnantPercent, '%')],
      ],
    },
    {
      title: f.liver,
      rows: [
        [f.bilobar, recorded(facts.bilobar, t, (v) => yesNo(v, t))],
        [f.extrahepatic, recorded(facts.extrahepaticDisease, t, (e) => t.extrahepatic[e])],
      ],
    },
  ];
}

/** Each liver lesion: number, Couinaud segment, largest diameter. */
export const lesionRows = (facts: LetterFacts, t: LetterText): [string, string, string][] =>
  facts.lesions.map((l, i) => [
    String(i + 1),
    t.plan.segment(l.segment),
    `${formatNumber(l.diameterMm, t)} mm`,
  ]);

/** Each prior treatment: modality, regimen, months, best response. */
export const priorTreatmentRows = (facts: LetterFacts, t: LetterText): [string, string, string, string][] =>
  facts.priorTreatments.map((p) => [
    t.modality[p.modality],
    p.regimen ?? t.notRecorded,
    recorded(p.months, t, (m) => formatNumber(m, t)),
    recorded(p.bestResponse, t, (r) => t.bestResponse[r]),
  ]);

export interface StepView {
  position: number;
  treatment: string;
  agent: string | null;
  details: string[];
  targets: string;
  verdict: string;
  /** Set for a contraindicated step the board proposed with a justification. */
  override: { reasons: string[]; justification: string } | null;
}

export function stepView(step: ProposalStepDto, t: LetterText): StepView {
  const d = step.details ?? {};
  const p = t.plan;
  const details = [
    d.regimen ? p.regimen(d.regimen) : null,
    d.cycles ? p.cycles(d.cycles) : null,
    d.approach ? p.approach(d.approach) : null,
    d.trial ? p.trial(d.trial) : null,
    d.text ?? null,
  ].filter((line): line is string => line !== null);
  const verdict = t.verdict[step.verdict];
  return {
    position: step.position,
    treatment: t.modality[step.modality],
    agent: step.agent ? t.agent[step.agent] : null,
    details,
    targets: step.targetLesions.length > 0 ? step.targetLesions.map(p.segment).join(', ') : p.noTargets,
    verdict: step.overridden ? p.overridden(verdict) : verdict,
    override: step.overridden
      ? {
          reasons: step.contraindications.map(
            (c) => `${c.ruleId}: ${c.message} (${p.reasonSource(c.source)})`,
          ),
          justification: step.overrideJustification ?? '',
        }
      : null,
  };
}

/** What an attendee was at this board: chair, presenter, proposer, and the role recorded with the attendance. */
export function attendeeRoles(a: LetterAttendee, t: LetterText): string {
  const roles = a.roles.map((r) => t.role[r]);
  if (a.recordedRole) roles.push(a.recordedRole);
  return roles.join(' · ');
}

export function quorumLine(quorum: LetterContent['board']['quorum'], t: LetterText): string {
  return quorum.quorate
    ? t.board.quorate(disciplineList(quorum.requiredDisciplines, t))
    : t.board.notQuorate(disciplineList(quorum.missingDisciplines, t));
}

/** The patient as every page names them: name, MRN, birth date. */
export const runningPatientLine = (content: LetterContent, t: LetterText) =>
  t.runningPatient(content.patient.fullName, content.patient.mrn, formatDate(content.patient.birthDate, t));

/** The lines of a signature block: who, in what capacity, when. */
export function signatureLines(
  signature: LetterSignatureView,
  chair: LetterPerson,
  timeZone: string,
  t: LetterText,
) {
  const s = t.signature;
  return {
    signer: `${s.signedBy(personLabel(signature.signer, t))}, ${
      signature.asDeputy ? s.asDeputy(chair.fullName) : s.asChair
    }`,
    signedAt: s.signedAt(formatInstant(signature.signedAt, timeZone, t)),
    hash: `SHA-256: ${signature.contentHash}`,
  };
}

/** What an addendum amends: the letter, an earlier addendum (numbered from 1), or a document not at hand. */
export function amendsLine(
  amends: { signatureId: string; contentHash: string },
  signature: LetterSignatureView | null,
  addenda: readonly LetterSignatureView[],
  timeZone: string,
  t: LetterText,
): string {
  if (signature && amends.signatureId === signature.id) {
    return t.addendum.amendsLetter(formatInstant(signature.signedAt, timeZone, t), amends.contentHash);
  }
  const index = addenda.findIndex((a) => a.id === amends.signatureId);
  if (index >= 0) {
    return t.addendum.amendsAddendum(
      index + 1,
      formatInstant(addenda[index].signedAt, timeZone, t),
      amends.contentHash,
    );
  }
  return t.addendum.amendsUnknown(amends.contentHash);
}
