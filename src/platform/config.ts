import path from 'node:path';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/** The only place that reads process.env: parsed once, validated, frozen. */
const EnvSchema = Type.Object({
  NODE_ENV: Type.Optional(
    Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')]),
  ),
  PORT: Type.Optional(Type.String({ pattern: '^[0-9]{1,5}$' })),
  HOST: Type.Optional(Type.String({ minLength: 1 })),
  LOKET_BASE_URL: Type.Optional(Type.String({ pattern: '^https?://[^/]+$' })),
  LOKET_DATA_DIR: Type.Optional(Type.String({ minLength: 1 })),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  LOKET_DEV_IDP: Type.Optional(Type.Union([Type.Literal('on'), Type.Literal('off')])),
  LOKET_DEMO_DATA: Type.Optional(Type.Union([Type.Literal('on'), Type.Literal('off')])),
  LOKET_BRP_TESTSET: Type.Optional(Type.String({ minLength: 1 })),
  LOKET_SESSION_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  LOKET_TRUST_PROXY: Type.Optional(Type.String({ pattern: '^[0-9]{1,2}$' })),
  LOKET_LOG_LEVEL: Type.Optional(
    Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l))),
  ),
  LOKET_BRP_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  LOKET_BRP_API_KEY: Type.Optional(Type.String({ minLength: 1 })),
  LOKET_BAG_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  LOKET_BAG_API_KEY: Type.Optional(Type.String({ minLength: 1 })),
  LOKET_SELECTIELIJST_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  LOKET_EVENTS_INTERVAL_MS: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{2,6}$' })),
  LOKET_DIGID_ISSUER: Type.Optional(Type.String({ pattern: '^https?://' })),
  LOKET_DIGID_CLIENT_ID: Type.Optional(Type.String({ minLength: 1 })),
  LOKET_DIGID_CLIENT_SECRET: Type.Optional(Type.String({ minLength: 1 })),
  LOKET_DIGID_BSN_CLAIM: Type.Optional(Type.String({ minLength: 1 })),
  LOKET_EHERKENNING_ISSUER: Type.Optional(Type.String({ pattern: '^https?://' })),
  LOKET_EHERKENNING_CLIENT_ID: Type.Optional(Type.String({ minLength: 1 })),
  LOKET_EHERKENNING_CLIENT_SECRET: Type.Optional(Type.String({ minLength: 1 })),
  LOKET_EHERKENNING_KVK_CLAIM: Type.Optional(Type.String({ minLength: 1 })),
  LOKET_EHERKENNING_ACTING_CLAIM: Type.Optional(Type.String({ minLength: 1 })),
  LOKET_MEDEWERKER_ISSUER: Type.Optional(Type.String({ pattern: '^https?://' })),
  LOKET_MEDEWERKER_CLIENT_ID: Type.Optional(Type.String({ minLength: 1 })),
  LOKET_MEDEWERKER_CLIENT_SECRET: Type.Optional(Type.String({ minLength: 1 })),
});
type Env = Static<typeof EnvSchema>;

export type Mode = 'development' | 'production' | 'test';

export interface OidcLoginConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export interface Config {
  mode: Mode;
  port: number;
  host: string;
  baseUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  devIdp: boolean;
  demoData: boolean;
  brpTestset: string;
  sessionSecret: string | undefined;
  logLevel: string;
  /** Number of reverse proxies in front of Loket whose X-Forwarded-* headers are trusted. */
  trustProxyHops: number;
  brp: { url: string | undefined; apiKey: string | undefined };
  bag: { url: string | undefined; apiKey: string | undefined };
  /** How often the outbox worker looks for work. */
  eventsIntervalMs: number;
  /** Root of the Referentielijsten/Selectielijst API: Loket's own unless configured. */
  selectielijstUrl: string;
  digid: OidcLoginConfig & { bsnClaim: string };
  eherkenning: OidcLoginConfig & { kvkClaim: string; actingClaim: string };
  medewerker: OidcLoginConfig;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const onOff = (v: 'on' | 'off' | undefined, dflt: boolean) => (v === undefined ? dflt : v === 'on');

/** Parses the environment; throws a ConfigError listing every bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Readonly<Config> {
  const known = Object.fromEntries(
    Object.keys(EnvSchema.properties)
      .filter((k) => env[k] !== undefined && env[k] !== '')
      .map((k) => [k, env[k]]),
  );
  const errors = [...Value.Errors(EnvSchema, known)].map(
    (e) => `  ${e.path.slice(1)}=${JSON.stringify(e.value)}: ${e.message}`,
  );
  if (errors.length > 0) throw new ConfigError(`Invalid configuration:\n${errors.join('\n')}`);
  const e = known as Env;
  const mode: Mode = e.NODE_ENV ?? 'development';
  const port = Number(e.PORT ?? '3000');
  if (port > 65535) throw new ConfigError(`Invalid configuration:\n  PORT=${port}: must be at most 65535`);
  const baseUrl = e.LOKET_BASE_URL ?? `http://localhost:${port}`;
  const production = mode === 'production';
  const devIdp = onOff(e.LOKET_DEV_IDP, !production);
  const demoData = onOff(e.LOKET_DEMO_DATA, !production);
  const problems: string[] = [];
  if (production && devIdp)
    problems.push('  LOKET_DEV_IDP=on: the development identity provider is refused in production');
  if (production && demoData) problems.push('  LOKET_DEMO_DATA=on: demo data is refused in production');
  if (production && !e.LOKET_SESSION_SECRET) problems.push('  LOKET_SESSION_SECRET: required in production');
  if (production && !baseUrl.startsWith('https://'))
    problems.push('  LOKET_BASE_URL: must be https in production');
  const devIssuer = `${baseUrl}/dev-idp`;
  const login = (prefix: 'DIGID' | 'EHERKENNING' | 'MEDEWERKER', devClient: string): OidcLoginConfig => {
    const issuer = e[`LOKET_${prefix}_ISSUER`];
    const clientId = e[`LOKET_${prefix}_CLIENT_ID`];
    const clientSecret = e[`LOKET_${prefix}_CLIENT_SECRET`];
    if (issuer === undefined && !devIdp)
      problems.push(`  LOKET_${prefix}_ISSUER: required when LOKET_DEV_IDP is off`);
    if (issuer !== undefined && (clientId === undefined || clientSecret === undefined)) {
      problems.push(`  LOKET_${prefix}_CLIENT_ID and _CLIENT_SECRET: required with LOKET_${prefix}_ISSUER`);
    }
    return {
      issuer: issuer ?? devIssuer,
      clientId: clientId ?? devClient,
      clientSecret: clientSecret ?? `${devClient}-dev-secret`,
    };
  };
  const config: Config = {
    mode,
    port,
    host: e.HOST ?? '0.0.0.0',
    baseUrl,
    dataDir: path.resolve(cwd, e.LOKET_DATA_DIR ?? './data'),
    databaseUrl: e.DATABASE_URL,
    devIdp,
    demoData,
    brpTestset: path.resolve(
      cwd,
      e.LOKET_BRP_TESTSET ?? '../shared/data/brp/testset-persoonslijsten-proefomgeving-gba-v-20220502.csv',
    ),
    sessionSecret: e.LOKET_SESSION_SECRET,
    logLevel: e.LOKET_LOG_LEVEL ?? (mode === 'test' ? 'silent' : 'info'),
    trustProxyHops: Number(e.LOKET_TRUST_PROXY ?? '0'),
    brp: { url: e.LOKET_BRP_URL, apiKey: e.LOKET_BRP_API_KEY },
    bag: { url: e.LOKET_BAG_URL, apiKey: e.LOKET_BAG_API_KEY },
    eventsIntervalMs: Number(e.LOKET_EVENTS_INTERVAL_MS ?? '2000'),
    selectielijstUrl: (e.LOKET_SELECTIELIJST_URL ?? `${baseUrl}/referentielijsten/api/v1`).replace(/\/$/, ''),
    digid: { ...login('DIGID', 'loket-digid'), bsnClaim: e.LOKET_DIGID_BSN_CLAIM ?? 'bsn' },
    eherkenning: {
      ...login('EHERKENNING', 'loket-eherkenning'),
      kvkClaim: e.LOKET_EHERKENNING_KVK_CLAIM ?? 'legalSubjectID',
      actingClaim: e.LOKET_EHERKENNING_ACTING_CLAIM ?? 'actingSubjectID',
    },
    medewerker: login('MEDEWERKER', 'loket-medewerker'),
  };
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  return Object.freeze(config);
}
