// Expanding an entity from the menu, the keyboard or a double-click: all its neighbours or
// those of some link types, within the expansion cap and the room left on the chart (its
// budget less the entities drawn; neighbours already drawn take no room). An entity with
// more neighbours off the chart than that first gets a warning with the counts; confirmed,
// only the most strongly linked are added. A full chart asks for nothing and says how to
// make room. Each expansion is one undo step.
import type { WorkbenchClient } from '../../../../shared/contract/host';
import { LINK_TYPE_LABELS, type LinkType } from '../../../../shared/domain/link-types';
import { reportError, reportInfo } from '../../state/notices';
import { neighbourInput } from '../budget';
import { expandWithUndo } from '../saved-chart-history';
import { noticeIfCapped } from '../expansion-notice';
import { noRoomNotice } from '../room';
import { askNeighbours, currentRoom } from '../room-state';
import { useOverlay } from './overlay-store';

/** Neighbours one expansion adds at most (the contract's cap, or `?expand=N`). */
export const expandCap = () => neighbourInput(1).limit;

const noRoom = (label: string) =>
  reportInfo(noRoomNotice(currentRoom(), `no neighbours of ${label} were added`));

/** Asks before expanding past the cap or the room; expands straight away otherwise. */
export async function requestExpand(
  client: WorkbenchClient,
  entityId: number,
  label: string,
  linkTypes?: LinkType[],
): Promise<void> {
  try {
    const ask = askNeighbours(entityId, expandCap(), { linkTypes });
    if (!ask) return noRoom(label);
    // Counted first with no room asked (only the neighbours already drawn come back), so a
    // very connected entity is warned about before anything is added.
    const count = await client.call('graph.neighbours', { ...ask.input, limit: 0 });
    if (count.omitted.entities > ask.input.limit) {
      useOverlay.getState().warn({
        entityId,
        label,
        neighbours: count.totalEntities - 1,
        onChart: count.nodes.length - 1,
        cap: ask.input.limit,
        byRoom: ask.byRoom,
        budget: ask.room.budget,
        linkTypes,
      });
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
  // The room is counted again: the chart may have changed while a warning was open.
  const ask = askNeighbours(entityId, expandCap(), { linkTypes });
  if (!ask) return noRoom(label);
  const data = await client.call('graph.neighbours', ask.input);
  const by = linkTypes ? ` by ${linkTypes.map((t) => LINK_TYPE_LABELS[t] ?? t).join(', ')}` : '';
  // One undo step that also puts every entity back where it stood before the expansion.
  expandWithUndo({ anchor: entityId, data }, `${label}${by}`);
  noticeIfCapped(data, ask);
}
