// A chart as plain data: which entities are on it, where they stand, what the analyst hid,
// pinned, grouped, restyled and wrote on it, and the viewport. Saved charts, case packages
// and the undo history all carry this one shape, so a chart reopens exactly as it was left.
import { z } from 'zod';

const entityId = z.number().int().positive();
const point = z.object({ x: z.number().finite(), y: z.number().finite() });

export const chartGroupSchema = z.object({
  /** Stable within the chart, e.g. "g1". */
  id: z.string().min(1).max(64),
  label: z.string().max(200),
  members: z.array(entityId).max(100_000),
  /** Collapsed: drawn as one group node standing for its members. */
  collapsed: z.boolean(),
});

export const chartStyleSchema = z.object({
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
  /** Multiplier of the type's default size. */
  size: z.number().min(0.25).max(8).optional(),
});

export const chartAnnotationSchema = z.object({
  id: z.string().min(1).max(64),
  text: z.string().max(2000),
  at: point,
  /** When set, the annotation is a callout on this entity and moves with it. */
  entityId: entityId.optional(),
});

export const chartDocumentSchema = z.object({
  version: z.literal(1),
  /** The cases the chart was opened from; null = the whole workspace. */
  caseIds: z.array(entityId).max(10_000).nullable(),
  /** Every entity on the chart (the cases' entities within the budget, plus expansions). */
  entities: z.array(entityId).max(100_000),
  /** Keyed by entity id (as a string, JSON's only key type). */
  positions: z.record(z.string().regex(/^\d+$/), point),
  hidden: z.array(entityId).max(100_000),
  /**
   * Drawn links the analyst hid (their ids, `${from}>${type}>${to}`). Optional: charts saved
   * before links could be hidden have none.
   */
  hiddenLinks: z.array(z.string().min(1).max(200)).max(100_000).optional(),
  pinned: z.array(entityId).max(100_000),
  groups: z.array(chartGroupSchema).max(1000),
  styles: z.record(z.string().regex(/^\d+$/), chartStyleSchema),
  annotations: z.array(chartAnnotationSchema).max(1000),
  layoutId: z.string().min(1).max(64),
  viewport: z.object({ zoom: z.number().positive().finite(), pan: point }),
});

export type ChartGroup = z.infer<typeof chartGroupSchema>;
export type ChartStyle = z.infer<typeof chartStyleSchema>;
export type ChartAnnotation = z.infer<typeof chartAnnotationSchema>;
export type ChartDocument = z.infer<typeof chartDocumentSchema>;

/** A chart stored in the workspace, as listed (the document is fetched separately). */
export interface SavedChartSummary {
  id: number;
  name: string;
  createdAt: string;
  updatedAt: string;
  entityCount: number;
  /** A small PNG as a data: URL, or null when none was taken. */
  thumbnail: string | null;
}

/** A saved chart with its document (charts.get). */
export interface SavedChart extends SavedChartSummary {
  analyst: string;
  document: ChartDocument;
}

/**
 * The chart as the analyst last left it, kept in the workspace by autosave so that a reload
 * brings it back; `chartId` is the saved chart it was opened from (null: an unsaved chart).
 */
export interface ChartSession {
  chartId: number | null;
  /** That saved chart's name (null with chartId). */
  chartName: string | null;
  document: ChartDocument;
  updatedAt: string;
}
