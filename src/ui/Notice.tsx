import type { ReactNode } from 'react';

type Props = { tone?: 'info' | 'warn' | 'error' | 'ok'; children: ReactNode; role?: 'status' | 'alert' };

export function Notice({ tone = 'info', children, role }: Props) {
  return (
    <div className={`notice notice--${tone}`} role={role}>
      {children}
    </div>
  );
}
