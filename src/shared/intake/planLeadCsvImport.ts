import { type CsvEncoding, decodeCsvBytes } from './decodeCsvBytes.ts';
import type { LeadCsvMapping, LeadCsvPresetId } from './leadCsvPresets.ts';
import { parseCsvText } from './parseCsvText.ts';
import { type LeadImportPlan, type PlanLeadImportInput, planLeadImport } from './planLeadImport.ts';
import { suggestLeadCsvMapping } from './suggestLeadCsvMapping.ts';

export type PlanLeadCsvImportInput = Omit<
  PlanLeadImportInput,
  'headers' | 'records' | 'mapping' | 'malformedRows'
> & {
  bytes: Uint8Array;
  /** The user's choice in the preview; detected when absent. */
  encoding?: CsvEncoding;
  /** A preset or saved mapping; suggested from the headers when absent. */
  mapping?: LeadCsvMapping;
};

export type LeadCsvImportPlan = LeadImportPlan & {
  encoding: CsvEncoding;
  headers: string[];
  presetId: LeadCsvPresetId | null;
  mapping: LeadCsvMapping;
};

/** The whole planning step for a picked file: decode, parse, map (given or suggested), validate. */
export function planLeadCsvImport(input: PlanLeadCsvImportInput): LeadCsvImportPlan {
  const { bytes, encoding: chosenEncoding, mapping: chosenMapping, ...options } = input;
  const { text, encoding } = decodeCsvBytes(bytes, chosenEncoding);
  const { headers, records, malformedRows } = parseCsvText(text);
  const suggestion = suggestLeadCsvMapping(headers);
  const mapping = chosenMapping ?? suggestion.mapping;
  const plan = planLeadImport({ ...options, headers, records, mapping, malformedRows });
  return { ...plan, encoding, headers, presetId: suggestion.presetId, mapping };
}
