// 한국어: the "map" area. Terms as in src/lib/i18n/GLOSSARY.md.
import type en from '../en/map';
import type { Translation } from '../types';

export default {} satisfies Translation<typeof en>;
