// The entity type's chart icon, for lists and the inspector.
import type { EntityType } from '../../../shared/domain/entity-types';
import { ENTITY_TYPE_INFO } from '../../../shared/domain/entity-types';
import { iconDataUri } from '../chart/icons';
import { ENTITY_STYLE } from '../chart/style-tables';

export function EntityIcon({ type, size = 16 }: { type: EntityType; size?: number }) {
  const style = ENTITY_STYLE[type];
  return (
    <span
      className="entity-icon"
      style={{ width: size + 6, height: size + 6, background: style.tint }}
      title={ENTITY_TYPE_INFO[type].label}
    >
      <img
        src={iconDataUri(type, style.colour)}
        width={size}
        height={size}
        alt={ENTITY_TYPE_INFO[type].label}
      />
    </span>
  );
}
