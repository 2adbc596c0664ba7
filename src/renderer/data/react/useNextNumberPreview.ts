import { useEffect, useState } from 'react';
import type { NumberedDocument, SettingValue } from '../../../shared/domain/setting.ts';
import { type NumberPreview, nextNumberPreview } from '../settings/nextNumberPreview.ts';
import { useDataContext } from './DataProvider.tsx';
import { useDeviceSeries } from './useDeviceSeries.ts';

type NumberSeriesValue = Extract<SettingValue, { kind: 'numberSeries' }>;

/**
 * The numbers the next documents would get on this device with `value` (a draft), recomputed as
 * it changes; undefined while it loads or when the draft cannot make a number.
 */
export function useNextNumberPreview(
  value: NumberSeriesValue,
): Record<NumberedDocument, NumberPreview> | undefined {
  const { data, clock } = useDataContext();
  const { deviceCode } = useDeviceSeries();
  const [preview, setPreview] = useState<Record<NumberedDocument, NumberPreview>>();
  useEffect(() => {
    let live = true;
    nextNumberPreview(data, { value, now: clock(), deviceCode }).then(
      (next) => live && setPreview(next),
      () => live && setPreview(undefined),
    );
    return () => {
      live = false;
    };
  }, [data, clock, value, deviceCode]);
  return preview;
}
