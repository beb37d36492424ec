// The workbench's views, shown in the left rail. Adding a view (the match review of
// issue 3, the import wizard of issue 4) is one file exporting a WorkbenchView and one
// line in VIEWS.
import type { ComponentType } from 'react';
import { casemapView } from './casemap-view';
import { chartView } from './chart-view';
import { importView } from './import-view';
import { mapView } from './map-view';
import { reviewView } from './review-view';

export interface WorkbenchView {
  id: string;
  label: string;
  /** A short glyph for the rail (a character or a tiny inline SVG element). */
  glyph: ComponentType;
  /** The view's main area, everything right of the rail and below the top bar. */
  component: ComponentType;
  /** Controls the view adds to the top bar (e.g. layout and export for the chart). */
  toolbar?: ComponentType;
}

export const VIEWS: WorkbenchView[] = [casemapView, chartView, reviewView, importView, mapView];

export const viewById = (id: string) => VIEWS.find((v) => v.id === id) ?? VIEWS[0]!;
