import { matchRegisteredPatient } from './patient-match';

describe('matchRegisteredPatient', () => {
  const registered = { fullName: 'Lucía Fernández Ruiz', birthDate: '1958-03-14', sex: 'female' as const };

  it('takes the same person, whatever the case and spacing of the name', () => {
    expect(matchRegisteredPatient(registered, { ...registered, fullName: ' lucía fernández ruiz' })).toEqual({
      ok: true,
      differences: [],
    });
  });

  it('refuses another birth date under the same MRN', () => {
    expect(matchRegisteredPatient(registered, { ...registered, birthDate: '1958-03-15' })).toEqual({
      ok: false,
      field: 'birthDate',
    });
  });

  it('keeps the registration and names a different name or sex', () => {
    expect(
      matchRegisteredPatient(registered, { ...registered, fullName: 'Lucía Fernández', sex: 'unknown' }),
    ).toEqual({ ok: true, differences: ['fullName', 'sex'] });
  });
});
