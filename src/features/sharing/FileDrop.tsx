import { useState } from 'react';
import { FILE_EXTENSION } from '../../domain/exchange';
import { useT } from '../../i18n';

/** A native file input (the keyboard way) inside a zone that also takes a dropped file. */
export function FileDrop({ onFile }: { onFile: (file: File) => void }) {
  const t = useT();
  const [over, setOver] = useState(false);
  return (
    <div
      className={`drop-zone${over ? ' drop-zone--over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) onFile(file);
      }}
      aria-label={t('open.dropZone')}
      role="group"
    >
      <label htmlFor="open-file" className="field__label">
        {t('open.choose')}
      </label>
      <input
        id="open-file"
        type="file"
        accept={`${FILE_EXTENSION},application/json,.json`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
      <p className="muted">{t('open.drop')}</p>
    </div>
  );
}
