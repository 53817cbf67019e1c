import { useMutation } from '@tanstack/react-query';

import { useApi } from '../../api/api-provider';
import { unwrap } from '../../api/client';
import { useSession } from './session';

export function useSignIn() {
  const api = useApi();
  const { signIn } = useSession();
  return useMutation({
    mutationFn: async (body: { email: string; password: string }) =>
      unwrap(await api.POST('/api/auth/login', { body })),
    onSuccess: signIn,
  });
}
