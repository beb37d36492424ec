// What a right-click on the chart was on, as the context menu needs it.
import type { Core, EventObject } from 'cytoscape';

export type MenuTarget =
  | { kind: 'node'; entityId: number }
  | { kind: 'link'; linkId: string; from: number; to: number }
  | { kind: 'group'; groupId: string }
  | { kind: 'note'; noteId: string }
  | { kind: 'background' };

/** Where a menu opens: relative to the chart container, in CSS pixels. */
export interface MenuPoint {
  x: number;
  y: number;
}

export function menuTargetOf(e: EventObject, cy: Core): MenuTarget {
  const t = e.target as Core | EventObject['target'];
  if (t === cy || !('isNode' in t)) return { kind: 'background' };
  const groupId = t.data('groupId') as string | undefined;
  if (groupId) return { kind: 'group', groupId };
  if (t.isNode()) return { kind: 'node', entityId: t.data('entityId') as number };
  if (t.hasClass('link')) {
    return {
      kind: 'link',
      linkId: t.data('linkId') as string,
      from: t.source().data('entityId') as number,
      to: t.target().data('entityId') as number,
    };
  }
  return { kind: 'background' };
}
