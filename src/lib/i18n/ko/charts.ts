// 한국어: the "charts" area. Terms as in src/lib/i18n/GLOSSARY.md.
import type en from '../en/charts';
import type { Translation } from '../types';

export default {} satisfies Translation<typeof en>;
