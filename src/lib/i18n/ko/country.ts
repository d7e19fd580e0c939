// 한국어: the "country" area. Terms as in src/lib/i18n/GLOSSARY.md.
import type en from '../en/country';
import type { Translation } from '../types';

export default {} satisfies Translation<typeof en>;
