/** Small helpers shared by the category decoders. */

/** Drops the keys whose value is undefined, so the JSON carries only what is known. */
export function compact<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

/** The object, or undefined when it has no keys: the API leaves out empty groups. */
export function nietLeeg<T extends object>(obj: T): T | undefined {
  return Object.keys(obj).length > 0 ? obj : undefined;
}

/** The value unless it is the LO GBA standard value meaning 'unknown' ('.', '0000', …). */
export function zonderStandaard(waarde: string | undefined, ...standaard: string[]): string | undefined {
  return waarde === undefined || standaard.includes(waarde) ? undefined : waarde;
}

/**
 * A category occurrence exists when it holds more than administrative data: an occurrence
 * with only groups 81-89 (documents, onderzoek, geldigheid, opneming) was emptied, e.g. after
 * a recognition was annulled.
 */
export function heeftInhoud(r: Readonly<Record<string, string>>): boolean {
  return Object.keys(r).some((sleutel) => !/^8\d\./.test(sleutel));
}
