import { eq } from 'drizzle-orm';
import type { Db } from './db/types.ts';
import { platformSecrets } from './secrets.schema.ts';

/**
 * Returns the named secret, generating and storing it the first time. Concurrent first calls
 * from two processes both end up with the row that won the insert.
 */
export async function getOrCreateSecret<T>(db: Db, name: string, create: () => T | Promise<T>): Promise<T> {
  const [existing] = await db.select().from(platformSecrets).where(eq(platformSecrets.name, name));
  if (existing) return existing.value as T;
  const value = await create();
  await db.insert(platformSecrets).values({ name, value }).onConflictDoNothing();
  const [row] = await db.select().from(platformSecrets).where(eq(platformSecrets.name, name));
  return row!.value as T;
}
