// 한국어: the "sql" area. Terms as in src/lib/i18n/GLOSSARY.md.
import type en from '../en/sql';
import type { Translation } from '../types';

export default {} satisfies Translation<typeof en>;
