import { useState } from 'preact/hooks';
import type { RecognisedPage } from '../platform/recognise';
import { allRules } from '../core/rules/registry';
import { t } from './i18n';

/** The overlay panel: docked in the frame being edited, collapsible; later issues fill the body. */
export function Panel({ page }: { page: RecognisedPage }) {
  const [open, setOpen] = useState(true);
  return (
    <div class="dra-panel" data-page-kind={page.kind}>
      <header>
        <span>{t('panelTitle')}</span>
        <button type="button" onClick={() => setOpen(!open)}>
          {open ? t('panelCollapse') : t('panelExpand')}
        </button>
      </header>
      {open && (
        <div class="body">
          {page.kind} · {allRules.length} {t('popupRules')}
        </div>
      )}
    </div>
  );
}
