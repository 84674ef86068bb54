import { i18n } from '#i18n';

/** Placeholder shell, replaced by the guide reader. */
export function PanelApp() {
  return <main><h1>{i18n.t('extName')}</h1></main>;
}
