import type {
  BrafStatus,
  ChildPughClass,
  ColorectalSide,
  ExtrahepaticDisease,
  ModalityCode,
  MsiStatus,
  PrimarySite,
  RasStatus,
  RecistResponse,
} from '@consilium/domain';

// Every code the FHIR mapping writes or reads, in one place, each with where it comes from
// (docs/adr/0018-fhir-exchange.md). Export writes these; import recognises exactly these and reports
// anything else as unmapped, never guessing. Where no standard code exists for a fact, the
// project's own CodeSystem (CONSILIUM_CODE_SYSTEM, with a canonical URL) carries it.

export interface Code {
  system: string;
  code: string;
  display: string;
  /** Where the code was taken from (a terminology release, an mCODE value set or example). */
  source: string;
}

export const SYSTEMS = {
  snomed: 'http://snomed.info/sct',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
} as const;

/** The canonical base of the project's own FHIR artefacts. */
export const CONSILIUM_FHIR_BASE = 'https://consilium-mdt.org/fhir';
/** The project's CodeSystem for facts no standard terminology codes. */
export const CONSILIUM_CODE_SYSTEM = `${CONSILIUM_FHIR_BASE}/CodeSystem/consilium`;
/** The CodeSystem's version: raised when a code is added; a code is never removed or reused. */
export const CONSILIUM_CODE_SYSTEM_VERSION = '1.0.0';

const local = (code: string, display: string): Code => ({
  system: CONSILIUM_CODE_SYSTEM,
  code,
  display,
  source: 'Consilium CodeSystem (this file)',
});

/** The mCODE STU4 (4.0.0) profiles an exported resource may claim (libs/fhir/profiles). */
export const MCODE_PROFILES = {
  cancerPatient: 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-cancer-patient',
  primaryCancerCondition: 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-primary-cancer-condition',
  secondaryCancerCondition:
    'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-secondary-cancer-condition',
  tumor: 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tumor',
  tumorSize: 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tumor-size',
  ecogPerformanceStatus: 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-ecog-performance-status',
  tumorMarkerTest: 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tumor-marker-test',
} as const;

/** The primary cancer by site: a SNOMED CT disorder and an ICD-10-CM category, or neither ("other"). */
export const PRIMARY_CANCER: Record<PrimarySite, { snomed: Code | null; icd10: Code | null; text: string }> =
  {
    colon: {
      snomed: {
        system: SYSTEMS.snomed,
        code: '363406005',
        display: 'Malignant neoplasm of colon',
        source:
          'SNOMED CT; public FHIR and OMOP oncology code lists pair it with ICD-10 C18.9 (find_string, 2026-12-01)',
      },
      icd10: {
        system: SYSTEMS.icd10cm,
        code: 'C18.9',
        display: 'Malignant neoplasm of colon, unspecified',
        source: 'mCODE 4.0.0 ValueSet mcode-primary-malignant-neoplasm-disorder-vs',
      },
      text: 'Colon cancer',
    },
    rectum: {
      snomed: {
        system: SYSTEMS.snomed,
        code: '363351006',
        display: 'Malignant neoplasm of rectum',
        source: 'SNOMED CT; HL7 Belgium eReferral IG ValueSet be-vs-diagnostic-imaging-indication',
      },
      icd10: {
        system: SYSTEMS.icd10cm,
        code: 'C20',
        display: 'Malignant neoplasm of rectum',
        source: 'mCODE 4.0.0 ValueSet mcode-primary-malignant-neoplasm-disorder-vs',
      },
      text: 'Rectal cancer',
    },
    pancreas: {
      snomed: {
        system: SYSTEMS.snomed,
        code: '363418001',
        display: 'Malignant tumor of pancreas',
        source: 'SNOMED CT; mCODE 4.0.0 example FamilyMemberHistory-family-member-history-uncle-jenny-m',
      },
      icd10: {
        system: SYSTEMS.icd10cm,
        code: 'C25.9',
        display: 'Malignant neoplasm of pancreas, unspecified',
        source: 'mCODE 4.0.0 ValueSet mcode-primary-malignant-neoplasm-disorder-vs',
      },
      text: 'Pancreatic cancer',
    },
    lung: {
      // As for colon: no citable SNOMED CT source found, ICD-10-CM only.
      snomed: null,
      icd10: {
        system: SYSTEMS.icd10cm,
        code: 'C34.90',
        display: 'Malignant neoplasm of unspecified part of unspecified bronchus or lung',
        source: 'mCODE 4.0.0 ValueSet mcode-primary-malignant-neoplasm-disorder-vs',
      },
      text: 'Lung cancer',
    },
    breast: {
      snomed: {
        system: SYSTEMS.snomed,
        code: '254837009',
        display: 'Malignant neoplasm of breast',
        source: 'SNOMED CT; mCODE 4.0.0 example FamilyMemberHistory-family-member-history-sister-jenny-m',
      },
      icd10: {
        system: SYSTEMS.icd10cm,
        code: 'C50.919',
        display: 'Malignant neoplasm of unspecified site of unspecified female breast',
        source: 'mCODE 4.0.0 ValueSet mcode-primary-malignant-neoplasm-disorder-vs',
      },
      text: 'Breast cancer',
    },
    other: { snomed: null, icd10: null, text: 'Primary cancer, other site' },
  };

/** Body sites of the primary, and the liver. */
export const BODY_SITES = {
  colon: {
    system: SYSTEMS.snomed,
    code: '71854001',
    display: 'Colon structure',
    source: 'SNOMED CT; mCODE 4.0.0 ValueSet mcode-radiotherapy-treatment-location-vs',
  },
  rectum: {
    system: SYSTEMS.snomed,
    code: '34402009',
    display: 'Rectum structure',
    source: 'SNOMED CT; mCODE 4.0.0 ValueSet mcode-radiotherapy-treatment-location-vs',
  },
  liver: {
    system: SYSTEMS.snomed,
    code: '10200004',
    display: 'Liver structure',
    source: 'SNOMED CT; mCODE 4.0.0 ValueSet mcode-radiotherapy-treatment-location-vs',
  },
} satisfies Record<string, Code>;

/** The side of a colorectal primary as the body site's laterality qualifier (mCODE LateralityQualifierVS). */
export const COLORECTAL_SIDE: Record<ColorectalSide, Code> = {
  left: {
    system: SYSTEMS.snomed,
    code: '7771000',
    display: 'Left',
    source: 'SNOMED CT; mCODE 4.0.0 ValueSet mcode-laterality-qualifier-vs',
  },
  right: {
    system: SYSTEMS.snomed,
    code: '24028007',
    display: 'Right',
    source: 'SNOMED CT; mCODE 4.0.0 ValueSet mcode-laterality-qualifier-vs',
  },
};

/** The liver metastases (mCODE SecondaryCancerCondition). */
export const LIVER_METASTASIS = {
  snomed: {
    system: SYSTEMS.snomed,
    code: '94381002',
    display: 'Metastatic malignant neoplasm to liver',
    source: 'SNOMED CT; HL7 Belgium eReferral IG ValueSet be-vs-diagnostic-imaging-indication',
  },
  icd10: {
    system: SYSTEMS.icd10cm,
    code: 'C78.7',
    display: 'Secondary malignant neoplasm of liver and intrahepatic bile duct',
    source: 'ICD-10-CM; mCODE 4.0.0 ValueSet mcode-secondary-cancer-disorder-vs',
  },
} satisfies Record<string, Code>;

/** A lesion's Couinaud segment (no standard code for the segment as a location qualifier). */
export const couinaudSegment = (segment: number): Code =>
  local(`couinaud-${segment}`, `Couinaud segment ${segment}`);

/** Observation codes. */
export const OBSERVATIONS = {
  ecog: {
    system: SYSTEMS.loinc,
    code: '89247-1',
    display: 'ECOG Performance Status score',
    source: 'LOINC; mCODE 4.0.0 StructureDefinition mcode-ecog-performance-status (pattern)',
  },
  tumorSize: {
    system: SYSTEMS.loinc,
    code: '21889-1',
    display: 'Size Tumor',
    source: 'LOINC; mCODE 4.0.0 StructureDefinition mcode-tumor-size (pattern)',
  },
  tumorLongestDimension: {
    system: SYSTEMS.loinc,
    code: '33728-7',
    display: 'Size.maximum dimension in Tumor',
    source: 'LOINC; mCODE 4.0.0 StructureDefinition mcode-tumor-size (pattern)',
  },
  // RAS status in colorectal cancer is extended RAS (KRAS and NRAS), hence the combined code.
  kras: {
    system: SYSTEMS.loinc,
    code: '81420-2',
    display:
      'KRAS and NRAS gene mutations found [Identifier] in Blood or Tissue by Molecular genetics method Nominal',
    source: 'LOINC; mCODE 4.0.0 ValueSet mcode-tumor-marker-test-vs',
  },
  // No citable source found for a molecular LOINC BRAF p.V600E code (mCODE's value set has only an
  // immunostain one, 85299-6, which would misstate the method): local until one is verified.
  brafV600e: local('braf-v600e', 'BRAF p.V600E mutation'),
  // MSI-H / MSS is an interpretation, which 81695-9 codes (43368-0 is the identifier of the finding).
  msi: {
    system: SYSTEMS.loinc,
    code: '81695-9',
    display: 'Microsatellite instability [Interpretation] in Cancer specimen Qualitative',
    source: 'LOINC; mCODE 4.0.0 ValueSet mcode-tumor-marker-test-vs',
  },
  pdl1: local('pdl1-percent', 'PD-L1 expression, % of cells'),
  bilirubinMass: {
    system: SYSTEMS.loinc,
    code: '1975-2',
    display: 'Bilirubin.total [Mass/volume] in Serum or Plasma',
    source: 'LOINC; US Core example Observation-serum-total-bilirubin',
  },
  // No citable source found for the LOINC µmol/L total bilirubin code: local until one is verified.
  bilirubinMoles: {
    system: SYSTEMS.loinc,
    code: '14631-6',
    display: 'Bilirubin.total [Moles/volume] in Serum or Plasma',
    source:
      'LOINC (short name Bilirub SerPl-sCnc), as in a public LOINC table extract and the German KDS lab profile beside 1975-2',
  },
  albumin: {
    system: SYSTEMS.loinc,
    code: '1751-7',
    display: 'Albumin [Mass/volume] in Serum or Plasma',
    source: 'LOINC; HL7 MCC eCare Plan IG example Observation-albumin-serum-observation',
  },
  inr: {
    system: SYSTEMS.loinc,
    code: '6301-6',
    display: 'INR in Platelet poor plasma by Coagulation assay',
    source: 'LOINC; HL7 PACIO Sample Data IG example Observation-betsysmith-johnson01-obs-inr-coag-panel',
  },
  extrahepaticDisease: local('extrahepatic-disease', 'Extrahepatic disease'),
  bilobar: local('bilobar-liver-disease', 'Liver metastases in both lobes'),
  futureLiverRemnant: local('future-liver-remnant', 'Planned future liver remnant, % of total liver volume'),
  childPugh: local('child-pugh-class', 'Child-Pugh class'),
  cirrhosisOrFibrosis: local('cirrhosis-or-fibrosis', 'Cirrhosis or fibrosis of the liver'),
  latestImaging: local('latest-imaging-date', 'Date of the latest cross-sectional imaging'),
  plannedSurgery: local('planned-surgery-date', 'Date of a planned resection'),
  comorbidity: local('comorbidity', 'Comorbidity'),
} satisfies Record<string, Code>;

const DETECTED_SOURCE = 'SNOMED CT; HL7 COVID-19 Library IG ValueSet detected-not-detected-value-set';

/** The results of the tumour markers; "pending" is status `registered` with no value. */
export const RAS_RESULT: Record<Exclude<RasStatus, 'pending'>, Code> = {
  mutant: { system: SYSTEMS.snomed, code: '260373001', display: 'Detected', source: DETECTED_SOURCE },
  wild_type: { system: SYSTEMS.snomed, code: '260415000', display: 'Not detected', source: DETECTED_SOURCE },
};
export const BRAF_RESULT: Record<Exclude<BrafStatus, 'pending'>, Code> = {
  present: { system: SYSTEMS.snomed, code: '260373001', display: 'Detected', source: DETECTED_SOURCE },
  absent: { system: SYSTEMS.snomed, code: '260415000', display: 'Not detected', source: DETECTED_SOURCE },
};
export const MSI_RESULT: Record<Exclude<MsiStatus, 'pending'>, Code> = {
  msi_high: local('msi-high', 'Microsatellite instability-high (MSI-H)'),
  mss: local('mss', 'Microsatellite stable (MSS)'),
};

export const EXTRAHEPATIC_DISEASE_CODES: Record<ExtrahepaticDisease, Code> = {
  none: local('extrahepatic-none', 'No extrahepatic disease'),
  limited: local('extrahepatic-limited', 'Limited extrahepatic disease'),
  extensive: local('extrahepatic-extensive', 'Extensive extrahepatic disease'),
};

export const CHILD_PUGH_CODES: Record<ChildPughClass, Code> = {
  A: local('child-pugh-a', 'Child-Pugh class A'),
  B: local('child-pugh-b', 'Child-Pugh class B'),
  C: local('child-pugh-c', 'Child-Pugh class C'),
};

/** A prior treatment's best response (RECIST 1.1). */
export const RECIST_CODES: Record<RecistResponse, Code> = {
  CR: local('recist-cr', 'Complete response (RECIST 1.1)'),
  PR: local('recist-pr', 'Partial response (RECIST 1.1)'),
  SD: local('recist-sd', 'Stable disease (RECIST 1.1)'),
  PD: local('recist-pd', 'Progressive disease (RECIST 1.1)'),
};

/** A treatment modality as a procedure (a prior treatment, a plan's step). */
export const MODALITIES: Record<ModalityCode, Code> = {
  surgical_resection: local('surgical-resection', 'Surgical resection of liver metastases'),
  radiofrequency_ablation: local('radiofrequency-ablation', 'Radiofrequency ablation'),
  cryoablation: local('cryoablation', 'Cryoablation'),
  systemic_chemotherapy: {
    system: SYSTEMS.snomed,
    code: '367336001',
    display: 'Chemotherapy',
    source: 'SNOMED CT; FHIR R4 example procedure-example-f201-tpf',
  },
  tace: local('tace', 'Transarterial chemoembolisation (TACE)'),
  targeted_therapy: local('targeted-therapy', 'Targeted therapy'),
  immunotherapy: {
    system: SYSTEMS.snomed,
    code: '76334006',
    display: 'Immunotherapy',
    source: 'SNOMED CT; HL7 ICHOM Breast Cancer IG StructureDefinition immunotherapy (pattern)',
  },
  sbrt: local('sbrt', 'Stereotactic body radiotherapy (SBRT)'),
  clinical_trial: local('clinical-trial', 'Treatment in a clinical trial'),
};

/** What the board's question asks for (the ServiceRequest's code). No SNOMED CT tumour-board code was found. */
export const SERVICE_REQUEST_CODES = {
  tumourBoardReview: local('tumour-board-review', 'Review by the multidisciplinary tumour board'),
} satisfies Record<string, Code>;

/** Codes from FHIR's own CodeSystems that the profiles require (categories, identifier types). */
export const FHIR_CODES = {
  medicalRecordNumber: {
    system: 'http://terminology.hl7.org/CodeSystem/v2-0203',
    code: 'MR',
    display: 'Medical Record Number',
    source: 'HL7 v2 table 0203 (identifier type); mCODE 4.0.0 example Patient-cancer-patient-john-anyperson',
  },
  conditionActive: {
    system: SYSTEMS.conditionClinical,
    code: 'active',
    display: 'Active',
    source: 'FHIR condition-clinical; mCODE 4.0.0 example Condition-secondary-cancer-condition-brain-mets',
  },
  conditionConfirmed: {
    system: SYSTEMS.conditionVerification,
    code: 'confirmed',
    display: 'Confirmed',
    source: 'FHIR condition-ver-status; mCODE 4.0.0 example Condition-secondary-cancer-condition-brain-mets',
  },
  problemListItem: {
    system: 'http://terminology.hl7.org/CodeSystem/condition-category',
    code: 'problem-list-item',
    display: 'Problem List Item',
    source: 'FHIR condition-category; mCODE 4.0.0 example Condition-secondary-cancer-condition-brain-mets',
  },
  laboratory: {
    system: SYSTEMS.observationCategory,
    code: 'laboratory',
    display: 'Laboratory',
    source: 'FHIR observation-category; mCODE 4.0.0 StructureDefinition mcode-tumor-marker-test (pattern)',
  },
  imaging: {
    system: SYSTEMS.observationCategory,
    code: 'imaging',
    display: 'Imaging',
    source: 'FHIR observation-category; mCODE 4.0.0 example Bundle-mcode-patient-bundle-jenny-m',
  },
  survey: {
    system: SYSTEMS.observationCategory,
    code: 'survey',
    display: 'Survey',
    source: 'FHIR observation-category; mCODE 4.0.0 example Observation-ecog-performance-status-fully-active',
  },
  bodyStructureIdentifier: {
    system: 'http://hl7.org/fhir/resource-types',
    code: 'BodyStructure',
    display: 'BodyStructure',
    source: 'FHIR resource-types; mCODE 4.0.0 StructureDefinition mcode-body-structure-identifier (pattern)',
  },
} satisfies Record<string, Code>;

/** Extension URLs the mapping writes and reads: mCODE's, FHIR core's, and the project's own. */
export const EXTENSIONS = {
  histologyMorphologyBehavior:
    'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-histology-morphology-behavior',
  lateralityQualifier: 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-laterality-qualifier',
  relatedCondition: 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-related-condition',
  /** FHIR core `condition-related`, which SecondaryCancerCondition uses for its primary. */
  conditionRelated: 'http://hl7.org/fhir/StructureDefinition/condition-related',
  /** A prior treatment's duration in months (valueDecimal), on the Procedure. */
  treatmentMonths: `${CONSILIUM_FHIR_BASE}/StructureDefinition/treatment-months`,
  /** A plan step's verdict by the plan builder (valueCoding, PLAN_STEP_VERDICTS), on the CarePlan activity. */
  planStepVerdict: `${CONSILIUM_FHIR_BASE}/StructureDefinition/plan-step-verdict`,
  /** Why the board proposed a contraindicated step anyway (valueString), on the CarePlan activity. */
  overrideJustification: `${CONSILIUM_FHIR_BASE}/StructureDefinition/override-justification`,
} as const;

/** The board's plan (CarePlan), its votes (Provenance) and its letter (DocumentReference). */
export const PLAN_INTENTS_CODES = {
  curative: local('plan-intent-curative', 'Curative intent'),
  disease_control: local('plan-intent-disease-control', 'Disease control'),
  palliative: local('plan-intent-palliative', 'Palliative intent'),
} satisfies Record<string, Code>;

export const PLAN_STEP_VERDICTS = {
  eligible: local('verdict-eligible', 'Eligible by the rule set'),
  caution: local('verdict-caution', 'Eligible with caution by the rule set'),
  contraindicated: local('verdict-contraindicated', 'Contraindicated by the rule set'),
} satisfies Record<string, Code>;

export const VOTE_CODES = {
  approve: local('vote-approve', 'Voted to approve the plan'),
  reject: local('vote-reject', 'Voted to reject the plan'),
  abstain: local('vote-abstain', 'Abstained'),
} satisfies Record<string, Code>;

export const RECOMMENDATION_CODES = {
  boardRecommendation: local(
    'tumour-board-recommendation',
    'Recommendation of the multidisciplinary tumour board',
  ),
  chair: local('board-chair', 'Chair of the tumour board'),
} satisfies Record<string, Code>;

/** Every code of the project's own CodeSystem, for the CodeSystem resource and the tests. */
export function consiliumCodes(): Code[] {
  const all: Code[] = [
    ...Object.values(OBSERVATIONS),
    ...Object.values(MSI_RESULT),
    ...Object.values(EXTRAHEPATIC_DISEASE_CODES),
    ...Object.values(CHILD_PUGH_CODES),
    ...Object.values(RECIST_CODES),
    ...Object.values(MODALITIES),
    ...Object.values(PLAN_INTENTS_CODES),
    ...Object.values(PLAN_STEP_VERDICTS),
    ...Object.values(VOTE_CODES),
    ...Object.values(RECOMMENDATION_CODES),
    ...Object.values(SERVICE_REQUEST_CODES),
    ...[1, 2, 3, 4, 5, 6, 7, 8].map(couinaudSegment),
  ];
  return [...new Map(all.filter((c) => c.system === CONSILIUM_CODE_SYSTEM).map((c) => [c.code, c])).values()];
}
