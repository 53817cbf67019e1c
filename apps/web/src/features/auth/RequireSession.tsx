import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { useSession } from './session';

/** Client routes behind sign-in; the API enforces the same on every request. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (!session)
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}
