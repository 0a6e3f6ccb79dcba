import { useEffect, useRef, type ReactNode } from 'react';

type Props = { title: string; heading?: ReactNode; children: ReactNode };

/**
 * One page: sets the document title and moves focus to the h1 when the page changes, so a
 * screen-reader user hears where they are after every navigation.
 */
export function Page({ title, heading, children }: Props) {
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – LIS-stegen`;
  }, [title]);
  useEffect(() => {
    // After the first paint: focusing forces a layout, which should not delay showing the page.
    const frame = requestAnimationFrame(() => h1.current?.focus({ preventScroll: false }));
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <>
      <h1 ref={h1} tabIndex={-1}>
        {heading ?? title}
      </h1>
      {children}
    </>
  );
}
