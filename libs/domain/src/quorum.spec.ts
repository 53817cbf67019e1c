import { evaluateQuorum } from './quorum';
import type { Discipline } from './roles';

const LIVER_BOARD: Discipline[] = ['medical_oncology', 'surgery', 'interventional_radiology', 'radiology'];

const members = (...disciplines: Discipline[]) => disciplines.map((discipline) => ({ discipline }));

describe('quorum', () => {
  it('is quorate when every required discipline is present, extra disciplines included', () => {
    expect(
      evaluateQuorum(
        LIVER_BOARD,
        members('surgery', 'radiology', 'medical_oncology', 'interventional_radiology', 'nursing'),
      ),
    ).toEqual({
      quorate: true,
      presentDisciplines: ['interventional_radiology', 'medical_oncology', 'nursing', 'radiology', 'surgery'],
      missingDisciplines: [],
    });
  });

  it('names the missing disciplines, sorted', () => {
    expect(evaluateQuorum(LIVER_BOARD, members('surgery', 'pathology'))).toEqual({
      quorate: false,
      presentDisciplines: ['pathology', 'surgery'],
      missingDisciplines: ['interventional_radiology', 'medical_oncology', 'radiology'],
    });
  });

  it('counts two members of one discipline once', () => {
    const result = evaluateQuorum(['surgery'], members('surgery', 'surgery'));
    expect(result).toEqual({ quorate: true, presentDisciplines: ['surgery'], missingDisciplines: [] });
  });

  it('de-duplicates the required list', () => {
    expect(evaluateQuorum(['surgery', 'surgery', 'radiology'], []).missingDisciplines).toEqual([
      'radiology',
      'surgery',
    ]);
  });

  it('is not quorate with nobody present', () => {
    expect(evaluateQuorum(LIVER_BOARD, [])).toEqual({
      quorate: false,
      presentDisciplines: [],
      missingDisciplines: ['interventional_radiology', 'medical_oncology', 'radiology', 'surgery'],
    });
  });

  it('is trivially quorate with no requirement', () => {
    expect(evaluateQuorum([], []).quorate).toBe(true);
  });

  it('does not mutate its inputs', () => {
    const required: Discipline[] = ['surgery', 'medical_oncology'];
    evaluateQuorum(required, []);
    expect(required).toEqual(['surgery', 'medical_oncology']);
  });
});
