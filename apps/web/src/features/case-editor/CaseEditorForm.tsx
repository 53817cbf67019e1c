import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, Grid, Group, List, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { type FieldPath, FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../../api/client';
import { LeaveGuard } from '../../components/LeaveGuard';
import type { BoardCase } from '../cases/use-case';
import { addresseeProblemsOf } from '../letter/addressee-form';
import { AddresseeSection } from './AddresseeSection';
import {
  caseFormSchema,
  type CaseFormValues,
  changedFacts,
  type FieldProblem,
  fieldProblemsOf,
  formFieldOf,
  toFormValues,
} from './case-form';
import {
  BiomarkersSection,
  DatesSection,
  LiverFunctionSection,
  PerformanceSection,
  PrimaryTumourSection,
  QuestionSection,
} from './FactSections';
import { ComorbiditiesSection, PriorTreatmentsSection } from './ListSections';
import { LiverMetastasesSection } from './LiverMetastasesSection';
import { ReadinessPanel } from './ReadinessPanel';
import { SubmitCase } from './SubmitCase';
import { useUpdateCase } from './use-case-editor';

type SaveProblem =
  | { kind: 'invalid' }
  | { kind: 'rejected'; unmapped: FieldProblem[] }
  | { kind: 'conflict' | 'forbidden' | 'failed' };

/**
 * The case's facts and the letter's addressee as a form, saved explicitly (the clinician decides when facts are final): only the
 * changed facts are sent, the server's field problems land on their fields, and leaving with unsaved
 * changes asks first.
 */
export function CaseEditorForm({ boardCase }: { boardCase: BoardCase }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 75em)');
  const [saved, setSaved] = useState(() => toFormValues(boardCase));
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const form = useForm<CaseFormValues>({
    resolver: zodResolver(caseFormSchema),
    defaultValues: saved,
    mode: 'onTouched',
  });
  const { isDirty } = form.formState;
  const update = useUpdateCase(boardCase.id);

  const onSave = form.handleSubmit(
    (values) => {
      setProblem(null);
      const body = changedFacts(values, saved);
      if (Object.keys(body).length === 0) {
        // Only formatting changed ("1.50" for 1.5): nothing to send.
        form.reset(values);
        return;
      }
      update.mutate(body, {
        onSuccess: (dto) => {
          const next = toFormValues(dto);
          setSaved(next);
          form.reset(next);
        },
        onError: (error) => setProblem(problemOf(error, values)),
      });
    },
    () => setProblem({ kind: 'invalid' }),
  );

  function problemOf(error: Error, values: CaseFormValues): SaveProblem {
    if (!(error instanceof ApiError)) return { kind: 'failed' };
    if (error.status === 400) {
      const unmapped: FieldProblem[] = [];
      let first: FieldPath<CaseFormValues> | null = null;
      for (const p of fieldProblemsOf(error.body?.details)) {
        const field = formFieldOf(p.field, values) as FieldPath<CaseFormValues> | null;
        if (field) {
          form.setError(field, { type: 'server', message: p.problems.join('; ') || error.message });
          first ??= field;
        } else {
          unmapped.push(p);
        }
      }
      if (first) form.setFocus(first);
      return { kind: 'rejected', unmapped };
    }
    const addressee = addresseeProblemsOf(error, t);
    if (error.status === 422 && addressee.length > 0) {
      for (const p of addressee) form.setError(p.field, { type: 'server', message: p.message });
      form.setFocus(addressee[0].field);
      return { kind: 'rejected', unmapped: [] };
    }
    if (error.status === 409) return { kind: 'conflict' };
    if (error.status === 403) return { kind: 'forbidden' };
    return { kind: 'failed' };
  }

  const sidebar = (
    <Stack
      gap="md"
      style={
        wide
          ? {
              position: 'sticky',
              top: 'calc(var(--app-shell-header-offset, 0rem) + var(--mantine-spacing-md))',
            }
          : undefined
      }
    >
      <Group justify="space-between" align="center">
        <Text size="sm" fw={600} role="status">
          {isDirty ? t('caseEditor.save.unsaved') : t('caseEditor.save.saved')}
        </Text>
        <Button type="submit" loading={update.isPending}>
          {t('caseEditor.save.button')}
        </Button>
      </Group>
      <ReadinessPanel caseId={boardCase.id} unsaved={isDirty} />
      <SubmitCase boardCase={boardCase} unsaved={isDirty} />
    </Stack>
  );

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void onSave(event)} noValidate>
        <LeaveGuard when={isDirty} body={t('caseEditor.leave.body')} />
        {problem && <SaveProblemAlert problem={problem} />}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 4 }} order={{ base: 1, lg: 2 }}>
            {sidebar}
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 8 }} order={{ base: 2, lg: 1 }}>
            <Stack gap="md">
              <PrimaryTumourSection />
              <BiomarkersSection />
              <LiverMetastasesSection />
              <LiverFunctionSection />
              <PerformanceSection />
              <ComorbiditiesSection />
              <PriorTreatmentsSection />
              <DatesSection />
              <QuestionSection />
              <AddresseeSection current={boardCase.treatingPhysicianSpecialist} />
            </Stack>
          </Grid.Col>
        </Grid>
      </form>
    </FormProvider>
  );
}

function SaveProblemAlert({ problem }: { problem: SaveProblem }) {
  const { t } = useTranslation();
  const color = problem.kind === 'invalid' || problem.kind === 'rejected' ? 'orange' : 'red';
  return (
    <Box mb="md">
      <Alert color={color} title={t('caseEditor.save.failedTitle')} role="alert">
        <Text size="sm">
          {problem.kind === 'invalid'
            ? t('caseEditor.save.invalid')
            : problem.kind === 'rejected'
              ? t('caseEditor.save.rejected')
              : t(`caseEditor.save.${problem.kind}`)}
        </Text>
        {problem.kind === 'rejected' && problem.unmapped.length > 0 && (
          <>
            <Text size="sm" mt="xs">
              {t('caseEditor.save.otherFields')}
            </Text>
            <List size="sm">
              {problem.unmapped.map((p) => (
                <List.Item key={p.field}>
                  {p.field}: {p.problems.join('; ')}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Alert>
    </Box>
  );
}
