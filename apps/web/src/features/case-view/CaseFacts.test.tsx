import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { type FakeFetch, renderWithApp } from '../../test/render';
import { CaseFacts } from './CaseFacts';
import { BOARD_CASE } from './fixtures';

// The facts are read from the case given; nothing is fetched.
const noNetwork = vi.fn<FakeFetch>(async (request) => {
  throw new Error(`unexpected ${request.method} ${request.url}`);
});

describe('the case facts', () => {
  it('list the lesions by Couinaud segment with their size, and show units, pending and missing values', () => {
    renderWithApp(<CaseFacts boardCase={BOARD_CASE} />, { fetch: noNetwork });
    const lesions = screen.getByRole('table', { name: '2 liver lesions' });
    const rows = within(lesions).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['Segment IV12 mm', 'Segment VII24 mm']);
    expect(screen.getByRole('heading', { level: 2, name: 'Liver metastases' })).toBeInTheDocument();

    const term = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling;
    expect(term('RAS')).toHaveTextContent('Pending');
    expect(term('Histology')).toHaveTextContent('Not recorded');
    expect(term('INR')).toHaveTextContent('Not recorded');
    expect(term('Bilirubin')).toHaveTextContent('1.2 mg/dL');
    expect(term('Albumin')).toHaveTextContent('3.9 g/dL');
    expect(term('Future liver remnant')).toHaveTextContent('35 %');
    expect(term('Child–Pugh class')).toHaveTextContent('Child–Pugh A');
    expect(screen.getByText('Is a one-stage resection feasible?')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Partial response (PR)' })).toBeInTheDocument();
  });

  it('say the same in Spanish', () => {
    renderWithApp(<CaseFacts boardCase={BOARD_CASE} headingOrder={3} />, {
      fetch: noNetwork,
      language: 'es',
    });
    const lesions = screen.getByRole('table', { name: '2 lesiones hepáticas' });
    expect(within(lesions).getByText('Segmento VII')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Metástasis hepáticas' })).toBeInTheDocument();

    const term = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling;
    expect(term('RAS')).toHaveTextContent('Pendiente');
    expect(term('Histología')).toHaveTextContent('Sin registrar');
    expect(term('Bilirrubina')).toHaveTextContent('1,2 mg/dl');
  });
});
