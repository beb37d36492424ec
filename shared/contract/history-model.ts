// Undo and redo of data actions through the audit log (issue 12): one step of the history.
export interface HistoryStep {
  /** The audit entry of the action undone or redone. */
  auditId: number;
  /** What follows "Undo " or "Redo " in the menu: "merge of Ramón Quintero and R. A. Quintero-Salas". */
  label: string;
  /** True when the action is now undone. */
  undone: boolean;
}
