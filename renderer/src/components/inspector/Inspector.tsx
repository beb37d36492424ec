// The right panel: the selected entity or link with all its evidence, or a hint.
import { useUi } from '../../state/ui-store';
import { EntityInspector } from './EntityInspector';
import { LinkInspector } from './LinkInspector';
import { SelectionInspector } from './SelectionInspector';

export function Inspector() {
  const selection = useUi((s) => s.selection);
  return (
    <aside className="panel inspector" data-testid="inspector">
      {!selection && (
        <div className="inspector-empty">
          <div className="inspector-empty-title">Nothing selected</div>
          <p>Click an entity or a link on the chart to read the source records behind it.</p>
          <p>Double-click an entity to bring in its neighbours from the rest of the workspace.</p>
          <p>Entities ringed in orange hold records from more than one case.</p>
          <p>Shift-click or shift-drag a box to select several entities.</p>
        </div>
      )}
      {selection?.kind === 'node' && <EntityInspector entityId={selection.id} />}
      {selection?.kind === 'link' && <LinkInspector linkId={selection.id} />}
      {selection?.kind === 'nodes' && <SelectionInspector ids={selection.ids} />}
    </aside>
  );
}
