import { Type, type Static } from '@sinclair/typebox';
import { VERTROUWELIJKHEID } from '../catalog/catalog.schema.ts';
import { DateString, Enum, Nullable, Url } from './zgw-input.ts';

export const STATUSSEN = ['in_bewerking', 'ter_vaststelling', 'definitief', 'gearchiveerd'] as const;
const ALGORITMEN = [
  'crc_16',
  'crc_32',
  'crc_64',
  'fletcher_4',
  'fletcher_8',
  'fletcher_16',
  'fletcher_32',
  'hmac',
  'md5',
  'sha_1',
  'sha_256',
  'sha_512',
  'sha_3',
] as const;

const fields = {
  identificatie: Type.Optional(Type.String({ maxLength: 40 })),
  bronorganisatie: Type.String({ minLength: 1, maxLength: 9 }),
  creatiedatum: DateString(),
  titel: Type.String({ minLength: 1, maxLength: 200 }),
  vertrouwelijkheidaanduiding: Type.Optional(Enum([...VERTROUWELIJKHEID, ''])),
  isGereedVoorPublicatie: Type.Optional(Nullable(Type.Boolean())),
  tonenAanInitiator: Type.Optional(Type.Boolean()),
  auteur: Type.String({ minLength: 1, maxLength: 200 }),
  status: Type.Optional(Enum([...STATUSSEN, ''])),
  inhoudIsVervallen: Type.Optional(Nullable(Type.Boolean())),
  formaat: Type.Optional(Type.String({ maxLength: 255 })),
  taal: Type.String({ minLength: 3, maxLength: 3 }),
  bestandsnaam: Type.Optional(Type.String({ maxLength: 255 })),
  /** Base64; null or absent with a `bestandsomvang`: the content follows in bestandsdelen. */
  inhoud: Type.Optional(Nullable(Type.String())),
  bestandsomvang: Type.Optional(Nullable(Type.Integer({ minimum: 0 }))),
  link: Type.Optional(Type.Union([Type.Literal(''), Url(200)])),
  beschrijving: Type.Optional(Type.String({ maxLength: 1000 })),
  ontvangstdatum: Type.Optional(Nullable(DateString())),
  verzenddatum: Type.Optional(Nullable(DateString())),
  indicatieGebruiksrecht: Type.Optional(Nullable(Type.Boolean())),
  verschijningsvorm: Type.Optional(Type.String()),
  ondertekening: Type.Optional(
    Nullable(Type.Object({ soort: Enum(['analoog', 'digitaal', 'pki', '']), datum: Nullable(DateString()) })),
  ),
  integriteit: Type.Optional(
    Nullable(
      Type.Object({
        algoritme: Enum([...ALGORITMEN, '']),
        waarde: Type.String({ maxLength: 128 }),
        datum: Nullable(DateString()),
      }),
    ),
  ),
  informatieobjecttype: Url(200),
  trefwoorden: Type.Optional(Type.Array(Type.String())),
};

/** EnkelvoudigInformatieObjectCreateLockRequest. */
export const EioCreate = Type.Object(fields);
/** EnkelvoudigInformatieObjectWithLockRequest (PUT): everything again, with the lock. */
export const EioPut = Type.Object({ ...fields, lock: Type.String({ minLength: 1 }) });
/** PatchedEnkelvoudigInformatieObjectWithLockRequest. */
export const EioPatch = Type.Partial(EioPut);

export type EioInput = Static<typeof EioPatch>;

export const EioZoek = Type.Object({
  uuid__in: Type.Array(Type.String({ format: 'uuid' })),
  identificatie: Type.Optional(Type.String()),
  bronorganisatie: Type.Optional(Type.String()),
  expand: Type.Optional(Type.String()),
});

export const Unlock = Type.Object({ lock: Type.Optional(Type.String({ maxLength: 100 })) });

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/** The content of a base64 `inhoud`; undefined for an invalid one. */
export function decodeBase64(s: string): Uint8Array | undefined {
  const clean = s.replace(/\s+/g, '');
  if (clean.length % 4 === 1 || !BASE64.test(clean)) return undefined;
  return new Uint8Array(Buffer.from(clean, 'base64'));
}

/** The sizes of the parts a file of `omvang` bytes is uploaded in. */
export function partSizes(omvang: number, partSize: number): number[] {
  const sizes: number[] = [];
  for (let rest = omvang; rest > 0; rest -= partSize) sizes.push(Math.min(partSize, rest));
  return sizes;
}

/** Content cut into blocks of at most `size` bytes. */
export function blocksOf(content: Uint8Array, size: number): Uint8Array[] {
  const blocks: Uint8Array[] = [];
  for (let at = 0; at < content.byteLength; at += size) blocks.push(content.slice(at, at + size));
  return blocks;
}
