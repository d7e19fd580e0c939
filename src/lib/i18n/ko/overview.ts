// 한국어: the "overview" area. Terms as in src/lib/i18n/GLOSSARY.md.
import type en from '../en/overview';
import type { Translation } from '../types';

export default {} satisfies Translation<typeof en>;
