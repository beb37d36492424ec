// Chart toolbar toggle: draw pending match candidates as dashed "possible same" links.
import { useReview } from './review-store';

export function PossibleLinksToggle() {
  const show = useReview((s) => s.showPossible);
  return (
    <label className="field-inline toggle-inline" title="Draw pending match candidates as dashed links">
      <input
        type="checkbox"
        checked={show}
        onChange={(e) => useReview.getState().set({ showPossible: e.target.checked })}
        data-testid="toggle-possible"
      />
      <span>Possible same</span>
    </label>
  );
}
