import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';

import { createI18n, type Language } from '../i18n';
import { CouinaudDiagram } from './CouinaudDiagram';

function renderIn(ui: ReactElement, language: Language = 'en') {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <MantineProvider>{ui}</MantineProvider>
    </I18nextProvider>,
  );
}

const lesions = [
  { segment: 7, diameterMm: 22 },
  { segment: 7, diameterMm: 9 },
  { segment: 4, diameterMm: 15 },
];

describe('CouinaudDiagram', () => {
  it('read-only, is one image that names the segments holding lesions', () => {
    renderIn(<CouinaudDiagram lesions={lesions} label="Lesions by segment" />);
    const image = screen.getByRole('img', { name: 'Lesions by segment' });
    expect(image).toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Segment IV: 1 lesion', 'Segment VII: 2 lesions']);
  });

  it('read-only and empty, says there are no lesions', () => {
    renderIn(<CouinaudDiagram lesions={[]} label="Lesions by segment" />, 'es');
    expect(screen.getByText('No hay lesiones registradas')).toBeInTheDocument();
  });

  it('with onAddLesion, offers the eight segments as buttons by click and keyboard', async () => {
    const user = userEvent.setup();
    const onAddLesion = vi.fn();
    renderIn(<CouinaudDiagram lesions={lesions} label="Lesions by segment" onAddLesion={onAddLesion} />);
    expect(screen.getAllByRole('button')).toHaveLength(8);
    expect(screen.getByRole('button', { name: 'Segment I, no lesions: add a lesion' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Segment IV, 1 lesion: add a lesion' })).toBeInTheDocument();
    const seven = screen.getByRole('button', { name: 'Segment VII, 2 lesions: add a lesion' });

    await user.click(seven);
    expect(onAddLesion).toHaveBeenLastCalledWith(7);

    seven.focus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onAddLesion).toHaveBeenCalledTimes(3);
    expect(onAddLesion).toHaveBeenLastCalledWith(7);
  });

  it('names its segment buttons in Spanish', () => {
    renderIn(<CouinaudDiagram lesions={[]} label="Lesiones" onAddLesion={() => undefined} />, 'es');
    expect(
      screen.getByRole('button', { name: 'Segmento VIII, sin lesiones: añadir una lesión' }),
    ).toBeInTheDocument();
  });
});
