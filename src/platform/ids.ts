const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids in paths, forms and URLs are UUIDs; anything else is a missing record, never a database error. */
export const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);
