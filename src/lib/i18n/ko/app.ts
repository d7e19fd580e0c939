// 한국어: the "app" area. Terms as in src/lib/i18n/GLOSSARY.md.
import type en from '../en/app';
import type { Translation } from '../types';

export default {} satisfies Translation<typeof en>;
