// 한국어: the "about" area. Terms as in src/lib/i18n/GLOSSARY.md.
import type en from '../en/about';
import type { Translation } from '../types';

export default {} satisfies Translation<typeof en>;
