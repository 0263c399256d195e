import { SignJWT } from 'jose';
import type { Services } from '../services.ts';
import { seedDemo } from '../demo/seed.ts';
import { runMigrations } from '../platform/db/open.ts';
import { zgwRoots } from '../modules/zgw/zgw-http.ts';

/**
 * The administrative commands. The same functions run inside the CLI's own process (on
 * PostgreSQL, or on an embedded database nobody holds) and inside the running Loket, reached
 * through its admin socket, when that process holds the embedded database.
 */
export type CommandArgs = Record<string, string | boolean | undefined>;

export const COMMANDS = {
  migrate: async (s: Services) => {
    await runMigrations(s.database, s.config.databaseUrl);
    return { migrated: true };
  },
  'seed-demo': async (s: Services, args: CommandArgs) => {
    if (!s.config.demoData) throw new Error('Demo data is switched off (LOKET_DEMO_DATA=off or production).');
    return seedDemo(s, { brpTestset: typeof args.brp === 'string' ? args.brp : s.config.brpTestset });
  },
  'import-brp': async (s: Services, args: CommandArgs) => {
    if (typeof args.path !== 'string') throw new Error('--path is required');
    await s.processingLog.ensureRegister();
    return s.persons.importTestset(args.path);
  },
  'api-token': async (s: Services, args: CommandArgs) => {
    if (typeof args.clientId !== 'string') throw new Error('--client-id is required');
    const c = await s.identity.apiClient(args.clientId);
    if (!c) throw new Error(`Unknown client ${args.clientId}`);
    const token = await new SignJWT({
      client_id: c.clientId,
      user_id: typeof args.userId === 'string' ? args.userId : 'cli',
      user_representation: 'loket cli',
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(c.clientId)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(c.secret));
    return { token };
  },
  'zgw-client-add': async (s: Services, args: CommandArgs) => {
    const { gemeente, clientId, secret } = args;
    if (typeof gemeente !== 'string' || !(await s.tenants.byCode(gemeente)))
      throw new Error(`Unknown municipality ${String(gemeente)}`);
    if (typeof clientId !== 'string' || !/^[\w.-]{3,100}$/.test(clientId))
      throw new Error('--client-id: 3 to 100 letters, digits, dots, dashes');
    if (typeof secret !== 'string' || secret.length < 16) throw new Error('--secret: at least 16 characters');
    await s.zgw.addClient({ gemeenteCode: gemeente, clientId, secret, alles: args.all === true });
    return { clientId, gemeente, heeftAlleAutorisaties: args.all === true };
  },
  'zgw-dienst-add': async (s: Services, args: CommandArgs) => {
    const { gemeente, apiRoot, clientId, secret } = args;
    if (typeof gemeente !== 'string' || !(await s.tenants.byCode(gemeente)))
      throw new Error(`Unknown municipality ${String(gemeente)}`);
    if (typeof apiRoot !== 'string' || typeof clientId !== 'string' || typeof secret !== 'string')
      throw new Error('--api-root, --client-id and --secret are required');
    return s.diensten.save({ gemeenteCode: gemeente, apiRoot, clientId, secret });
  },
  'zgw-dienst-list': async (s: Services, args: CommandArgs) => {
    const gemeente = typeof args.gemeente === 'string' ? args.gemeente : undefined;
    if (gemeente !== undefined && !(await s.tenants.byCode(gemeente)))
      throw new Error(`Unknown municipality ${gemeente}`);
    return (await s.diensten.list(gemeente)).map((d) => ({
      gemeente: d.gemeenteCode,
      apiRoot: d.apiRoot,
      clientId: d.clientId,
      sinds: d.createdAt.toISOString(),
    }));
  },
  'zgw-dienst-remove': async (s: Services, args: CommandArgs) => {
    const { gemeente, apiRoot } = args;
    if (typeof gemeente !== 'string' || typeof apiRoot !== 'string')
      throw new Error('--gemeente and --api-root are required');
    if (!(await s.diensten.remove(gemeente, apiRoot)))
      throw new Error(`No service at ${apiRoot} for municipality ${gemeente}`);
    return { gemeente, apiRoot, removed: true };
  },
  'zgw-urls': async (s: Services, args: CommandArgs) => {
    if (typeof args.gemeente !== 'string' || !(await s.tenants.byCode(args.gemeente))) {
      throw new Error(`Unknown municipality ${String(args.gemeente)}`);
    }
    return {
      gemeente: args.gemeente,
      ...zgwRoots(s.config.baseUrl),
      referentielijsten: s.config.selectielijstUrl,
    };
  },
  gemeenten: async (s: Services) =>
    (await s.tenants.list()).map(({ code, naam, oin, slug }) => ({ code, naam, oin, slug })),
} satisfies Record<string, (s: Services, args: CommandArgs) => Promise<unknown>>;

export type CommandName = keyof typeof COMMANDS;
export const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);
