import { jwtVerify, type JWTPayload } from 'jose';

/** ZGW tokens carry `iat`; a token older than an hour is refused even without `exp`. */
const MAX_AGE_S = 60 * 60;
const TOLERANCE_S = 60;
/** Verified tokens kept; a client sends the same JWT on many requests. */
const MAX_ENTRIES = 10_000;

/**
 * Verifies the HS256 JWT of an API client with its secret (signature, `iat`, age and `exp`).
 * A token verified with the same secret before is not checked again until it grows too old:
 * the HMAC through WebCrypto is a large part of the cost of a small request. A changed secret is
 * another key, so it takes effect on the next request.
 */
export function apiTokenVerifier(now: () => number = Date.now) {
  const verified = new Map<string, { payload: JWTPayload; until: number }>();

  return async (token: string, secret: string): Promise<JWTPayload> => {
    const key = `${secret}\n${token}`;
    const hit = verified.get(key);
    if (hit && now() < hit.until) return hit.payload;
    verified.delete(key);
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ['HS256'],
      requiredClaims: ['iat'],
      maxTokenAge: MAX_AGE_S,
      clockTolerance: TOLERANCE_S,
      currentDate: new Date(now()),
    });
    const until = Math.min(
      (payload.iat! + MAX_AGE_S + TOLERANCE_S) * 1000,
      payload.exp === undefined ? Infinity : (payload.exp + TOLERANCE_S) * 1000,
    );
    if (verified.size >= MAX_ENTRIES) verified.delete(verified.keys().next().value!);
    verified.set(key, { payload, until });
    return payload;
  };
}
