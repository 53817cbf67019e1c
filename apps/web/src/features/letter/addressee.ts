import { useTranslation } from 'react-i18next';

import { addresseeOf, type Discipline, DISCIPLINES } from '@consilium/domain';

import type { Schemas } from '../../api/client';
import type { AddresseeValues } from './addressee-form';
import type { LetterAddressee } from './use-letter';

const isDiscipline = (value: string | null): value is Discipline =>
  value !== null && (DISCIPLINES as readonly string[]).includes(value);

/** The addressee a case names, in the letter's terms (what the recommendation's `addressee` says). */
export function addresseeOfCase(boardCase: Schemas['CaseDto']): LetterAddressee | null {
  return addresseeOf({
    specialist: boardCase.treatingPhysicianSpecialist,
    name: boardCase.treatingPhysicianName,
    contact: boardCase.treatingPhysicianContact,
  });
}

/** The directory specialist an addressee is, if it is one. */
export function specialistOfAddressee(
  addressee: LetterAddressee | null,
): Schemas['SpecialistSummaryDto'] | null {
  if (addressee?.kind !== 'specialist' || !addressee.specialistId || !isDiscipline(addressee.discipline)) {
    return null;
  }
  return { id: addressee.specialistId, fullName: addressee.fullName, discipline: addressee.discipline };
}

/** The form's values for the letter's addressee (a directory specialist when there is none). */
export function addresseeValuesOfLetter(addressee: LetterAddressee | null): AddresseeValues {
  const external = addressee?.kind === 'external';
  return {
    treatingPhysicianKind: external ? 'external' : 'specialist',
    treatingPhysicianSpecialistId: !external ? (addressee?.specialistId ?? '') : '',
    treatingPhysicianName: external ? addressee.fullName : '',
    treatingPhysicianContact: external ? (addressee.contact ?? '') : '',
  };
}

/** "Dr Sam Surgeon (Surgery)", or "Dr Ana Ruiz (outside physician)": who the letter is for. */
export function useAddresseeLabel() {
  const { t } = useTranslation();
  return (addressee: LetterAddressee): string =>
    addressee.kind === 'external'
      ? t('letter.addressee.externalLine', { name: addressee.fullName })
      : isDiscipline(addressee.discipline)
        ? t('letter.addressee.specialistLine', {
            name: addressee.fullName,
            discipline: t(`enums.discipline.${addressee.discipline}`),
          })
        : addressee.fullName;
}
