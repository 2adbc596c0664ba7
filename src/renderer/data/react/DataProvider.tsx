import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
} from 'react';
import { createLeadCommands, type LeadCommands } from '../leads/leadCommands.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { backgroundWork, pauseBackgroundOnInput } from '../records/backgroundWork.ts';
import { type CurrentUser, loadLocalProfile } from './localProfile.ts';

type DataContextValue = {
  data: FieldbookData;
  clock: () => Date;
  currentUser: CurrentUser;
  leadCommands: LeadCommands;
};

const DataContext = createContext<DataContextValue | undefined>(undefined);

export type DataProviderProps = {
  data: FieldbookData;
  clock?: () => Date;
  /** Overrides the local profile (tests, and later the signed-in user). */
  currentUser?: CurrentUser;
  children: ReactNode;
};

const systemClock = () => new Date();

/** Gives the React tree access to the open database; the database itself is made outside React. */
export function DataProvider({
  data,
  clock = systemClock,
  currentUser,
  children,
}: DataProviderProps) {
  const session = useSyncExternalStore(data.sync.session.subscribe, data.sync.session.get);
  const value = useMemo(() => {
    // The signed-in user owns new records; the local profile only until someone signs in.
    const sessionUser: CurrentUser | undefined = session
      ? {
          id: session.user.id,
          name: session.user.name,
          role: session.user.role,
          ...(session.user.teamId ? { teamId: session.user.teamId } : {}),
        }
      : undefined;
    const user = currentUser ?? sessionUser ?? loadLocalProfile(clock);
    return {
      data,
      clock,
      currentUser: user,
      leadCommands: createLeadCommands({ data, clock, user }),
    };
  }, [data, clock, currentUser, session]);
  // A click or key press is answered before the next background load step (backgroundWork.ts).
  useEffect(() => pauseBackgroundOnInput(backgroundWork, document), []);
  return <DataContext.Provider value={value}>{children}</DataContext.Provider>;
}

/** The data context; throws when used outside `DataProvider`, which is a wiring bug. */
export function useDataContext(): DataContextValue {
  const value = useContext(DataContext);
  if (!value) throw new Error('Data hooks must be used inside <DataProvider>');
  return value;
}
