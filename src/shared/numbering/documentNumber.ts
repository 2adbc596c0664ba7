import { DomainError } from '../domain/DomainError.ts';
import type { NumberedDocument, SettingValue } from '../domain/setting.ts';

/** How one kind of document is numbered: `Q-` + year + sequence padded to `padding` digits. */
export type NumberFormat = {
  document: NumberedDocument;
  prefix: string;
  includeYear: boolean;
  padding: number;
};

/** Numbering when the settings say nothing: Q-, SO-, INV-, T-, C-, with the year, 4 digits. */
export const defaultNumberFormats: Record<NumberedDocument, NumberFormat> = {
  quote: { document: 'quote', prefix: 'Q-', includeYear: true, padding: 4 },
  order: { document: 'order', prefix: 'SO-', includeYear: true, padding: 4 },
  invoice: { document: 'invoice', prefix: 'INV-', includeYear: true, padding: 4 },
  ticket: { document: 'ticket', prefix: 'T-', includeYear: true, padding: 4 },
  contract: { document: 'contract', prefix: 'C-', includeYear: true, padding: 4 },
};

/** The format of every kind: the setting's series over the defaults (what devices and server use). */
export function numberFormatsOf(
  value?: Extract<SettingValue, { kind: 'numberSeries' }>,
): Record<NumberedDocument, NumberFormat> {
  const formats = { ...defaultNumberFormats };
  for (const { document, prefix, includeYear, padding } of value?.series ?? []) {
    formats[document] = { document, prefix, includeYear, padding };
  }
  return formats;
}

/**
 * Marks an invoice number the device made up offline. Such a number is not the legal one: the
 * server replaces it with the next gap-free number when the invoice syncs.
 */
export const provisionalMarker = 'PROV-';

/** Tells whether a document number is a provisional one (see `provisionalMarker`). */
export function isProvisionalNumber(number: string): boolean {
  return number.startsWith(provisionalMarker);
}

/**
 * Builds a document number: prefix, then the year, the device code (device series only) and
 * the zero-padded sequence, joined by `-` (`Q-2026-A7-0042`, `INV-2026-00010`).
 */
export function formatDocumentNumber({
  format,
  year,
  deviceCode,
  sequence,
  provisional = false,
}: {
  format: NumberFormat;
  year: number;
  deviceCode?: string;
  sequence: number;
  provisional?: boolean;
}): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new DomainError('invalidSequence', { value: String(sequence) });
  }
  const parts = [
    ...(format.includeYear ? [String(year)] : []),
    ...(deviceCode === undefined ? [] : [deviceCode]),
    String(sequence).padStart(format.padding, '0'),
  ];
  return `${provisional ? provisionalMarker : ''}${format.prefix}${parts.join('-')}`;
}

/**
 * What every number of one run starts with (`Q-2026-A7-`, `INV2026`): the run's first number
 * without its zero-padded sequence. Allocators find a run's last sequence among numbers with it.
 */
export function documentNumberPrefix(
  params: Omit<Parameters<typeof formatDocumentNumber>[0], 'sequence'>,
): string {
  const first = formatDocumentNumber({ ...params, sequence: 1 });
  return first.slice(0, first.length - '1'.padStart(params.format.padding, '0').length);
}
