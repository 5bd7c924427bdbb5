/** The i18n-iso-countries / Intl.DisplayNames locale of Chinese country names. */
export const COUNTRY_LOCALE = 'zh';
