// "Open in SQL" loads this file when a chart's actions show, not with the first view's JS.
import { dedentSql, inlineParams, type ParameterisedQuery } from './inlineParams';
import { sqlToUrl } from './sqlInUrl';
import type { SqlInUrl } from '../state/viewState';

/** A chart's query as the console shows it: a comment naming the chart, then its SQL with its values written in. */
export function chartSql(title: string, query: ParameterisedQuery): string {
  // A line break in the title would end the comment and leave the rest of it as SQL.
  const name = title.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\s]+/gu, ' ').trim();
  return [
    `-- ${name}`,
    '-- The rows this chart draws: its own query, the filters written in as values.',
    dedentSql(inlineParams(query)),
  ].join('\n');
}

/** The chart's query as a link carries it to the SQL view; null when a link cannot carry it. */
export async function chartSqlInUrl(
  title: string,
  query: ParameterisedQuery,
): Promise<SqlInUrl | null> {
  const written = await sqlToUrl(chartSql(title, query));
  return 'sql' in written ? written.sql : null;
}
