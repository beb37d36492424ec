// The menu's second-level panels: an entity's link types with their neighbour counts
// ("Expand by link type ▸"), and the layouts ("Layout ▸").
import { useCall } from '../../data/queries';
import { requestExpand } from '../../chart/actions/expand';
import type { MenuTarget } from '../../chart/actions/targets';
import { LAYOUTS } from '../../chart/layouts';
import { useUi } from '../../state/ui-store';
import * as commands from '../../chart/actions/commands';
import { useChartActions } from '../../state/chart-actions-store';
import { actingOn, type MenuContext, type MenuItem, type MenuPanel } from './menu-items';

export interface PanelContent {
  title: string;
  items?: MenuItem[];
  loading?: boolean;
  /** Said instead of items when there are none. */
  empty?: string;
}

/** The link-type panel reads the entity's link counts while it is open. */
export function usePanel(panel: MenuPanel, target: MenuTarget, ctx: MenuContext): PanelContent {
  const entityId = target.kind === 'node' ? target.entityId : 0;
  const counts = useCall(
    'entities.linkCounts',
    { entityId },
    { enabled: panel === 'linkTypes' && entityId > 0 },
  );
  if (panel === 'linkTypes') {
    const label = ctx.chart.entityInfo(entityId)?.label ?? 'this entity';
    const items = counts.data?.types.map((t) => ({
      id: `linktype-${t.type}`,
      label: `${t.label} (${t.neighbours.toLocaleString('en-US')})`,
      run: () => void requestExpand(ctx.client, entityId, label, [t.type]),
    }));
    return {
      title: 'Expand by link type',
      items,
      loading: counts.isLoading,
      empty: items?.length === 0 ? 'No links' : undefined,
    };
  }
  if (panel === 'layouts') {
    const current = useUi.getState().layoutId;
    return {
      title: 'Layout',
      items: LAYOUTS.map((l) => ({
        id: `layout-${l.id}`,
        label: `${l.id === current ? '✓ ' : ''}${l.label}`,
        run: () => (l.id === current ? void ctx.chart.relayout() : useUi.getState().setLayout(l.id)),
      })),
    };
  }
  if (panel === 'style' && target.kind === 'node') return stylePanel(target.entityId, ctx);
  return { title: '' };
}

/** Marker colours an analyst picks from (distinct from the case-ring palette's blues and greens). */
export const MARK_COLOURS = [
  { name: 'red', colour: '#e03131' },
  { name: 'amber', colour: '#f08c00' },
  { name: 'purple', colour: '#862e9c' },
  { name: 'teal', colour: '#0c8599' },
  { name: 'black', colour: '#212529' },
] as const;

function stylePanel(entityId: number, ctx: MenuContext): PanelContent {
  const ids = actingOn(entityId);
  const size = useChartActions.getState().styles[String(entityId)]?.size ?? 1;
  const items: MenuItem[] = [
    ...MARK_COLOURS.map((c) => ({
      id: `colour-${c.name}`,
      label: `Colour ${c.name}`,
      run: () => commands.restyle(ctx.chart, ids, { colour: c.colour }, `colouring ${c.name}`),
    })),
    {
      id: 'size-larger',
      label: 'Larger',
      run: () => commands.restyle(ctx.chart, ids, { size: Math.min(8, size * 1.5) }, 'enlarging'),
    },
    {
      id: 'size-smaller',
      label: 'Smaller',
      run: () => commands.restyle(ctx.chart, ids, { size: Math.max(0.25, size / 1.5) }, 'shrinking'),
    },
    {
      id: 'style-reset',
      label: 'Type’s own look',
      run: () => commands.restyle(ctx.chart, ids, null, 'restyling'),
    },
  ];
  return { title: 'Colour and size', items };
}
