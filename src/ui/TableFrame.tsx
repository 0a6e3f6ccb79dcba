import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A data table that may be wider than a phone: it scrolls sideways inside this frame, never the
 * page (WCAG 1.4.10). Only while it does scroll is the frame a named region that takes keyboard
 * focus, so it can be scrolled by arrow keys (WCAG 2.1.1) without adding a useless tab stop on a
 * wide screen.
 */
export function TableFrame({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const frame = ref.current;
    if (!frame || typeof ResizeObserver === 'undefined') return;
    const check = () => setScrolls(frame.scrollWidth > frame.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(frame);
    if (frame.firstElementChild) observer.observe(frame.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="table-frame"
      {...(scrolls ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}
