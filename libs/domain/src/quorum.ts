import type { Discipline } from './roles';

export interface Quorum {
  quorate: boolean;
  presentDisciplines: Discipline[];
  missingDisciplines: Discipline[];
}

// Quorate while every required discipline has at least one present member
// (docs/design.md#attendance-and-quorum). `present` holds only the attendees marked present. An empty
// requirement is trivially quorate; adoption still needs more approvals than rejections among present voters.
export function evaluateQuorum(
  required: readonly Discipline[],
  present: readonly { discipline: Discipline }[],
): Quorum {
  const presentDisciplines = sortedUnique(present.map((member) => member.discipline));
  const missingDisciplines = sortedUnique(
    required.filter((discipline) => !presentDisciplines.includes(discipline)),
  );
  return { quorate: missingDisciplines.length === 0, presentDisciplines, missingDisciplines };
}

function sortedUnique(values: readonly Discipline[]): Discipline[] {
  return [...new Set(values)].sort();
}
