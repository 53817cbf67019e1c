import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { SupportiveCareService, SupportiveCareStatus } from '@consilium/domain';

import { useNotify } from '../../components/notify';
import { StatusBadge } from '../../components/StatusBadge';
import { type Me, useMe } from '../auth/use-me';
import { AddAddendum, AddendaList } from './Addenda';
import { useAddresseeLabel } from './addressee';
import { AddresseeModal } from './AddresseeModal';
import { HashText } from './HashText';
import { letterFailureText } from './letter-errors';
import { LetterDocuments } from './LetterDocuments';
import { SignedBy } from './SignedBy';
import { SignLetter } from './SignLetter';
import {
  supportiveCareEntries,
  SupportiveCareFields,
  type SupportiveCareValues,
} from './SupportiveCareFields';
import { type Recommendation, useSetSupportiveCare } from './use-letter';

type CareChanges = Partial<Record<SupportiveCareService, SupportiveCareStatus>>;

/**
 * What the reader may do with the letter. The API decides (`callerMaySign`, the permissions); this
 * only hides what it would refuse. Supportive care: a coordinator, or a clinician who may sign.
 */
function abilitiesOf(me: Me | undefined, r: Recommendation) {
  const draft = r.signature === null;
  const may = (permission: Me['permissions'][number]) => me?.permissions.includes(permission) === true;
  return {
    editAddressee: draft && may('cases.write'),
    recordCare: draft && may('plans.adopt') && (me?.role === 'coordinator' || r.callerMaySign),
    sign: draft && r.callerMaySign,
    addAddendum: !draft && r.callerMaySign,
  };
}

/**
 * The board's letter on the case page: whom it is for, the supportive care it records, its signature
 * (or that it is a draft), its addenda, and the PDF and printable page. The chair signs it here.
 */
export function LetterPanel({ recommendation: r }: { recommendation: Recommendation }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const may = abilitiesOf(me, r);
  // Supportive care chosen here and not saved yet (saved explicitly, then read again).
  const [careChanges, setCareChanges] = useState<CareChanges>({});
  const careUnsaved = Object.keys(careChanges).length > 0;

  // A service chosen here but not saved is not missing: it is unsaved, which is said instead.
  const missingCare = r.supportiveCare
    .filter((item) => item.status === null && !(item.service in careChanges))
    .map((item) => item.service);
  const reasons = [
    r.addressee ? null : t('letter.sign.needsAddressee'),
    missingCare.length > 0
      ? t('letter.sign.needsSupportiveCare', {
          services: missingCare.map((s) => t(`enums.supportiveCareService.${s}`)).join(', '),
        })
      : null,
    careUnsaved ? t('letter.sign.saveSupportiveCareFirst') : null,
  ].filter((reason): reason is string => reason !== null);
  const titleId = useId();

  return (
    <Stack component="section" aria-labelledby={titleId} gap="md">
      <Group gap="sm">
        <Title order={3} size="h5" id={titleId}>
          {t('letter.title')}
        </Title>
        {r.signature ? (
          <StatusBadge tone="success">{t('letter.state.signed')}</StatusBadge>
        ) : (
          <StatusBadge tone="warning">{t('letter.state.draft')}</StatusBadge>
        )}
      </Group>

      <AddresseePart recommendation={r} mayEdit={may.editAddressee} />

      <SupportiveCarePart
        recommendation={r}
        mayRecord={may.recordCare}
        changes={careChanges}
        onChange={setCareChanges}
      />

      <Stack gap="xs">
        <Title order={4} size="h6">
          {t('letter.signature.title')}
        </Title>
        {r.signature ? (
          <>
            <SignedBy signature={r.signature} chairName={r.chair.fullName} timeZone={r.timeZone} />
            <HashText algorithm={r.signature.algorithm} hash={r.signature.contentHash} />
          </>
        ) : (
          <>
            <Text size="sm">{t('letter.signature.draft')}</Text>
            {may.sign ? (
              <SignLetter
                recommendation={r}
                reasons={reasons}
                signingAsChair={me?.specialistId === r.chair.id}
              />
            ) : (
              <Text size="sm">{t('letter.signature.signedByChair', { name: r.chair.fullName })}</Text>
            )}
          </>
        )}
      </Stack>

      <AddendaList addenda={r.addenda} chairName={r.chair.fullName} timeZone={r.timeZone} />
      {may.addAddendum && <AddAddendum caseId={r.caseId} />}

      <LetterDocuments caseId={r.caseId} />
    </Stack>
  );
}

function AddresseePart({ recommendation: r, mayEdit }: { recommendation: Recommendation; mayEdit: boolean }) {
  const { t } = useTranslation();
  const label = useAddresseeLabel();
  const [editing, editor] = useDisclosure(false);
  const addressee = r.addressee;
  return (
    <Stack gap={4}>
      <Title order={4} size="h6">
        {t('letter.addressee.title')}
      </Title>
      {addressee ? (
        <>
          <Text size="sm">{label(addressee)}</Text>
          {addressee.contact && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {t('letter.addressee.contactLine', { contact: addressee.contact })}
            </Text>
          )}
        </>
      ) : (
        <Text size="sm">{mayEdit ? t('letter.addressee.none') : t('letter.addressee.noneReadOnly')}</Text>
      )}
      {mayEdit && (
        <Group>
          <Button variant="light" size="xs" onClick={editor.open}>
            {addressee ? t('letter.addressee.change') : t('letter.addressee.set')}
          </Button>
        </Group>
      )}
      <AddresseeModal caseId={r.caseId} addressee={addressee} opened={editing} onClose={editor.close} />
    </Stack>
  );
}

function SupportiveCarePart({
  recommendation: r,
  mayRecord,
  changes,
  onChange,
}: {
  recommendation: Recommendation;
  mayRecord: boolean;
  changes: CareChanges;
  onChange: (changes: CareChanges) => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSetSupportiveCare(r.caseId);
  const saved = Object.fromEntries(r.supportiveCare.map((item) => [item.service, item.status]));
  const values = { ...saved, ...changes } as SupportiveCareValues;

  if (!mayRecord) {
    return (
      <Stack gap={4}>
        <Title order={4} size="h6">
          {t('letter.supportiveCare.title')}
        </Title>
        <List size="sm" spacing={2} aria-label={t('letter.supportiveCare.title')}>
          {r.supportiveCare.map((item) => (
            <List.Item key={item.service}>
              {t('letter.supportiveCare.item', {
                service: t(`enums.supportiveCareService.${item.service}`),
                status: item.status
                  ? t(`enums.supportiveCareStatus.${item.status}`)
                  : t('letter.supportiveCare.notRecorded'),
              })}
            </List.Item>
          ))}
        </List>
      </Stack>
    );
  }

  const unsaved = Object.keys(changes).length > 0;
  const submit = () =>
    save.mutate(supportiveCareEntries(changes), {
      onSuccess: () => {
        onChange({});
        notify(t('letter.supportiveCare.saved'));
      },
    });

  return (
    <Stack gap="xs">
      <SupportiveCareFields
        value={values}
        legend={
          <Title order={4} size="h6">
            {t('letter.supportiveCare.title')}
          </Title>
        }
        onChange={(service, status) => {
          // Back to what is saved is no change.
          const { [service]: _previous, ...others } = changes;
          onChange(status === saved[service] ? others : { ...others, [service]: status });
        }}
        description={t('letter.supportiveCare.hint')}
        disabled={save.isPending}
      />
      <Group gap="sm">
        <Button variant="light" onClick={submit} disabled={!unsaved} loading={save.isPending}>
          {t('letter.supportiveCare.save')}
        </Button>
        {unsaved && (
          <Button variant="subtle" onClick={() => onChange({})} disabled={save.isPending}>
            {t('letter.supportiveCare.discard')}
          </Button>
        )}
      </Group>
      {save.isError && (
        <Alert color="red" role="alert" title={t('letter.supportiveCare.failedTitle')}>
          {letterFailureText(save.error, t)}
        </Alert>
      )}
    </Stack>
  );
}
