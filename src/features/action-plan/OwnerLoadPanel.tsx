import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { Notice } from '../../ui/Notice';
import { isOver, overloaded, ownerLoad } from '../../domain/plan/load';
import type { PlanSettings } from '../../domain/plan/settings';
import type { PlanItem } from '../../domain/plan/types';
import { quarterName, type QuarterIndex } from '../../domain/plan/calendar';

type Props = {
  items: readonly PlanItem[];
  settings: PlanSettings;
  planStart: string;
  today: string;
  roleName: (role: string) => string;
};

/** Quarters shown before "show all": two years ahead is what a plan is worked from. */
const FIRST_QUARTERS = 8;
/** Over-capacity places named in the warning; the rest are counted. */
const NAMED = 5;

const fmt = (n: number) => String(Math.round(n * 10) / 10).replace('.', ',');

/**
 * Each owner's points per quarter beside their capacity, with a warning above the table whenever
 * someone is over it: after the user moved, dated or reassigned items, or lowered a capacity.
 */
export function OwnerLoadPanel({ items, settings, planStart, today, roleName }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [allQuarters, setAllQuarters] = useState(false);
  const load = useMemo(
    () => ownerLoad(items, settings, planStart, today),
    [items, settings, planStart, today],
  );
  const over = overloaded(load);
  const quarterLabel = (q: QuarterIndex) => t('plan.quarter.named', quarterName(q));
  const quarters = allQuarters ? load.quarters : load.quarters.slice(0, FIRST_QUARTERS);
  if (load.rows.length === 0) return null;
  const toggle = (
    <button
      type="button"
      className={over.length > 0 ? 'button button--secondary' : 'button button--link'}
      aria-expanded={open}
      aria-controls="plan-load-table"
      onClick={() => setOpen(!open)}
    >
      {t(open ? 'plan.load.hide' : 'plan.load.show')}
    </button>
  );
  return (
    <section className="plan-load no-print" aria-labelledby="plan-load-title">
      <h2 id="plan-load-title">{t('plan.load.title')}</h2>
      {over.length > 0 ? (
        <>
          <Notice tone="warn">
            <p>
              {t(over.length === 1 ? 'plan.load.warning.one' : 'plan.load.warning.other', {
                count: over.length,
              })}
            </p>
            <ul>
              {over.slice(0, NAMED).map(({ role, cell }) => (
                <li key={`${role}-${cell.quarter}`}>
                  {t('plan.load.warningItem', {
                    owner: roleName(role),
                    quarter: quarterLabel(cell.quarter),
                    points: fmt(cell.points),
                    capacity: fmt(cell.capacity),
                  })}
                </li>
              ))}
            </ul>
            {over.length > NAMED && <p>{t('plan.load.warningMore', { count: over.length - NAMED })}</p>}
            <p>{t('plan.load.warningHint')}</p>
          </Notice>
          {toggle}
        </>
      ) : (
        // Nobody over capacity: one line, so that the plan's list comes sooner.
        <p>
          <span>{t('plan.load.ok')}</span> {toggle}
        </p>
      )}
      <div id="plan-load-table" hidden={!open}>
        {open && (
          <>
            <p className="muted">{t('plan.load.intro')}</p>
            <div className="plan-table-frame" role="region" aria-label={t('plan.load.frame')} tabIndex={0}>
              <table className="plan-load__table">
                <caption>{t('plan.load.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('plan.load.owner')}</th>
                    {quarters.map((q) => (
                      <th scope="col" key={q}>
                        {quarterLabel(q)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {load.rows.map((row) => (
                    <tr key={row.role}>
                      <th scope="row">{roleName(row.role)}</th>
                      {row.cells.slice(0, quarters.length).map((cell) =>
                        cell.points === 0 ? (
                          <td key={cell.quarter} className="muted">
                            –
                          </td>
                        ) : (
                          <td key={cell.quarter} className={isOver(cell) ? 'plan-load--over' : undefined}>
                            {t('plan.load.cell', { points: fmt(cell.points), capacity: fmt(cell.capacity) })}
                            {isOver(cell) && (
                              <>
                                {' '}
                                <span className="tag tag--danger">
                                  <span aria-hidden="true">⚠ </span>
                                  {t('plan.load.over')}
                                </span>
                              </>
                            )}
                          </td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {load.quarters.length > FIRST_QUARTERS && (
              <button
                type="button"
                className="button button--link"
                onClick={() => setAllQuarters(!allQuarters)}
              >
                {allQuarters
                  ? t('plan.load.fewerQuarters', { count: FIRST_QUARTERS })
                  : t('plan.load.allQuarters', { count: load.quarters.length })}
              </button>
            )}
          </>
        )}
      </div>
    </section>
  );
}
