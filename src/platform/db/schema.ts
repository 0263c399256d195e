// Every table, for Drizzle's relational queries and drizzle-kit's migration generator.
export * from '../secrets.schema.ts';
export * from '../../modules/tenants/gemeente.schema.ts';
export * from '../../modules/identity/identity.schema.ts';
export * from '../../modules/registries/registries.schema.ts';
export * from '../audit/audit.schema.ts';
export * from '../../modules/registries/addresses.schema.ts';
export * from '../../modules/catalog/catalog.schema.ts';
export * from '../../modules/cases/cases.schema.ts';
export * from '../../modules/documents/documents.schema.ts';
export * from '../../modules/events/events.schema.ts';
export * from '../../modules/zgw/zgw.schema.ts';
export * from '../../modules/zgw/diensten.schema.ts';
export * from '../../modules/decisions/decisions.schema.ts';
export * from '../../modules/cases/zaken-api.schema.ts';
