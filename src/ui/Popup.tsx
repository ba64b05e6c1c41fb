import { allRules } from '../core/rules/registry';
import { t } from './i18n';

export function Popup() {
  return (
    <main style={{ font: '13px sans-serif', padding: '10px', width: '260px' }}>
      <h1 style={{ fontSize: '15px', margin: '0 0 6px' }}>{t('extName')}</h1>
      <p style={{ margin: 0 }}>
        {t('popupProfile')}: baseline · {allRules.length} {t('popupRules')}
      </p>
      <p style={{ margin: '6px 0 0' }}><a href="/registry.html" target="_blank" class="registry-link">两库：导入与浏览 / Registries</a></p>
    </main>
  );
}
