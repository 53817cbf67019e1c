import { validateResource } from '@medplum/core';

import { loadR4 } from './r4';

describe('loadR4', () => {
  it('lets a resource be validated against base R4, naming the bad element', () => {
    loadR4();
    loadR4(); // once is enough; a second call changes nothing
    expect(validateResource({ resourceType: 'Patient', gender: 'female', birthDate: '1960-01-01' })).toEqual(
      [],
    );
    expect(() => validateResource({ resourceType: 'Patient', birthDate: 'last year' } as never)).toThrow(
      /Patient\.birthDate/,
    );
  });
});
