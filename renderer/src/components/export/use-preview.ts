// The export dialog's live preview: a thumbnail of exactly the picture that will be saved,
// drawn in the export worker a moment after the choices settle (typing a title stays smooth).
import { useEffect, useState } from 'react';
import type { Picture } from '../../chart/export/canvas';
import { pictureImage } from '../../chart/export/raster';

const BOX = { w: 320, h: 250 };
const SETTLE_MS = 200;

export function usePreview(picture: Picture | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!picture) return;
    const abort = new AbortController();
    let made: string | null = null;
    const timer = setTimeout(() => {
      const scale = Math.min(BOX.w / picture.layout.width, BOX.h / picture.layout.height, 1);
      pictureImage(picture, scale, 'image/png', abort.signal).then(
        (blob) => {
          made = URL.createObjectURL(blob);
          setUrl(made);
        },
        () => {},
      );
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
      // The next preview replaces this one; keep it on screen until then, free it after.
      if (made) setTimeout(() => URL.revokeObjectURL(made!), 5_000);
    };
  }, [picture]);
  return url;
}
