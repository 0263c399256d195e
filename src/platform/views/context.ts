import type { Lang, Translate } from '../i18n/i18n.ts';

/** What every page needs to know about the request it renders for. */
export interface PageContext {
  lang: Lang;
  t: Translate;
  /** Path and query of the current page, to come back to after switching language. */
  path: string;
  tenant: { code: string; naam: string } | null;
  user: { displayName: string; home: string } | null;
  csrfToken: string;
}
