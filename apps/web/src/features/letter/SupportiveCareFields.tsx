import { Fieldset, Group, Radio, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import {
  SUPPORTIVE_CARE_SERVICES,
  SUPPORTIVE_CARE_STATUSES,
  type SupportiveCareEntry,
  type SupportiveCareService,
  type SupportiveCareStatus,
} from '@consilium/domain';

/** Each service's status as chosen; `null` while not recorded. */
export type SupportiveCareValues = Record<SupportiveCareService, SupportiveCareStatus | null>;

export const NO_SUPPORTIVE_CARE: SupportiveCareValues = {
  psycho_oncology: null,
  nutrition: null,
  pain_palliative_care: null,
  specialist_nurse: null,
};

/** The recorded services, in the fixed order, as the API takes them. */
export function supportiveCareEntries(values: Partial<SupportiveCareValues>): SupportiveCareEntry[] {
  return SUPPORTIVE_CARE_SERVICES.flatMap((service) => {
    const status = values[service];
    return status ? [{ service, status }] : [];
  });
}

const isStatus = (value: string): value is SupportiveCareStatus =>
  (SUPPORTIVE_CARE_STATUSES as readonly string[]).includes(value);

/**
 * Supportive care with the plan: for each service (psycho-oncology, nutrition, pain and palliative
 * care, specialist nurse) whether it was offered, referred, declined or not needed. One radio group
 * per service, named by it: Tab moves between services, the arrow keys between statuses.
 */
export function SupportiveCareFields({
  value,
  onChange,
  legend,
  description,
  disabled = false,
}: {
  value: SupportiveCareValues;
  /** What the group is called (a heading where it is a section of its own); "Supportive care" by default. */
  legend?: ReactNode;
  onChange: (service: SupportiveCareService, status: SupportiveCareStatus) => void;
  description?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={legend ?? t('letter.supportiveCare.title')} variant="unstyled" disabled={disabled}>
      <Stack gap="sm">
        {description && <Text size="sm">{description}</Text>}
        {SUPPORTIVE_CARE_SERVICES.map((service) => (
          <Radio.Group
            key={service}
            label={t(`enums.supportiveCareService.${service}`)}
            value={value[service] ?? ''}
            onChange={(next) => {
              if (isStatus(next)) onChange(service, next);
            }}
          >
            <Group gap="md" mt={4}>
              {SUPPORTIVE_CARE_STATUSES.map((status) => (
                <Radio key={status} value={status} label={t(`enums.supportiveCareStatus.${status}`)} />
              ))}
            </Group>
          </Radio.Group>
        ))}
      </Stack>
    </Fieldset>
  );
}
