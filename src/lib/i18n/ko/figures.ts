// 한국어: the "figures" area. Terms as in src/lib/i18n/GLOSSARY.md.
import type en from '../en/figures';
import type { Translation } from '../types';

export default {} satisfies Translation<typeof en>;
