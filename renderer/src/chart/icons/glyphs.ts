// One small glyph per entity type, drawn on a 24x24 grid with plain paths so it renders
// the same in Cytoscape's canvas, in the SVG export and in the legend. No network.
import type { EntityType } from '../../../../shared/domain/entity-types';

export const GLYPHS: Record<EntityType, string> = {
  // head and shoulders
  person: '<circle cx="12" cy="7.5" r="4"/><path d="M4 21c0-4.4 3.6-7.5 8-7.5s8 3.1 8 7.5z"/>',
  // office block with windows
  organisation:
    '<path d="M5 21V4.5L13 3v18zM14 21V9l5 1.5V21z"/><path fill="#fff" d="M7.5 7h3v2h-3zM7.5 11h3v2h-3zM7.5 15h3v2h-3z"/>',
  // storefront with awning
  dealer:
    '<path d="M3 9l2-5h14l2 5c0 1.4-1.1 2.5-2.5 2.5S16 10.4 16 9c0 1.4-1.8 2.5-4 2.5S8 10.4 8 9c0 1.4-1.1 2.5-2.5 2.5S3 10.4 3 9z"/><path d="M5 12.5h14V21H5z"/><path fill="#fff" d="M10 15h4v6h-4z"/>',
  // mobile handset
  phone:
    '<rect x="7" y="2.5" width="10" height="19" rx="2"/><path fill="#fff" d="M9 5h6v11H9zM11 18h2v1.5h-2z"/>',
  // map pin
  address:
    '<path d="M12 2a7 7 0 0 0-7 7c0 5.3 7 13 7 13s7-7.7 7-13a7 7 0 0 0-7-7z"/><circle fill="#fff" cx="12" cy="9" r="2.6"/>',
  // pistol silhouette
  firearm:
    '<path d="M2.5 7h17l1.5-1.5h1v5h-8.5l-1 2.2c-.3.6-.9.8-1.5.8H10l-1.6 6.5H4.2l1.9-7.6L2.5 11z"/><path fill="#fff" d="M10.6 11h2l-.6 1.2h-1.7z"/>',
  // car seen from the side
  vehicle:
    '<path d="M3 16v-3.5l2.2-5A2 2 0 0 1 7 6.3h10a2 2 0 0 1 1.8 1.2l2.2 5V16z"/><circle cx="7" cy="16.5" r="2.5"/><circle cx="17" cy="16.5" r="2.5"/><path fill="#fff" d="M7 8.2h4.2v3.5H5.7zM12.8 8.2H17l1.3 3.5h-5.5z"/>',
  // bank with columns
  account:
    '<path d="M12 2.5L2.5 7.5v2h19v-2zM3 19h18v2.5H3z"/><path d="M5 10.5h2.5V18H5zM10.75 10.5h2.5V18h-2.5zM16.5 10.5H19V18h-2.5z"/>',
  // receipt with lines
  purchase:
    '<path d="M5 2.5h14v19l-2.3-1.5-2.4 1.5-2.3-1.5-2.3 1.5-2.4-1.5L5 21.5z"/><path fill="#fff" d="M8 7h8v1.6H8zM8 10.5h8v1.6H8zM8 14h5v1.6H8z"/>',
  // parcel
  shipment:
    '<path d="M12 2.5l8.5 4.3v10.4L12 21.5l-8.5-4.3V6.8z"/><path fill="#fff" d="M12 11.2L5.2 7.7l1.5-.8L12 9.6l5.3-2.7 1.5.8zM11.3 12.4h1.4v7.6h-1.4z"/>',
  // barrier arm at a border post
  crossing:
    '<path d="M3 3.5h3v18H3z"/><path d="M6 8h15v4H6z"/><path fill="#fff" d="M9 8h3l-2 4H7zM15 8h3l-2 4h-3z"/>',
  // octagonal stop sign with a bar
  stop: '<path d="M8 2.5h8l5.5 5.5v8L16 21.5H8L2.5 16V8z"/><path fill="#fff" d="M6.5 10.8h11v2.4h-11z"/>',
  // badge shield with a check
  recovery:
    '<path d="M12 2l8 3v6.2c0 5-3.4 9.2-8 10.8-4.6-1.6-8-5.8-8-10.8V5z"/><path fill="#fff" d="M10.7 15.6l-3.4-3.4 1.4-1.4 2 2 4.6-4.6 1.4 1.4z"/>',
};
