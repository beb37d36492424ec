// The map's top-bar controls: export the map as PNG or SVG through the host's save.
import { useState } from 'react';
import { useClient } from '../client/client-context';
import { reportError, reportInfo } from '../state/notices';
import { mapPng, mapSvg } from './map-export';
import { useMapHandle } from './map-handle';

export function MapToolbar() {
  const controller = useMapHandle((s) => s.controller);
  const client = useClient();
  const [saving, setSaving] = useState(false);
  const save = async (format: 'png' | 'svg') => {
    if (!controller) return;
    setSaving(true);
    try {
      const name = `thorline-map-${new Date().toISOString().slice(0, 10)}`;
      const result =
        format === 'png'
          ? await client.saveFile({
              suggestedName: `${name}@2x.png`,
              mime: 'image/png',
              data: await mapPng(controller.cy, 2),
              encoding: 'base64',
            })
          : await client.saveFile({
              suggestedName: `${name}.svg`,
              mime: 'image/svg+xml',
              data: mapSvg(controller.cy),
              encoding: 'utf8',
            });
      if (result.saved) reportInfo(`Map saved as ${result.path}`);
    } catch (err) {
      reportError(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className="toolbar-group">
      <button
        className="button"
        onClick={() => void save('png')}
        disabled={!controller || saving}
        data-testid="map-export-png"
      >
        Export PNG
      </button>
      <button
        className="button"
        onClick={() => void save('svg')}
        disabled={!controller || saving}
        data-testid="map-export-svg"
      >
        Export SVG
      </button>
    </div>
  );
}
