// The menu's second-level panels: an entity's link types with their neighbour counts
// ("Expand by link type ▸"), and the layouts ("Layout ▸").
import { useCall } from '../../data/queries';
import { requestExpand } from '../../chart/actions/expand';
import type { MenuTarget } from '../../chart/actions/targets';
import { LAYOUTS } from '../../chart/layouts';
import { useUi } from '../../state/ui-store';
import type { MenuContext, MenuItem, MenuPanel } from './menu-items';

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
  return { title: '' };
}
