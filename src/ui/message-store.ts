import { create } from 'zustand';

type Message = { id: number; text: string; tone: 'error' | 'ok' | 'info'; onDismiss?: () => void };
type MessageState = {
  messages: Message[];
  /** `onDismiss` runs when the user closes the message (not when it is replaced). */
  show: (text: string, tone?: Message['tone'], onDismiss?: () => void) => void;
  dismiss: (id: number) => void;
};

let next = 1;

/** App-wide messages (a save that failed, a storage warning). UI state only. */
export const useMessages = create<MessageState>((set) => ({
  messages: [],
  show: (text, tone = 'error', onDismiss) =>
    set((s) => ({
      messages: [...s.messages.filter((m) => m.text !== text), { id: next++, text, tone, onDismiss }],
    })),
  dismiss: (id) =>
    set((s) => {
      s.messages.find((m) => m.id === id)?.onDismiss?.();
      return { messages: s.messages.filter((m) => m.id !== id) };
    }),
}));
