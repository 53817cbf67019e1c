import { Title } from '@mantine/core';
import { useEffect } from 'react';

/** The page's one `<h1>`, also written into the document title (what a screen reader announces). */
export function PageTitle({ children }: { children: string }) {
  useEffect(() => {
    document.title = `${children} · Consilium`;
  }, [children]);
  return (
    <Title order={1} size="h2" mb="md">
      {children}
    </Title>
  );
}
