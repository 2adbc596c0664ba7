import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { DataProvider, type FieldbookData } from '../../../data/index.ts';
import { openTestData } from '../../../data/testing/openTestData.ts';

/** A real database with what the qualification and pipeline screens read (7 of the 13 allowed). */
export function openPipelineTestData(): Promise<FieldbookData> {
  return openTestData({
    collections: [
      'leads',
      'events',
      'activities',
      'accounts',
      'contacts',
      'opportunities',
      'settings',
    ],
  });
}

function Probe<T>({ hook, onValue }: { hook: () => T; onValue: (value: T) => void }): ReactNode {
  onValue(hook());
  return null;
}

/** The value of a data hook (commands, mostly) as the app gets it, for seeding a test through the public API. */
export function hookValueFor<T>(data: FieldbookData, hook: () => T): T {
  let value: { current: T } | undefined;
  const probe = render(
    <DataProvider data={data}>
      <Probe
        hook={hook}
        onValue={(current) => {
          value = { current };
        }}
      />
    </DataProvider>,
  );
  probe.unmount();
  if (!value) throw new Error('The probe saw no value');
  return value.current;
}

/** Every stored record of a collection, as plain JSON, to check what a screen wrote. */
export async function storedRecords(
  data: FieldbookData,
  name: 'activities' | 'accounts' | 'contacts' | 'opportunities' | 'leads',
): Promise<Record<string, unknown>[]> {
  const collection = name === 'leads' ? data.leads : data.db.collections[name];
  if (!collection) throw new Error(`${name} is not open`);
  const docs = await collection.find().exec();
  return docs.map((doc) => ({ ...doc.toJSON() }));
}
