// Time marks on the way to a big chart's first picture (User Timing, `thorline:<step>`), so a
// profile or the chart bench (tests/bench/chart.bench.ts) can say where the time goes:
// layout asked, the worker's first word, the draft, each slice, the view back, the final
// layout. A mark costs microseconds and is kept only until the page clears them.
import { mark } from '../../app/marks';

export type DrawingStep =
  | 'layout-asked'
  | 'layout-started'
  | 'draft'
  | 'slices-start'
  | 'slice'
  | 'slices-end'
  | 'layers'
  | 'placed'
  | 'entities-shown'
  | 'view-back'
  | 'final-layout';

export function markStep(step: DrawingStep): void {
  mark(step);
}
