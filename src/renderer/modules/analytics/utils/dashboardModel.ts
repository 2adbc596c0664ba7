import type { Ratio } from '../../../../shared/analytics/ratio.ts';

/** The collection a figure's records live in, for drill-down. */
export type DrillCollection =
  | 'leads'
  | 'opportunities'
  | 'quotes'
  | 'orders'
  | 'invoices'
  | 'tickets'
  | 'events';

export type Drill = { collection: DrillCollection; ids: readonly string[] };

/** How a figure reads; the component formats it in the UI language. */
export type FigureValue =
  | { kind: 'count'; value: number }
  | { kind: 'money'; amount: number; currency: string }
  | { kind: 'percent'; value: number | undefined }
  | { kind: 'days' | 'hours' | 'minutes'; value: number | undefined }
  | { kind: 'multiple'; value: number | undefined };

/** One number on a dashboard, with its label key and the records behind it. */
export type Tile = {
  id: string;
  value: FigureValue;
  /** "12 of 40" under a rate. */
  ratio?: Ratio;
  drill?: Drill;
  /** Amounts left out for lack of an exchange rate. */
  excluded?: number;
};

export type ChartRow = {
  key: string;
  /** Already in the UI language (names, stages, sources). */
  label: string;
  /**
   * A shorter label for the chart's axis, when `label` carries more (a week "so far"): a long
   * last label made the axis drop the ticks before it. The tooltip and the table show `label`.
   */
  tick?: string;
  value: number;
  /** A second series (e.g. weighted value), when the chart has one. */
  secondary?: number;
  /**
   * The row covers less than the others: its time is still running (this week so far) or the
   * period cut it short. Drawn dashed, labelled so, so it does not read as a fall.
   */
  partial?: boolean;
  drill?: Drill;
};

export type Chart = {
  id: string;
  type: 'bar' | 'funnel' | 'donut' | 'line';
  valueKind: 'count' | 'money';
  /** What `secondary` holds, when rows have it (its column in the table alternative). */
  secondaryKind?: 'count' | 'money' | 'percent';
  /** Show value ÷ secondary as a multiple (event ROI = won revenue ÷ cost). */
  showMultiple?: boolean;
  currency?: string;
  rows: ChartRow[];
};

export type Section = { id: string; tiles: Tile[]; charts: Chart[] };

export const audiences = ['rep', 'manager', 'finance'] as const;
export type Audience = (typeof audiences)[number];

export const percentOf = (ratio: Ratio): FigureValue => ({ kind: 'percent', value: ratio.value });
