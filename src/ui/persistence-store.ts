import { create } from 'zustand';

/** Whether the browser promised to keep our data; `pending` until it has answered. UI state only. */
export type Persistence = 'pending' | 'persisted' | 'refused' | 'unsupported';

/** `noticeSeen`: the user has read the warning once; from then on it is a quiet line. */
export const usePersistence = create<{ state: Persistence; noticeSeen: boolean }>(() => ({
  state: 'pending',
  noticeSeen: false,
}));
