import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findLikelyDuplicates } from '../../../shared/qualification/findLikelyDuplicates.ts';
import { createLeadCommands } from '../leads/leadCommands.ts';
import { fromLeadDoc } from '../leads/leadDocument.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { leadMirror } from '../records/sharedMirrors.ts';
import { openTestData, steppingClock } from '../testing/openTestData.ts';
import { LeadDuplicateIndex } from './LeadDuplicateIndex.ts';

let data: FieldbookData;
let index: LeadDuplicateIndex | undefined;
const user = { id: 'rep-1', role: 'rep' } as const;

beforeEach(async () => {
  data = await openTestData({ collections: ['leads'] });
});
afterEach(async () => {
  index?.stop();
  await data.close();
});

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('LeadDuplicateIndex', () => {
  it('finds the same matches as the shared rule and follows the change stream', async () => {
    const leads = createLeadCommands({ data, clock: steppingClock(), user });
    const wang = await leads.createLead({
      firstName: '丽',
      lastName: '王',
      company: '上海星辰科技有限公司',
      phone: '+86 138 0013 8000',
    });
    await leads.createLead({
      firstName: 'Anna',
      lastName: 'Schmidt',
      company: 'Acme GmbH',
      email: 'anna@acme.example',
    });
    await leads.createLead({
      firstName: 'Bob',
      lastName: 'Young',
      company: 'Zenith',
      email: 'bob@zenith.example',
    });
    index = new LeadDuplicateIndex(leadMirror(data), 'CN');
    await index.start();

    const candidates = [
      { firstName: '', lastName: '', company: '', email: 'ANNA@acme.example', phone: '' },
      { firstName: '', lastName: '', company: '', email: '', phone: '13800138000' },
      { firstName: 'Ana', lastName: 'Schmidt', company: 'ACME', email: '', phone: '' },
      {
        firstName: 'Nobody',
        lastName: 'Here',
        company: 'Else',
        email: 'n@else.example',
        phone: '',
      },
    ];
    const all = [...leadMirror(data).docs.values()].map(fromLeadDoc);
    for (const candidate of candidates) {
      const expected = findLikelyDuplicates({ candidate, existing: all, defaultCountry: 'CN' });
      expect(expected.length).toBe(candidate === candidates[3] ? 0 : 1);
      expect(
        index.find(candidate).map((m) => [m.lead.id, m.confidence, m.reasons]),
        JSON.stringify(candidate),
      ).toEqual(expected.map((m) => [m.lead.id, m.confidence, m.reasons.map((r) => r.kind)]));
    }
    expect(index.find(candidates[1] ?? wang).map((m) => m.reasons)).toEqual([['samePhone']]);
    expect(index.find(candidates[1] ?? wang, { excludeId: wang.id })).toEqual([]);

    // A new lead is found at once; a deleted one no longer is.
    const version = index.version;
    const twin = await leads.createLead({ company: 'Twin Co', email: 'twin@twin.example' });
    await until(() => (index?.version ?? 0) > version);
    const probe = {
      firstName: '',
      lastName: '',
      company: '',
      email: 'twin@twin.example',
      phone: '',
    };
    expect(index.find(probe).map((m) => m.lead.id)).toEqual([twin.id]);
    await leads.deleteLead(twin.id);
    await until(() => index?.find(probe).length === 0);
  });
});
