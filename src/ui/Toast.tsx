import type { ReactNode } from 'react';

/** A short-lived message at the bottom of the screen, announced politely to screen readers. */
export function Toast({ children }: { children: ReactNode }) {
  return (
    <div className="toast" role="status">
      {children}
    </div>
  );
}
