// Files the analyst saved (exports, reports), as the walkthrough's "export the briefing"
// step sees them. Every save goes through the client, so wrapping it once catches them all.
import { create } from 'zustand';
import type { WorkbenchClient } from '../../../shared/contract/host';

interface SavedFile {
  name: string;
  at: number;
}

export const useSavedFiles = create<{ saved: SavedFile[] }>(() => ({ saved: [] }));

export function recordingSaves(client: WorkbenchClient): WorkbenchClient {
  return {
    host: client.host,
    call: client.call.bind(client),
    on: client.on.bind(client),
    saveFile: async (request) => {
      const result = await client.saveFile(request);
      if (result.saved) {
        const saved = { name: request.suggestedName, at: Date.now() };
        useSavedFiles.setState((s) => ({ saved: [...s.saved.slice(-49), saved] }));
      }
      return result;
    },
  };
}
