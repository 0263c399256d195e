// Every table, for Drizzle's relational queries and drizzle-kit's migration generator.
export * from '../secrets.schema.ts';
export * from '../../modules/tenants/gemeente.schema.ts';
export * from '../../modules/identity/identity.schema.ts';
export * from '../../modules/registries/registries.schema.ts';
