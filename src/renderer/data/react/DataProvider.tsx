import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { createLeadCommands, type LeadCommands } from '../leads/leadCommands.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
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
  const value = useMemo(() => {
    const user = currentUser ?? loadLocalProfile(clock);
    return {
      data,
      clock,
      currentUser: user,
      leadCommands: createLeadCommands({ data, clock, user }),
    };
  }, [data, clock, currentUser]);
  return <DataContext.Provider value={value}>{children}</DataContext.Provider>;
}

/** The data context; throws when used outside `DataProvider`, which is a wiring bug. */
export function useDataContext(): DataContextValue {
  const value = useContext(DataContext);
  if (!value) throw new Error('Data hooks must be used inside <DataProvider>');
  return value;
}
