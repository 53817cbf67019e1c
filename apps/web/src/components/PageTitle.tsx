import { Title } from '@mantine/core';
import { useEffect } from 'react';

/**
 * The page's one `<h1>`, also written into the document title (what a screen reader announces).
 * Where the heading names a patient, `documentTitle` says what the page is instead: the title is
 * kept in the browser's history, which may be synchronised beyond the hospital.
 */
export function PageTitle({ children, documentTitle }: { children: string; documentTitle?: string }) {
  const title = documentTitle ?? children;
  useEffect(() => {
    document.title = `${title} · Consilium`;
  }, [title]);
  return (
    <Title order={1} size="h2" mb="md">
      {children}
    </Title>
  );
}
