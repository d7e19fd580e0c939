import type { APIResponse, Route } from '@playwright/test';

/**
 * Answers `route` as `response` did, with `body` instead of its own: without the encoding and length
 * of what the server sent (a precompressed .br copy), which no longer describe the body.
 */
export function fulfillWithBody(
  route: Route,
  response: APIResponse,
  body: string | Buffer,
): Promise<void> {
  const headers = { ...response.headers() };
  delete headers['content-encoding'];
  delete headers['content-length'];
  return route.fulfill({ response, headers, body });
}
