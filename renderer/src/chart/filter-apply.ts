// Shows the filters' outcome on the chart (issue 11, point 5): filtered entities and links
// are hidden or dimmed in one batch. They carry the class `filtered` (what the test hook and
// the label pass read) and a style bypass, so the look does not depend on the stylesheet,
// which other chart work rebuilds.
import type { Core } from 'cytoscape';
import type { FilterOutcome } from '../components/filters/filter-logic';

export type FilterLook = 'hide' | 'dim';

export interface ChartFilter {
  outcome: FilterOutcome;
  look: FilterLook;
}

const DIMMED_OPACITY = 0.12;

export function applyChartFilter(cy: Core, filter: ChartFilter | null): void {
  cy.batch(() => {
    cy.elements('.filtered').removeClass('filtered').removeStyle('display opacity');
    if (!filter) return;
    const { outcome, look } = filter;
    const out = cy.elements().filter((el) =>
      el.isNode()
        ? outcome.nodes.has(el.data('entityId') as number)
        : // Possible-match links go with their ends.
          outcome.links.has(el.data('linkId') as string) ||
          outcome.nodes.has(el.source().data('entityId') as number) ||
          outcome.nodes.has(el.target().data('entityId') as number),
    );
    out.addClass('filtered');
    if (look === 'hide') out.style('display', 'none');
    else out.style('opacity', DIMMED_OPACITY);
  });
}
