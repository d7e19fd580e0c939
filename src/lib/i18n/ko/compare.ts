// 한국어: the "compare" area. Terms as in src/lib/i18n/GLOSSARY.md.
import type en from '../en/compare';
import type { Translation } from '../types';

export default {} satisfies Translation<typeof en>;
