// The logged-in officer, loaded once from /api/auth/me and shared with the layout, menu and pages.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import access, { type Access } from './access.ts';
import { requestErrorConfig } from './requestErrorConfig.ts';
import { fetchCurrentUser } from './services/session.ts';
import type { CurrentUser } from './services/types.ts';

interface CurrentUserState {
  readonly user: CurrentUser | null;
  readonly loading: boolean;
  readonly setUser: (user: CurrentUser | null) => void;
}

const CurrentUserContext = createContext<CurrentUserState>({
  user: null,
  loading: true,
  setUser: () => undefined,
});

export function CurrentUserProvider({ children }: { readonly children: ReactNode }) {
  const [user, setUser] = useState<CurrentUser | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    requestErrorConfig.onUnauthenticated(() => setUser(null));
    void fetchCurrentUser().then((found) => {
      setUser(found);
      setLoading(false);
    });
  }, []);

  const value = useMemo(() => ({ user, loading, setUser }), [user, loading]);
  return <CurrentUserContext value={value}>{children}</CurrentUserContext>;
}

export function useCurrentUser(): CurrentUserState {
  return useContext(CurrentUserContext);
}

export function useAccess(): Access {
  const { user } = useCurrentUser();
  return useMemo(() => access(user), [user]);
}
