// 한국어: the "sources" area. Terms as in src/lib/i18n/GLOSSARY.md.
import type en from '../en/sources';
import type { Translation } from '../types';

export default {} satisfies Translation<typeof en>;
