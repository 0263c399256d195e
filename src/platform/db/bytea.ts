import { customType } from 'drizzle-orm/pg-core';

/** Binary content; postgres.js gives a Buffer, PGlite a Uint8Array: both become a Uint8Array. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (v instanceof Uint8Array ? v : new Uint8Array(v)),
});
