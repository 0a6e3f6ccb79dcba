import { create } from 'zustand';

/** Whether the browser promised to keep our data; `pending` until it has answered. UI state only. */
export type Persistence = 'pending' | 'persisted' | 'refused' | 'unsupported';

export const usePersistence = create<{ state: Persistence }>(() => ({ state: 'pending' }));
