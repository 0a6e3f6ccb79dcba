type Props = { value: number; max: number; label: string };

/** A progress bar with its numbers in text beside it, so it never relies on colour alone. */
export function ProgressBar({ value, max, label }: Props) {
  const percent = max === 0 ? 0 : Math.round((value / max) * 100);
  return (
    <div className="progress">
      <span
        className="progress__bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
      >
        <span className="progress__fill" style={{ width: `${percent}%` }} />
      </span>
      <span>
        {value} / {max}
      </span>
    </div>
  );
}
