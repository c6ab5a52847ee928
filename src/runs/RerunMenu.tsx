// "Run again" in the toolbar: failed and not-found rows of one kind, on their own.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENRICH_KINDS, type EnrichKind, type SheetSummary } from '@shared/domain';
import { Button } from '../components/Button';
import { ChevronDownIcon, ResetIcon } from '../components/icons';
import { rerunRequest, useEnrichRequestStore } from './enrichRequest';

/** Closes the menu on a click outside it or on Escape. */
function useDismiss(open: boolean, close: () => void) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) close();
    };
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, close]);
  return ref;
}

export function RerunMenu({ sheet, running }: { sheet: SheetSummary; running: ReadonlySet<EnrichKind> }) {
  const { t } = useTranslation();
  const ask = useEnrichRequestStore((s) => s.ask);
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const ref = useDismiss(open, close);

  return (
    <div className="menu" ref={ref}>
      <Button icon={<ResetIcon size={14} />} aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('runs.rerun.button')}
        <ChevronDownIcon size={12} />
      </Button>
      {open && (
        <div className="menu__list" role="menu">
          {ENRICH_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              role="menuitem"
              className="menu__item"
              disabled={running.has(kind)}
              onClick={() => {
                close();
                ask(rerunRequest(sheet, kind));
              }}
            >
              {t('runs.rerun.item', { context: kind })}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
