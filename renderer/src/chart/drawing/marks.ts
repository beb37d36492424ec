// Time marks on the way to a big chart's first picture (User Timing, `thorline:<step>`), so a
// profile or the chart bench (tests/bench/chart.bench.ts) can say where the time goes:
// layout asked, the worker's first word, the draft, each slice, the view back, the final
// layout; and the steps of a smaller chart drawn at once. A mark costs microseconds and is
// kept only until the page clears them.
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
  | 'final-layout'
  // A chart drawn at once (controller.addInSteps): added with its marks, fitted, textures made.
  | 'added'
  | 'fitted'
  | 'textures';

export function markStep(step: DrawingStep): void {
  mark(step);
}
