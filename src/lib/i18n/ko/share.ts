// 한국어: the "share" area. Terms as in src/lib/i18n/GLOSSARY.md.
import type en from '../en/share';
import type { Translation } from '../types';

export default {} satisfies Translation<typeof en>;
