import { create } from 'zustand';

type Message = { id: number; text: string; tone: 'error' | 'ok' | 'info' };
type MessageState = {
  messages: Message[];
  show: (text: string, tone?: Message['tone']) => void;
  dismiss: (id: number) => void;
};

let next = 1;

/** App-wide messages (a save that failed, a storage warning). UI state only. */
export const useMessages = create<MessageState>((set) => ({
  messages: [],
  show: (text, tone = 'error') =>
    set((s) => ({ messages: [...s.messages.filter((m) => m.text !== text), { id: next++, text, tone }] })),
  dismiss: (id) => set((s) => ({ messages: s.messages.filter((m) => m.id !== id) })),
}));
