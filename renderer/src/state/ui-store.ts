// UI-only state: which cases are in scope, what is selected on the chart, the chosen
// layout, which view and panels are open. Server data lives in TanStack Query instead.
import { create } from 'zustand';
import type { GraphData } from '../../../shared/contract/model';

export type ChartSelection =
  | { kind: 'node'; id: number }
  | { kind: 'link'; id: string }
  /** Several entities, chosen by shift-click or a shift-drag box. */
  | { kind: 'nodes'; ids: number[] }
  | null;
export type LeftTab = 'cases' | 'connections' | 'analysis' | 'charts';

/** Neighbours fetched for one entity; new nodes are placed around the anchor. */
export interface Expansion {
  anchor: number | null;
  data: GraphData;
}

/** One connection of the case map opened on the chart: the two cases' shared entities and their neighbours. */
export interface ConnectionScope {
  caseA: number;
  caseB: number;
}

export interface FocusRequest {
  entityId: number;
  /** Changes on every request, so focusing the same entity twice still moves the view. */
  nonce: number;
}

export interface UiState {
  /** Selected case ids; null = the whole workspace. */
  caseIds: number[] | null;
  /** Anchor for shift-click range selection in the case list. */
  caseAnchor: number | null;
  selection: ChartSelection;
  layoutId: string;
  activeView: string;
  leftTab: LeftTab;
  recordsOpen: boolean;
  focus: FocusRequest | null;
  /** Neighbours added by expanding nodes, on top of the scope's graph. */
  expansions: Expansion[];
  /** When set, the chart shows this connection instead of whole cases (caseIds are its two cases). */
  connection: ConnectionScope | null;
  setCases(caseIds: number[] | null, anchor?: number | null): void;
  select(selection: ChartSelection): void;
  setLayout(layoutId: string): void;
  setView(viewId: string): void;
  setLeftTab(tab: LeftTab): void;
  toggleRecords(): void;
  focusEntity(entityId: number): void;
  addExpansion(expansion: Expansion): void;
  /** A record split out of an entity on a reopened chart: its new entity joins that chart. */
  splitOnChart(oldEntityId: number, newEntityId: number): void;
  /** A reopened chart's own entities, drawn instead of the cases' graph (null: the cases' graph). */
  chartBase: { entityIds: number[] } | null;
  /** Positions (and view) the next load of the chart puts its entities at, with no layout run. */
  placement: ChartPlacement | null;
  /** The saved chart being worked on (null: an unsaved chart). */
  openChart: { id: number; name: string } | null;
  /** Whether the last chart session was looked for (the chart waits for it before loading). */
  sessionChecked: boolean;
  /** Opens cases, or one connection, from the case map on the entity chart. */
  openOnChart(caseIds: number[], connection?: ConnectionScope): void;
}

export interface ChartPlacement {
  positions: Record<string, { x: number; y: number }>;
  viewport: { zoom: number; pan: { x: number; y: number } } | null;
}

/** The view the workbench opens on: the case map, unless the address asks for another (?view=chart). */
function openingView(): string {
  if (typeof window === 'undefined') return 'casemap';
  return new URLSearchParams(window.location.search).get('view') ?? 'casemap';
}

export const useUi = create<UiState>((set) => ({
  caseIds: null,
  caseAnchor: null,
  selection: null,
  layoutId: 'force',
  activeView: openingView(),
  leftTab: 'cases',
  recordsOpen: false,
  focus: null,
  expansions: [],
  connection: null,
  setCases: (caseIds, anchor = null) =>
    set({
      caseIds,
      caseAnchor: anchor,
      expansions: [],
      selection: null,
      focus: null,
      // Picking cases starts a new chart of them.
      chartBase: null,
      placement: null,
      openChart: null,
      connection: null,
    }),
  select: (selection) => set({ selection }),
  setLayout: (layoutId) => set({ layoutId }),
  setView: (activeView) => set({ activeView }),
  setLeftTab: (leftTab) => set({ leftTab }),
  toggleRecords: () => set((s) => ({ recordsOpen: !s.recordsOpen })),
  focusEntity: (entityId) => set({ focus: { entityId, nonce: Date.now() + Math.random() } }),
  addExpansion: (expansion) => set((s) => ({ expansions: [...s.expansions, expansion] })),
  // A reopened chart draws its own entities (graph.entities), not the scope's: without this,
  // the entity a split makes would be missing from it.
  splitOnChart: (oldEntityId, newEntityId) =>
    set((s) =>
      s.chartBase?.entityIds.includes(oldEntityId) && !s.chartBase.entityIds.includes(newEntityId)
        ? { chartBase: { entityIds: [...s.chartBase.entityIds, newEntityId] } }
        : {},
    ),
  chartBase: null,
  placement: null,
  openChart: null,
  sessionChecked: false,
  openOnChart: (caseIds, connection) =>
    set({
      caseIds,
      caseAnchor: null,
      expansions: [],
      selection: null,
      focus: null,
      connection: connection ?? null,
      activeView: 'chart',
      // Opening from the case map starts a new chart of those cases.
      chartBase: null,
      placement: null,
      openChart: null,
    }),
}));

/** Case-list selection logic (click, ctrl-click, shift-click), pure so it can be unit-tested. */
export function nextCaseSelection(
  current: number[] | null,
  orderedIds: number[],
  clicked: number,
  anchor: number | null,
  mode: 'single' | 'toggle' | 'range',
): number[] | null {
  if (mode === 'single') return [clicked];
  if (mode === 'toggle') {
    const set = new Set(current ?? []);
    if (set.has(clicked)) set.delete(clicked);
    else set.add(clicked);
    const ids = orderedIds.filter((id) => set.has(id));
    return ids.length ? ids : null;
  }
  const from = orderedIds.indexOf(anchor ?? clicked);
  const to = orderedIds.indexOf(clicked);
  if (from < 0 || to < 0) return [clicked];
  return orderedIds.slice(Math.min(from, to), Math.max(from, to) + 1);
}
