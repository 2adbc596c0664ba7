import { createContext, useContext } from 'react';

export type QuickCapture = { open: () => void };

export const QuickCaptureContext = createContext<QuickCapture | undefined>(undefined);

/** Opens the quick capture form from anywhere inside the app layout. */
export function useQuickCapture(): QuickCapture {
  const value = useContext(QuickCaptureContext);
  if (!value) throw new Error('useQuickCapture must be used inside <QuickCaptureProvider>');
  return value;
}
