// What the chart shows over the canvas for the analyst's direct work: the context menu, the
// shortcuts sheet, the group-naming dialog, the warning before a very large expansion and
// the analyst-facts dialog opened from the chart.
import { create } from 'zustand';
import type { SearchHit } from '../../../../shared/contract/model';
import type { LinkType } from '../../../../shared/domain/link-types';
import type { MenuPoint, MenuTarget } from './targets';

export interface ExpandWarning {
  entityId: number;
  label: string;
  /** Neighbours the expansion would reach, those already on the chart, and how many it will add. */
  neighbours: number;
  onChart: number;
  cap: number;
  /** Whether the room left on the chart (its budget), not the expansion cap, sets how many. */
  byRoom: boolean;
  budget: number;
  linkTypes?: LinkType[];
}

/** "Add case note…" on an entity, "Add entity…" on the background: the analyst-facts dialog of one case. */
export interface FactRequest {
  caseId: number;
  kind: 'entity' | 'note';
  about?: SearchHit;
  /** Where a new entity goes on the chart, in model coordinates (the right-click's point). */
  place?: MenuPoint;
}

interface OverlayState {
  menu: { target: MenuTarget; at: MenuPoint } | null;
  sheetOpen: boolean;
  /** Entities waiting for a group name. */
  naming: number[] | null;
  warning: ExpandWarning | null;
  fact: FactRequest | null;
  openMenu(target: MenuTarget, at: MenuPoint): void;
  closeMenu(): void;
  toggleSheet(open?: boolean): void;
  nameGroup(ids: number[] | null): void;
  warn(warning: ExpandWarning | null): void;
  askFact(fact: FactRequest | null): void;
}

export const useOverlay = create<OverlayState>((set) => ({
  menu: null,
  sheetOpen: false,
  naming: null,
  warning: null,
  fact: null,
  openMenu: (target, at) => set({ menu: { target, at } }),
  closeMenu: () => set({ menu: null }),
  toggleSheet: (open) => set((s) => ({ sheetOpen: open ?? !s.sheetOpen })),
  nameGroup: (naming) => set({ naming, menu: null }),
  warn: (warning) => set({ warning, menu: null }),
  askFact: (fact) => set({ fact, menu: null }),
}));
