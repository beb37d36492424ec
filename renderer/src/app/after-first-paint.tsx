// Parts of the shell whose code loads after the first paint, each chunk evaluated in a task of
// its own: the training menu and walkthrough card (the walkthroughs are checked against their
// zod schema when loaded) and the presenter's controls and overlay. In the opening script they
// added tens of ms to its one long task; none is needed to read the case map.
import { lazy, Suspense, type ComponentType } from 'react';

function later(load: () => Promise<ComponentType>): ComponentType {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function Later() {
    return (
      <Suspense fallback={null}>
        <Lazy />
      </Suspense>
    );
  };
}

export const TrainingMenu = later(() => import('../training/TrainingMenu').then((m) => m.TrainingMenu));
export const WalkthroughCard = later(() =>
  import('../training/WalkthroughCard').then((m) => m.WalkthroughCard),
);
export const LookControls = later(() => import('../presenter/Presenter').then((m) => m.LookControls));
export const PresenterOverlay = later(() => import('../presenter/Presenter').then((m) => m.PresenterOverlay));
