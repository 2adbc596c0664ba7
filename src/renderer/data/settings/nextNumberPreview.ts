import { dateOf } from '../../../shared/billing/calendarDate.ts';
import type { NumberedDocument, SettingValue } from '../../../shared/domain/setting.ts';
import {
  documentNumberPrefix,
  formatDocumentNumber,
} from '../../../shared/numbering/documentNumber.ts';
import {
  deviceSeriesFromSetting,
  nextNumberAfter,
  runPrefixOf,
} from '../../../shared/numbering/nextNumber.ts';
import { lastProvisionalSequence } from '../invoices/provisionalInvoiceNumber.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { lastQuoteSequence } from '../quotes/deviceNumbering.ts';
import { lastNumberSequence } from '../records/deviceDocumentNumber.ts';
import { hasCollection } from '../records/recordStore.ts';

type NumberSeriesValue = Extract<SettingValue, { kind: 'numberSeries' }>;

/**
 * The number this device would give the next document of a kind under a number series. Invoices
 * also get the final number the server would give as far as this device has seen (`number`),
 * beside the provisional one the device prints until it syncs.
 */
export type NumberPreview = { number: string; provisional?: string };

/**
 * What the next document of every kind would be numbered with `value` (not yet saved), by the
 * same rules the allocators use: this device's code (see `deviceSeriesInfo`) and the last
 * sequence of each run on this device.
 */
export async function nextNumberPreview(
  data: FieldbookData,
  { value, now, deviceCode }: { value: NumberSeriesValue; now: Date; deviceCode: string },
): Promise<Record<NumberedDocument, NumberPreview>> {
  const series = deviceSeriesFromSetting({ deviceCode, value });
  const at = now.toISOString();
  const lastOf = async (kind: NumberedDocument, prefix: string): Promise<number> => {
    if (kind === 'quote' || kind === 'contract') {
      return hasCollection(data, 'quotes') ? lastQuoteSequence(data, kind, prefix) : 0;
    }
    if (kind === 'invoice') {
      return hasCollection(data, 'invoices') ? lastProvisionalSequence(data, prefix) : 0;
    }
    const collection = kind === 'order' ? 'orders' : 'tickets';
    return hasCollection(data, collection) ? lastNumberSequence(data, collection, prefix) : 0;
  };
  const device = async (kind: NumberedDocument) => {
    const last = await lastOf(kind, runPrefixOf({ series, kind, now: at }));
    return nextNumberAfter({ series, kind, last, now: at }).number;
  };
  // Final invoice numbers have no device code: `INV-2026-` then the server's gap-free counter.
  const format = series.formats.invoice;
  const year = Number(dateOf(at).slice(0, 4));
  const finalPrefix = documentNumberPrefix({ format, year });
  const lastFinal = hasCollection(data, 'invoices')
    ? await lastNumberSequence(data, 'invoices', finalPrefix)
    : 0;
  return {
    quote: { number: await device('quote') },
    order: { number: await device('order') },
    invoice: {
      number: formatDocumentNumber({ format, year, sequence: lastFinal + 1 }),
      provisional: await device('invoice'),
    },
    ticket: { number: await device('ticket') },
    contract: { number: await device('contract') },
  };
}
