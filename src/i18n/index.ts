// One i18next instance for the whole renderer. Resources are bundled (no network, strict CSP), so
// initialisation is synchronous and t() works before the first render and outside components.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  // React escapes output itself.
  interpolation: { escapeValue: false },
});

export const t = i18n.t.bind(i18n);
export default i18n;

export const formatNumber = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
