import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormatters } from '../../components/format';
import type { LetterSignature } from './use-letter';

/** "Signed by Dr Sam Surgeon (Surgery) on 10 Mar 2026, 11:45", a deputy's "for the chair" with it. */
export function SignedBy({
  signature,
  chairName,
  timeZone,
}: {
  signature: Pick<LetterSignature, 'signer' | 'asDeputy' | 'signedAt'>;
  chairName: string;
  /** The institution's zone, in which the board's times are shown. */
  timeZone: string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const signedBy = t('letter.signature.signedBy', {
    name: signature.signer.fullName,
    discipline: t(`enums.discipline.${signature.signer.discipline}`),
    when: format.dateTime(signature.signedAt, timeZone),
  });
  return (
    <Text size="sm">
      {signature.asDeputy ? t('letter.signature.forChair', { signedBy, chair: chairName }) : signedBy}
    </Text>
  );
}
