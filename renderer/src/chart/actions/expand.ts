// Expanding an entity from the menu, the keyboard or a double-click: all its neighbours or
// those of some link types. A very connected entity (more neighbours than the expansion cap)
// first gets a warning with the count; confirmed, only the cap is added (the most strongly
// linked). Each expansion is one undo step.
import type { WorkbenchClient } from '../../../../shared/contract/host';
import { LINK_TYPE_LABELS, type LinkType } from '../../../../shared/domain/link-types';
import { useHistory } from '../../state/history';
import { reportError } from '../../state/notices';
import { useUi, type Expansion } from '../../state/ui-store';
import { neighbourInput } from '../budget';
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
  const expansion: Expansion = { anchor: entityId, data };
  const add = () => useUi.getState().addExpansion(expansion);
  const remove = () => useUi.setState((s) => ({ expansions: s.expansions.filter((e) => e !== expansion) }));
  add();
  noticeIfCapped(data, entityId);
  const by = linkTypes ? ` by ${linkTypes.map((t) => LINK_TYPE_LABELS[t] ?? t).join(', ')}` : '';
  useHistory.getState().push({ label: `expand of ${label}${by}`, undo: remove, redo: add });
}
