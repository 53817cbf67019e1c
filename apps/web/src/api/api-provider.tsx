import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';

import { type ApiClient, type ApiClientOptions, createApiClient } from './client';

interface ApiContextValue {
  client: ApiClient;
  /** false while the API answers 503 */
  available: boolean;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export interface ApiProviderProps {
  /** Both stable for the provider's life (the client is made once). */
  getToken: () => string | null;
  onSessionEnded: () => void;
  /** For tests: a fake network and instant retries. */
  fetch?: ApiClientOptions['fetch'];
  sleep?: ApiClientOptions['sleep'];
  children: ReactNode;
}

export function ApiProvider({ getToken, onSessionEnded, fetch, sleep, children }: ApiProviderProps) {
  const [available, setAvailable] = useState(true);
  // One client for the provider's life: the session passes stable callbacks.
  const client = useMemo(
    () =>
      createApiClient({
        baseUrl: window.location.origin,
        getToken,
        onSessionEnded,
        onAvailabilityChange: setAvailable,
        fetch,
        sleep,
      }),
    [getToken, onSessionEnded, fetch, sleep],
  );
  const value = useMemo(() => ({ client, available }), [client, available]);
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi() needs an <ApiProvider>');
  return value;
}

/** The typed client, for the query and mutation hooks of each feature (never for components). */
export function useApi(): ApiClient {
  return useApiContext().client;
}

export function useServiceAvailable(): boolean {
  return useApiContext().available;
}
