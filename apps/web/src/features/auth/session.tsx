import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

import { ApiProvider, type ApiProviderProps } from '../../api/api-provider';
import type { Schemas } from '../../api/client';

export interface Session {
  accessToken: string;
  /** Epoch milliseconds: the token's own expiry, from `expiresIn` at sign-in. */
  expiresAt: number;
}

/** Why the last session ended, for the sign-in page to say so. */
export type SessionEnd = 'expired' | 'signed_out';

interface SessionContextValue {
  session: Session | null;
  ended: SessionEnd | null;
  signIn: (login: Schemas['LoginResponseDto']) => void;
  signOut: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

// sessionStorage, not a cookie and not localStorage: the token goes only where the app sends it as a
// header, survives a reload, and is gone when the tab closes (docs/adr/0011-web-app.md).
const STORAGE_KEY = 'consilium.session';
export const ME_QUERY_KEY = ['auth', 'me'] as const;

function readStored(now: number): Session | null {
  try {
    const parsed = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Session | null;
    if (parsed && typeof parsed.accessToken === 'string' && typeof parsed.expiresAt === 'number') {
      return parsed.expiresAt > now ? parsed : null;
    }
  } catch {
    // A damaged entry is no session.
  }
  return null;
}

type SessionProviderProps = Pick<ApiProviderProps, 'fetch' | 'sleep'> & { children: ReactNode };

/** The only global state of the app: who is signed in. Provides the API client that uses it. */
export function SessionProvider({ children, fetch, sleep }: SessionProviderProps) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<Session | null>(() => readStored(Date.now()));
  const [ended, setEnded] = useState<SessionEnd | null>(() =>
    window.sessionStorage.getItem(STORAGE_KEY) && !readStored(Date.now()) ? 'expired' : null,
  );
  const token = useRef<string | null>(session?.accessToken ?? null);

  const end = useCallback(
    (reason: SessionEnd) => {
      token.current = null;
      window.sessionStorage.removeItem(STORAGE_KEY);
      setSession(null);
      setEnded(reason);
      // What the last user saw must not be shown to the next one.
      void queryClient.cancelQueries();
      queryClient.clear();
    },
    [queryClient],
  );

  const signIn = useCallback(
    (login: Schemas['LoginResponseDto']) => {
      const next = { accessToken: login.accessToken, expiresAt: Date.now() + login.expiresIn * 1000 };
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, login.user);
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      token.current = next.accessToken;
      setSession(next);
      setEnded(null);
    },
    [queryClient],
  );

  const signOut = useCallback(() => end('signed_out'), [end]);
  const expire = useCallback(() => {
    if (token.current) end('expired');
  }, [end]);
  const getToken = useCallback(() => token.current, []);

  // The token cannot be used past its expiry: end the session then rather than at the next click.
  useEffect(() => {
    if (!session) return;
    const timer = window.setTimeout(expire, Math.min(session.expiresAt - Date.now(), 2 ** 31 - 1));
    return () => window.clearTimeout(timer);
  }, [session, expire]);

  const value = useMemo(() => ({ session, ended, signIn, signOut }), [session, ended, signIn, signOut]);
  return (
    <SessionContext.Provider value={value}>
      <ApiProvider getToken={getToken} onSessionEnded={expire} fetch={fetch} sleep={sleep}>
        {children}
      </ApiProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() needs a <SessionProvider>');
  return value;
}
