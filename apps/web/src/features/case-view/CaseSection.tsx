import { Paper, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

/** One section of the case page: a bordered region named by its h2. */
export function CaseSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={id}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
