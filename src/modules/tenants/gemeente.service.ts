import type { Db } from '../../platform/db/types.ts';
import { invalid } from '../../platform/errors.ts';
import * as repo from './gemeente.repository.ts';
import type { Gemeente, NewGemeente } from './gemeente.repository.ts';
import type { ThemeTokens } from './gemeente.schema.ts';

export type { Gemeente };

const TOKEN_NAME = /^[a-z][a-z0-9-]{1,80}$/;
// Values are plain CSS values: no braces, semicolons or escapes that could leave the declaration.
const TOKEN_CHARS = /^[#a-zA-Z0-9 .,%()"'-]{1,120}$/;
/** Balanced parentheses and quotes too: an open one would swallow the rest of the rule. */
function validTokenValue(v: string): boolean {
  if (!TOKEN_CHARS.test(v)) return false;
  let depth = 0;
  for (const c of v) {
    depth += c === '(' ? 1 : c === ')' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0 && (v.split('"').length - 1) % 2 === 0 && (v.split("'").length - 1) % 2 === 0;
}

export function validateGemeente(g: NewGemeente): void {
  const problems = [];
  if (!/^\d{4}$/.test(g.code))
    problems.push({ name: 'code', code: 'pattern', reason: 'Gemeentecode is four digits.' });
  if (!/^\d{20}$/.test(g.oin))
    problems.push({ name: 'oin', code: 'pattern', reason: 'OIN is twenty digits.' });
  if (!/^[a-z0-9-]+$/.test(g.slug))
    problems.push({ name: 'slug', code: 'pattern', reason: 'Lowercase letters, digits, dashes.' });
  for (const [name, value] of Object.entries(g.theme)) {
    if (!TOKEN_NAME.test(name) || !validTokenValue(value)) {
      problems.push({ name: `theme.${name}`, code: 'invalid', reason: 'Not a valid design token.' });
    }
  }
  if (problems.length > 0) throw invalid('Invalid municipality.', problems);
}

/** The municipality's theme as CSS, scoped to its class on <html>. */
export function themeCss(code: string, tokens: ThemeTokens): string {
  const decls = Object.entries(tokens)
    .filter(([n, v]) => TOKEN_NAME.test(n) && validTokenValue(v))
    .map(([n, v]) => `  --${n}: ${v};`)
    .join('\n');
  return `.loket-theme--${code} {\n${decls}\n}\n`;
}

export function tenantService(db: Db) {
  return {
    list: () => repo.findAll(db),
    byCode: (code: string) => repo.findByCode(db, code),
    bySlug: (slug: string) => repo.findBySlug(db, slug),
    byHostname: (hostname: string) => repo.findByHostname(db, hostname),
    async save(g: NewGemeente): Promise<void> {
      validateGemeente(g);
      await repo.upsert(db, g);
    },
  };
}

export type TenantService = ReturnType<typeof tenantService>;
