import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import type { SupportiveCareService, SupportiveCareStatus } from '@consilium/domain';

import { renderWithApp } from '../../test/render';
import {
  NO_SUPPORTIVE_CARE,
  supportiveCareEntries,
  SupportiveCareFields,
  type SupportiveCareValues,
} from './SupportiveCareFields';

/** The fields as a form holds them: its own state, every change reported. */
function Harness({
  onChange,
}: {
  onChange: (service: SupportiveCareService, status: SupportiveCareStatus) => void;
}) {
  const [value, setValue] = useState<SupportiveCareValues>(NO_SUPPORTIVE_CARE);
  return (
    <>
      <button type="button">before</button>
      <SupportiveCareFields
        value={value}
        description="Can be completed before signing."
        onChange={(service, status) => {
          onChange(service, status);
          setValue((current) => ({ ...current, [service]: status }));
        }}
      />
    </>
  );
}

describe('the supportive-care fields', () => {
  it('name each service as a group of its statuses, used by keyboard alone', async () => {
    const onChange = vi.fn();
    renderWithApp(<Harness onChange={onChange} />, { fetch: vi.fn() });
    const user = userEvent.setup();
    for (const name of ['Psycho-oncology', 'Nutrition', 'Pain and palliative care', 'Specialist nurse']) {
      const group = screen.getByRole('radiogroup', { name });
      expect(
        within(group)
          .getAllByRole('radio')
          .map((r) => (r as HTMLInputElement).value),
      ).toEqual(['offered', 'referred', 'declined', 'not_needed']);
      expect(within(group).getByRole('radio', { name: 'Not needed' })).not.toBeChecked();
    }
    expect(screen.getByRole('group', { name: 'Supportive care' })).toHaveTextContent(
      'Can be completed before signing.',
    );

    screen.getByRole('button', { name: 'before' }).focus();
    await user.tab();
    const psycho = screen.getByRole('radiogroup', { name: 'Psycho-oncology' });
    expect(within(psycho).getByRole('radio', { name: 'Offered' })).toHaveFocus();
    await user.keyboard(' ');
    await user.keyboard('{ArrowRight}');
    expect(within(psycho).getByRole('radio', { name: 'Referred' })).toBeChecked();

    // Tab leaves the group for the next service; its status is chosen the same way.
    await user.tab();
    const nutrition = screen.getByRole('radiogroup', { name: 'Nutrition' });
    expect(within(nutrition).getByRole('radio', { name: 'Offered' })).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(within(nutrition).getByRole('radio', { name: 'Not needed' })).toBeChecked();

    expect(onChange.mock.calls).toEqual([
      ['psycho_oncology', 'offered'],
      ['psycho_oncology', 'referred'],
      ['nutrition', 'referred'],
      ['nutrition', 'declined'],
      ['nutrition', 'not_needed'],
    ]);
  });

  it('give the API only the services recorded, in the fixed order', () => {
    expect(
      supportiveCareEntries({
        ...NO_SUPPORTIVE_CARE,
        specialist_nurse: 'offered',
        psycho_oncology: 'declined',
      }),
    ).toEqual([
      { service: 'psycho_oncology', status: 'declined' },
      { service: 'specialist_nurse', status: 'offered' },
    ]);
    expect(supportiveCareEntries(NO_SUPPORTIVE_CARE)).toEqual([]);
  });
});
