import { createContext, useContext } from 'react';

/** What the app does once sign-out has deleted the local database: open a fresh, empty one. */
export type LocalDataRemoved = () => void;

// A page reload reopens the database from scratch, which is the whole point after a wipe.
const reloadToStart: LocalDataRemoved = () => {
  window.location.hash = '#/leads';
  window.location.reload();
};

export const LocalDataRemovedContext = createContext<LocalDataRemoved>(reloadToStart);

/** Called after `signOut({wipe: true})`; tests and the desktop shell may supply their own. */
export function useLocalDataRemoved(): LocalDataRemoved {
  return useContext(LocalDataRemovedContext);
}
