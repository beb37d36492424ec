// Messages for the user: failed calls (with the contract's error code) and confirmations
// such as "Saved chart.png". Shown as toasts by <Notices/>.
import { create } from 'zustand';
import { describeError } from '../client/call-failed';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

interface NoticeState {
  notices: Notice[];
  push(kind: Notice['kind'], text: string): void;
  dismiss(id: number): void;
}

let nextId = 1;

export const useNotices = create<NoticeState>((set) => ({
  notices: [],
  push: (kind, text) =>
    set((s) => {
      // The same failure repeated (e.g. by retries) is shown once.
      if (s.notices.some((n) => n.text === text)) return s;
      return { notices: [...s.notices.slice(-4), { id: nextId++, kind, text }] };
    }),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

export const reportError = (err: unknown) => useNotices.getState().push('error', describeError(err));
export const reportInfo = (text: string) => useNotices.getState().push('info', text);
