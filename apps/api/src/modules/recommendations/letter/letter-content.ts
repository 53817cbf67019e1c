import { createHash } from 'node:crypto';

import {
  canonicalJson,
  type CaseFacts,
  type Discipline,
  type LetterLanguage,
  type SupportiveCareService,
  supportiveCareSheet,
  type SupportiveCareStatus,
  type Vote,
  type VoteTally,
} from '@consilium/domain';
import { caseFactsOf } from '@api/modules/cases/case-facts.mapping';
import type { PatientSex } from '@api/modules/patients/patient.entity';
import type { ProposalStepDto } from '@api/modules/proposals/dto/proposal.dto';
import type { PlanIntent } from '@api/modules/proposals/proposal.entity';

// What the board's letter says, as data (docs/adr/0015-signed-letter.md). The PDF and the printable
// page are both rendered from it; a signature hashes its canonical form (libs/domain canonicalJson)
// and keeps it, so a signed letter is always printed from exactly what was signed.

export const LETTER_FORMAT = 'consilium.recommendation-letter/1';
export const ADDENDUM_FORMAT = 'consilium.recommendation-addendum/1';

export interface LetterPerson {
  id: string;
  fullName: string;
  discipline: Discipline;
}

export type AttendeeRole = 'chair' | 'presenter' | 'proposer';

export interface LetterAttendee extends LetterPerson {
  present: boolean;
  /** What they were at this board for this case: chair, presenter of the case, proposer of the plan. */
  roles: AttendeeRole[];
  /** The role recorded with the attendance (free text), if any. */
  recordedRole: string | null;
}

export interface LetterVote extends LetterPerson {
  vote: Vote;
  comment: string | null;
  castAt: string;
  present: boolean;
}

export type LetterAddressee =
  | { kind: 'specialist'; id: string; fullName: string; discipline: Discipline }
  | { kind: 'external'; fullName: string; contact: string | null };

/** The facts the plan builder read (the case's facts are frozen once the board decided). */
export type LetterFacts = CaseFacts;

export interface LetterContent {
  format: typeof LETTER_FORMAT;
  recommendationId: string;
  caseId: string;
  institution: string;
  patient: { id: string; fullName: string; mrn: string; birthDate: string; sex: PatientSex };
  addressee: LetterAddressee | null;
  board: {
    meetingId: string;
    title: string;
    boardType: string;
    startsAt: string;
    timeZone: string;
    chair: LetterPerson;
    attendees: LetterAttendee[];
    quorum: { quorate: boolean; requiredDisciplines: Discipline[]; missingDisciplines: Discipline[] };
  };
  question: string | null;
  facts: LetterFacts;
  ruleSetVersion: string;
  plan: {
    intent: PlanIntent;
    proposer: LetterPerson;
    steps: ProposalStepDto[];
    rationale: string;
  };
  votes: LetterVote[];
  tally: VoteTally;
  patientPreferencesDiscussed: boolean;
  supportiveCare: { service: SupportiveCareService; status: SupportiveCareStatus | null }[];
  adoptedAt: string;
}

/** A correction of a signed letter: its own signed document, naming the one it amends. */
export interface AddendumContent {
  format: typeof ADDENDUM_FORMAT;
  recommendationId: string;
  caseId: string;
  patient: LetterContent['patient'];
  amends: { signatureId: string; contentHash: string };
  text: string;
}

export type SignedContent = LetterContent | AddendumContent;

export const isLetterContent = (content: SignedContent): content is LetterContent =>
  content.format === LETTER_FORMAT;

/** SHA-256 of the canonical form, as lowercase hex. */
export function contentHash(content: SignedContent): string {
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

export interface LetterSource {
  institution: string;
  recommendation: {
    id: string;
    caseId: string;
    meetingId: string;
    adoptedAt: Date;
    ruleSetVersion: string;
    patientPreferencesDiscussed: boolean;
    snapshot: {
      votes: LetterVote[];
      attendance: (LetterPerson & { present: boolean; role: string | null })[];
      quorum: { quorate: boolean; requiredDisciplines: Discipline[]; missingDisciplines: Discipline[] };
      tally: VoteTally;
      chair: LetterPerson;
    };
  };
  boardCase: CaseFacts & {
    presentingSpecialistId: string | null;
    questionForBoard: string | null;
    treatingPhysicianName: string | null;
    treatingPhysicianContact: string | null;
  };
  treatingPhysicianSpecialist: LetterPerson | null;
  patient: LetterContent['patient'];
  meeting: { id: string; title: string; boardType: string; startsAt: Date };
  timeZone: string;
  proposer: LetterPerson;
  plan: { intent: PlanIntent; steps: ProposalStepDto[]; rationale: string };
  supportiveCare: { service: SupportiveCareService; status: SupportiveCareStatus }[];
}

/** The letter's content, from the recommendation as adopted and the case it decided. */
export function buildLetterContent(source: LetterSource): LetterContent {
  const { recommendation, boardCase, meeting } = source;
  const { snapshot } = recommendation;
  const rolesOf = (id: string): AttendeeRole[] => [
    ...(id === snapshot.chair.id ? (['chair'] as const) : []),
    ...(id === boardCase.presentingSpecialistId ? (['presenter'] as const) : []),
    ...(id === source.proposer.id ? (['proposer'] as const) : []),
  ];
  const person = (p: LetterPerson): LetterPerson => ({ id: p.id, fullName: p.fullName, discipline: p.discipline });
  return {
    format: LETTER_FORMAT,
    recommendationId: recommendation.id,
    caseId: recommendation.caseId,
    institution: source.institution,
    patient: { ...source.patient },
    addressee: addresseeOf(source),
    board: {
      meetingId: meeting.id,
      title: meeting.title,
      boardType: meeting.boardType,
      startsAt: meeting.startsAt.toISOString(),
      timeZone: source.timeZone,
      chair: person(snapshot.chair),
      attendees: snapshot.attendance.map((a) => ({
        ...person(a),
        present: a.present,
        roles: rolesOf(a.id),
        recordedRole: a.role,
      })),
      quorum: {
        quorate: snapshot.quorum.quorate,
        requiredDisciplines: [...snapshot.quorum.requiredDisciplines],
        missingDisciplines: [...snapshot.quorum.missingDisciplines],
      },
    },
    question: boardCase.questionForBoard,
    facts: caseFactsOf(boardCase),
    ruleSetVersion: recommendation.ruleSetVersion,
    plan: {
      intent: source.plan.intent,
      proposer: person(source.proposer),
      steps: source.plan.steps,
      rationale: source.plan.rationale,
    },
    votes: snapshot.votes.map((v) => ({
      ...person(v),
      vote: v.vote,
      comment: v.comment,
      castAt: v.castAt,
      present: v.present,
    })),
    tally: { ...snapshot.tally },
    patientPreferencesDiscussed: recommendation.patientPreferencesDiscussed,
    supportiveCare: supportiveCareSheet(source.supportiveCare),
    adoptedAt: recommendation.adoptedAt.toISOString(),
  };
}

function addresseeOf(source: LetterSource): LetterAddressee | null {
  const specialist = source.treatingPhysicianSpecialist;
  if (specialist) {
    return { kind: 'specialist', id: specialist.id, fullName: specialist.fullName, discipline: specialist.discipline };
  }
  const name = source.boardCase.treatingPhysicianName;
  return name ? { kind: 'external', fullName: name, contact: source.boardCase.treatingPhysicianContact } : null;
}

/** The rejections, with their comments. */
export const dissentOf = (content: LetterContent): LetterVote[] => content.votes.filter((v) => v.vote === 'reject');

/** A signature as the letter prints it. */
export interface LetterSignatureView {
  id: string;
  signer: LetterPerson;
  /** Signed by a present clinician for the chair (where the institution allows deputies). */
  asDeputy: boolean;
  signedAt: string;
  /** SHA-256 (hex) of the canonical content signed. */
  contentHash: string;
}

export interface LetterAddendumView extends LetterSignatureView {
  text: string;
  amends: { signatureId: string; contentHash: string };
}

/** Everything a renderer needs: the content, its signature (null: a draft) and the addenda. */
export interface LetterRenderInput {
  content: LetterContent;
  signature: LetterSignatureView | null;
  addenda: LetterAddendumView[];
  language: LetterLanguage;
  printedAt: Date;
}
