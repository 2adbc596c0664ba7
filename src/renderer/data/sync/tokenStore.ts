import type { Role } from '../../../shared/domain/roles.ts';

/** The signed-in user as the server describes them. */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  teamId: string | null;
};

/**
 * `epoch` is the server store's epoch this device last replicated with (new after a restore);
 * `numberSeries` the device code the server assigned at sign-in, for offline document numbers.
 */
export type StoredSession = {
  serverUrl: string;
  user: SessionUser;
  epoch?: string;
  numberSeries?: { deviceCode: string };
};

/**
 * Keeps the bearer token. The platform layer can back this with the OS keychain; in a browser
 * the token lives in sessionStorage, so it does not outlive the browser session.
 */
export type TokenStore = {
  load(): Promise<string | undefined>;
  save(token: string): Promise<void>;
  clear(): Promise<void>;
};

/** Keeps who is signed in and where (not secret): localStorage in a browser. */
export type SessionInfoStore = {
  load(): StoredSession | undefined;
  save(session: StoredSession): void;
  clear(): void;
};

const tokenKey = 'fieldbook.syncToken';
const sessionKey = 'fieldbook.syncSession';

function webStorage(kind: 'sessionStorage' | 'localStorage'): Storage | undefined {
  try {
    return typeof globalThis[kind] === 'undefined' ? undefined : globalThis[kind];
  } catch {
    return undefined;
  }
}

/** A token store in memory (tests, or where nothing may be persisted). */
export function memoryTokenStore(): TokenStore {
  let token: string | undefined;
  return {
    load: async () => token,
    save: async (next) => {
      token = next;
    },
    clear: async () => {
      token = undefined;
    },
  };
}

/** sessionStorage when the page has it, memory otherwise. */
export function browserTokenStore(): TokenStore {
  const storage = webStorage('sessionStorage');
  if (!storage) return memoryTokenStore();
  return {
    load: async () => storage.getItem(tokenKey) ?? undefined,
    save: async (token) => storage.setItem(tokenKey, token),
    clear: async () => storage.removeItem(tokenKey),
  };
}

function parseSession(raw: string | null): StoredSession | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof value.serverUrl !== 'string' || typeof value.user?.id !== 'string') return undefined;
    return value as StoredSession;
  } catch {
    return undefined;
  }
}

/** localStorage when the page has it, memory otherwise. */
export function browserSessionInfoStore(): SessionInfoStore {
  const storage = webStorage('localStorage');
  let memory: StoredSession | undefined;
  return {
    load: () => (storage ? parseSession(storage.getItem(sessionKey)) : memory),
    save(session) {
      if (storage) storage.setItem(sessionKey, JSON.stringify(session));
      else memory = session;
    },
    clear() {
      if (storage) storage.removeItem(sessionKey);
      else memory = undefined;
    },
  };
}
