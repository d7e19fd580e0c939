import { formatCount } from '../numbers';
import { sqlText } from '../i18n/en/sql';
import type { LinkNotice } from './sqlInUrl';

const kb = (bytes: number) => `${formatCount(bytes / 1024)} KB`;

/** A link notice (sqlInUrl.ts) in the interface's language: call it in markup or $derived. */
export function linkNoticeText(notice: LinkNotice): string {
  const t = sqlText();
  switch (notice.kind) {
    case 'linkTooLong':
      return t.linkTooLong(kb(notice.bytes));
    case 'linkTooLongCompressed':
      return t.linkTooLongCompressed(notice.length, notice.room);
    case 'sqlzTooLong':
      return t.sqlzTooLong(kb(notice.bytes));
    default:
      return t[notice.kind];
  }
}
