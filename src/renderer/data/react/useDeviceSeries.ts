import { useSyncExternalStore } from 'react';
import { type DeviceSeriesInfo, deviceSeriesInfo } from '../quotes/deviceNumbering.ts';
import { useDataContext } from './DataProvider.tsx';

/** The number series new quotes get: assigned by the server at sign-in, or local until then. */
export function useDeviceSeries(): DeviceSeriesInfo {
  const { data } = useDataContext();
  const session = useSyncExternalStore(data.sync.session.subscribe, data.sync.session.get);
  const code = session?.numberSeries?.deviceCode;
  return code ? { deviceCode: code, source: 'server' } : deviceSeriesInfo(data);
}
