// Shows the filters' outcome on the chart (issue 11, point 5): filtered entities and links
// are hidden or dimmed in one batch. They carry the class `filtered` (what the test hook and
// the label pass read) and a style bypass, so the look does not depend on the stylesheet,
// which other chart work rebuilds. Only elements whose state changes are touched: the
// controller re-applies the filter after every load, and each write restyles its element.
import type { Core, SingularElementArgument } from 'cytoscape';
import type { FilterOutcome } from '../components/filters/filter-logic';

export type FilterLook = 'hide' | 'dim';

export interface ChartFilter {
  outcome: FilterOutcome;
  look: FilterLook;
}

const DIMMED_OPACITY = 0.12;
/** The look the filtered elements of each chart carry now. */
const lookOf = new WeakMap<Core, FilterLook>();

export function applyChartFilter(cy: Core, filter: ChartFilter | null): void {
  const lookChanged = filter !== null && lookOf.get(cy) !== filter.look;
  cy.batch(() => {
    cy.elements().forEach((el) => {
      const out = filter !== null && isOut(el, filter.outcome);
      const was = el.hasClass('filtered');
      if (was && (!out || lookChanged)) el.removeClass('filtered').removeStyle('display opacity');
      if (out && (!was || lookChanged)) {
        el.addClass('filtered');
        if (filter.look === 'hide') el.style('display', 'none');
        else el.style('opacity', DIMMED_OPACITY);
      }
    });
  });
  if (filter) lookOf.set(cy, filter.look);
  else lookOf.delete(cy);
}

function isOut(el: SingularElementArgument, outcome: FilterOutcome): boolean {
  return el.isNode()
    ? outcome.nodes.has(el.data('entityId') as number)
    : // Possible-match links go with their ends.
      outcome.links.has(el.data('linkId') as string) ||
        outcome.nodes.has(el.source().data('entityId') as number) ||
        outcome.nodes.has(el.target().data('entityId') as number);
}
