import { renderToString } from 'preact-render-to-string';

/** Server-side render; Preact escapes every interpolated value. */
export const renderPage = (page: Parameters<typeof renderToString>[0]): string =>
  `<!doctype html>${renderToString(page)}`;
