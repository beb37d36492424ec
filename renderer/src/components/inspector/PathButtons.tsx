// "Path from here" / "Path to here": choose the ends of a path search from the inspector.
import type { EntityRef } from '../../../../shared/contract/analysis-model';
import { useAnalysis } from '../../state/analysis-store';
import { useUi } from '../../state/ui-store';

export function PathButtons({ entity }: { entity: EntityRef }) {
  const setFrom = useAnalysis((s) => s.setFrom);
  const setTo = useAnalysis((s) => s.setTo);
  const setLeftTab = useUi((s) => s.setLeftTab);
  const choose = (set: (e: EntityRef) => void) => () => {
    set({ id: entity.id, type: entity.type, label: entity.label });
    setLeftTab('analysis');
  };
  return (
    <div className="path-buttons">
      <button className="button small" onClick={choose(setFrom)} data-testid="path-from-here">
        Path from here
      </button>
      <button className="button small" onClick={choose(setTo)} data-testid="path-to-here">
        Path to here
      </button>
    </div>
  );
}
