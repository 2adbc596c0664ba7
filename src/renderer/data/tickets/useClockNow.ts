import { useEffect, useState } from 'react';
import { useDataContext } from '../react/DataProvider.tsx';

/**
 * The app's clock (injected through `DataProvider`) as an ISO time, read again every
 * `intervalMs` so deadlines and "time left" stay true while a screen stays open.
 */
export function useClockNow(intervalMs = 30_000): string {
  const { clock } = useDataContext();
  const [now, setNow] = useState(() => clock().toISOString());
  useEffect(() => {
    setNow(clock().toISOString());
    const timer = setInterval(() => setNow(clock().toISOString()), intervalMs);
    return () => clearInterval(timer);
  }, [clock, intervalMs]);
  return now;
}
