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
    h1.current?.focus({ preventScroll: false });
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
