import { useState } from 'react';
import type { PlanItem, PlanStatus } from '../../domain/plan/types';

/**
 * The status just chosen shows until the stored item has it; otherwise the select would jump back
 * to the old value while the write runs, and a second arrow key pressed then would start from it.
 * A failed write shows the stored status again.
 */
export function useChosenStatus(
  item: PlanItem,
  onStatus: (item: PlanItem, status: PlanStatus) => Promise<boolean>,
): [PlanStatus, (status: PlanStatus) => void] {
  const [chosen, setChosen] = useState<PlanStatus | null>(null);
  if (chosen !== null && item.status === chosen) setChosen(null);
  const choose = (next: PlanStatus) => {
    setChosen(next);
    void onStatus(item, next).then((saved) => saved || setChosen(null));
  };
  return [chosen ?? item.status, choose];
}
