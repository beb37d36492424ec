// The map (issue 11 point 7). The work lives in db/geo.
import { entityPlaces } from '../../geo/entity-places';
import { gunFlows } from '../../geo/gun-flows';
import { lookUp, placeEntity, unplaceEntity } from '../../geo/manual-places';
import type { HandlerGroup } from '../handler-types';

type MapCalls = 'map.places' | 'map.lookUp' | 'map.place' | 'map.unplace';

export const mapHandlers: HandlerGroup<MapCalls> = {
  'map.places': (input, ctx) => ({
    places: entityPlaces(ctx.db, input.entityIds),
    flows: gunFlows(ctx.db, input.entityIds),
  }),
  'map.lookUp': (input) => lookUp(input.query, input.limit),
  'map.place': (input, ctx) => placeEntity(ctx.db, input),
  'map.unplace': (input, ctx) => unplaceEntity(ctx.db, input.entityId),
};
