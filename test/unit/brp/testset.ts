import { readFileSync } from 'node:fs';
import { parseTestset, type Persoonslijst } from '../../../src/modules/registries/brp/lo-gba.ts';
import { decodePersoonslijst, type DecodedPersoon } from '../../../src/modules/registries/brp/persoon.ts';

/** The RvIG test set of person lists, kept beside the project in ../shared. */
export const TESTSET_URL = new URL(
  '../../../../shared/data/brp/testset-persoonslijsten-proefomgeving-gba-v-20220502.csv',
  import.meta.url,
);

let cache: Persoonslijst[] | undefined;

export function persoonslijsten(): Persoonslijst[] {
  cache ??= parseTestset(readFileSync(TESTSET_URL, 'utf8'));
  return cache;
}

export function lijstMetBsn(bsn: string): Persoonslijst {
  const pl = persoonslijsten().find((p) => p.rijen[0]?.['01.01.20'] === bsn);
  if (!pl) throw new Error(`Geen persoonslijst met burgerservicenummer ${bsn}`);
  return pl;
}

export function persoonMetBsn(bsn: string): DecodedPersoon {
  return decodePersoonslijst(lijstMetBsn(bsn));
}
