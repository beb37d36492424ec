// Expanding an entity from the menu, the keyboard or a double-click: all its neighbours or
// those of some link types. A very connected entity (more neighbours than the expansion cap)
// first gets a warning with the count; confirmed, only the cap is added (the most strongly
// linked). Each expansion is one undo step.
import type { WorkbenchClient } from '../../../../shared/contract/host';
import { LINK_TYPE_LABELS, type LinkType } from '../../../../shared/domain/link-types';
import { reportError } from '../../state/notices';
import { neighbourInput } from '../budget';
import { expandWithUndo } from '../saved-chart-history';
import { noticeIfCapped } from '../expansion-notice';
import { useOverlay } from './overlay-store';

/** Neighbours one expansion adds at most (the contract's cap, or `?expand=N`). */
export const expandCap = () => neighbourInput(1).limit;

/** Asks before expanding past the cap; expands straight away otherwise. */
export async function requestExpand(
  client: WorkbenchClient,
  entityId: number,
  label: string,
  linkTypes?: LinkType[],
): Promise<void> {
  try {
    const counts = await client.call('entities.linkCounts', { entityId });
    const neighbours = linkTypes
      ? counts.types.filter((t) => linkTypes.includes(t.type)).reduce((n, t) => n + t.neighbours, 0)
      : counts.neighbours;
    if (neighbours > expandCap()) {
      useOverlay.getState().warn({ entityId, label, neighbours, cap: expandCap(), linkTypes });
      return;
    }
    await expand(client, entityId, label, linkTypes);
  } catch (err) {
    reportError(err);
  }
}

export async function expand(
  client: WorkbenchClient,
  entityId: number,
  label: string,
  linkTypes?: LinkType[],
): Promise<void> {
  const data = await client.call('graph.neighbours', {
    ...neighbourInput(entityId),
    ...(linkTypes ? { linkTypes } : {}),
  });
  const by = linkTypes ? ` by ${linkTypes.map((t) => LINK_TYPE_LABELS[t] ?? t).join(', ')}` : '';
  // One undo step that also puts every entity back where it stood before the expansion.
  expandWithUndo({ anchor: entityId, data }, `${label}${by}`);
  noticeIfCapped(data, entityId);
}
