// Draws a pulsing outline around the control a walkthrough step asks for. It follows the
// control as panels open and close, and shows nothing while the control is not on screen.
import { useEffect, useState } from 'react';

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const PAD = 4;

export function Spotlight({ target }: { target: string | undefined }) {
  const [box, setBox] = useState<Box | null>(null);
  useEffect(() => {
    if (!target) return;
    const place = () => {
      const el = document.querySelector(`[data-testid="${target}"]`);
      const r = el?.getBoundingClientRect();
      setBox((old) => {
        if (!r || r.width === 0) return null;
        const next = {
          top: r.top - PAD,
          left: r.left - PAD,
          width: r.width + 2 * PAD,
          height: r.height + 2 * PAD,
        };
        return old && sameBox(old, next) ? old : next;
      });
    };
    const first = requestAnimationFrame(place);
    const timer = window.setInterval(place, 400);
    return () => {
      cancelAnimationFrame(first);
      window.clearInterval(timer);
    };
  }, [target]);
  if (!target || !box) return null;
  return (
    <div className="spotlight" data-testid="spotlight" data-target={target} style={box} aria-hidden="true" />
  );
}

const sameBox = (a: Box, b: Box) =>
  a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height;
