// 한국어: the "filters" area. Terms as in src/lib/i18n/GLOSSARY.md.
import type en from '../en/filters';
import type { Translation } from '../types';

export default {} satisfies Translation<typeof en>;
