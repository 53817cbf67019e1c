import {
  addresseeOf,
  canonicalJson,
  checkTreatingPhysician,
  maySign,
  missingSupportiveCare,
  type SigningFacts,
  SUPPORTIVE_CARE_SERVICES,
  supportiveCareSheet,
} from './letter';

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,1]},"b":1}');
  });

  it('gives the same string for the same content whatever the key order', () => {
    expect(canonicalJson({ x: 1, y: [{ q: true, p: null }] })).toBe(
      canonicalJson({ y: [{ p: null, q: true }], x: 1 }),
    );
  });

  it('leaves out undefined members, writes dates as ISO strings and undefined array items as null', () => {
    expect(canonicalJson({ a: undefined, at: new Date('2026-01-02T03:04:05.006Z'), l: [undefined] })).toBe(
      '{"at":"2026-01-02T03:04:05.006Z","l":[null]}',
    );
  });

  it('tells a change of type apart (1 and "1" differ)', () => {
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
  });

  it.each([NaN, Infinity])('refuses %s, which JSON cannot hold', (n) => {
    expect(() => canonicalJson({ size: n })).toThrow('$.size is not a finite number');
  });

  it('refuses a function', () => {
    expect(() => canonicalJson({ f: () => 1 })).toThrow('$.f cannot be part of a signed document');
  });
});

describe('maySign', () => {
  const base: SigningFacts = {
    role: 'clinician',
    callerSpecialistId: 'chair',
    chairSpecialistId: 'chair',
    presentSpecialistIds: ['chair', 'surgeon'],
    deputySigning: false,
  };

  it('lets the chair sign', () => {
    expect(maySign(base)).toEqual({ ok: true, asDeputy: false });
  });

  it.each(['coordinator', 'admin'] as const)('refuses a %s, even linked to the chair', (role) => {
    expect(maySign({ ...base, role })).toMatchObject({ ok: false, code: 'NOT_SIGNER' });
  });

  it('refuses a clinician without a specialist profile', () => {
    expect(maySign({ ...base, callerSpecialistId: null })).toMatchObject({ ok: false, code: 'NOT_SIGNER' });
  });

  it('refuses another clinician where the institution allows no deputy', () => {
    expect(maySign({ ...base, callerSpecialistId: 'surgeon' })).toMatchObject({ ok: false, code: 'NOT_SIGNER' });
  });

  it('lets a present clinician sign as deputy where the institution allows it', () => {
    expect(maySign({ ...base, callerSpecialistId: 'surgeon', deputySigning: true })).toEqual({
      ok: true,
      asDeputy: true,
    });
  });

  it('refuses an absent deputy', () => {
    expect(maySign({ ...base, callerSpecialistId: 'radiologist', deputySigning: true })).toMatchObject({
      ok: false,
      code: 'DEPUTY_NOT_PRESENT',
    });
  });
});

describe('supportive care', () => {
  it('lists every service in order, unrecorded ones as null', () => {
    expect(supportiveCareSheet([{ service: 'nutrition', status: 'referred' }])).toEqual([
      { service: 'psycho_oncology', status: null },
      { service: 'nutrition', status: 'referred' },
      { service: 'pain_palliative_care', status: null },
      { service: 'specialist_nurse', status: null },
    ]);
  });

  it('names the services still to record', () => {
    expect(missingSupportiveCare([{ service: 'nutrition', status: 'declined' }])).toEqual([
      'psycho_oncology',
      'pain_palliative_care',
      'specialist_nurse',
    ]);
    expect(missingSupportiveCare(SUPPORTIVE_CARE_SERVICES.map((service) => ({ service, status: 'offered' })))).toEqual(
      [],
    );
  });
});

describe('checkTreatingPhysician', () => {
  it.each([
    [{ specialistId: 's1', name: null, contact: null }],
    [{ specialistId: null, name: 'Dr Ana Ruiz', contact: 'ana.ruiz@clinic.example' }],
    [{ specialistId: null, name: 'Dr Ana Ruiz', contact: null }],
    [{ specialistId: null, name: null, contact: null }],
  ])('accepts %j', (t) => {
    expect(checkTreatingPhysician(t)).toEqual({ ok: true });
  });

  it('refuses a specialist and an outside name together', () => {
    expect(checkTreatingPhysician({ specialistId: 's1', name: 'Dr Ana Ruiz', contact: null })).toMatchObject({
      ok: false,
      code: 'TREATING_PHYSICIAN_AMBIGUOUS',
    });
  });

  it('refuses a contact without a name', () => {
    expect(checkTreatingPhysician({ specialistId: 's1', name: null, contact: '+34 600 000 000' })).toMatchObject({
      ok: false,
      code: 'TREATING_PHYSICIAN_NAME_REQUIRED',
    });
  });
});

describe('addresseeOf', () => {
  const specialist = { id: 's1', fullName: 'Dr Joost Hermans', discipline: 'medical_oncology' };

  it('is the directory specialist when the case names one', () => {
    expect(addresseeOf({ specialist, name: null, contact: null })).toEqual({
      kind: 'specialist',
      specialistId: 's1',
      fullName: 'Dr Joost Hermans',
      discipline: 'medical_oncology',
      contact: null,
    });
  });

  it('is the outside physician by name, with the contact', () => {
    expect(addresseeOf({ specialist: null, name: 'Dr Ana Ruiz', contact: 'ana@example.org' })).toEqual({
      kind: 'external',
      specialistId: null,
      fullName: 'Dr Ana Ruiz',
      discipline: null,
      contact: 'ana@example.org',
    });
  });

  it('is nobody while the case names no treating physician', () => {
    expect(addresseeOf({ specialist: undefined, name: null, contact: null })).toBeNull();
  });
});
