// Analyst-entered facts and notes (issue 12 point 4). The work lives in db/cases.
import {
  addAnalystEntity,
  addAnalystLink,
  deleteAnalystLink,
  deleteAnalystRecord,
  editAnalystLink,
  editAnalystRecord,
} from '../../cases/analyst-facts';
import { addNote, deleteNote, editNote, searchNotes } from '../../cases/analyst-notes';
import type { HandlerGroup } from '../handler-types';

type FactCalls =
  | 'facts.addEntity'
  | 'facts.addLink'
  | 'facts.editRecord'
  | 'facts.editLink'
  | 'facts.deleteRecord'
  | 'facts.deleteLink'
  | 'notes.add'
  | 'notes.edit'
  | 'notes.delete'
  | 'notes.search';

export const factHandlers: HandlerGroup<FactCalls> = {
  'facts.addEntity': (input, ctx) => addAnalystEntity(ctx.db, input),
  'facts.addLink': (input, ctx) => addAnalystLink(ctx.db, input),
  'facts.editRecord': (input, ctx) => editAnalystRecord(ctx.db, input),
  'facts.editLink': (input, ctx) => editAnalystLink(ctx.db, input),
  'facts.deleteRecord': (input, ctx) => deleteAnalystRecord(ctx.db, input.recordId),
  'facts.deleteLink': (input, ctx) => deleteAnalystLink(ctx.db, input.linkId),
  'notes.add': (input, ctx) => addNote(ctx.db, input),
  'notes.edit': (input, ctx) => editNote(ctx.db, input),
  'notes.delete': (input, ctx) => deleteNote(ctx.db, input.noteId),
  'notes.search': (input, ctx) => searchNotes(ctx.db, input),
};
