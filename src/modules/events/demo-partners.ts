import { createHash, timingSafeEqual } from 'node:crypto';
import type { EventsService } from './events.service.ts';

/** Built-in chain partners for demos: they receive what a real partner would, and show it. */
export const DEMO_PARTNERS = [
  { slug: 'belastingdienst', naam: 'Belastingdienst' },
  { slug: 'svb', naam: 'Sociale Verzekeringsbank (SVB)' },
  { slug: 'pensioenfonds-abp', naam: 'Pensioenfonds ABP' },
  { slug: 'waterschap-hollandse-delta', naam: 'Waterschap Hollandse Delta' },
] as const;

export type DemoPartner = (typeof DEMO_PARTNERS)[number];

export const demoPartner = (slug: string): DemoPartner | undefined =>
  DEMO_PARTNERS.find((p) => p.slug === slug);

/** Public on purpose, like the demo API clients' secrets: demo data is refused in production. */
export const demoPartnerAuth = (slug: string) => `Bearer demo-partner-${slug}-not-for-production`;

const sha256 = (s: string) => createHash('sha256').update(s).digest();

export const isDemoPartnerAuth = (slug: string, given: string | undefined) =>
  given !== undefined && timingSafeEqual(sha256(given), sha256(demoPartnerAuth(slug)));

/** A fixed id per partner, so that seeding twice updates instead of adding. */
function abonnementId(slug: string): string {
  const h = sha256(`loket-demo-partner:${slug}`).toString('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The kanalen every demo partner follows, from every municipality. */
export const DEMO_KANALEN = [
  { naam: 'nl.brp.persoon-verhuisd', filters: {} },
  { naam: 'zaken', filters: {} },
];

/** Subscribes the demo partners (national: all municipalities). Idempotent. */
export async function seedDemoPartners(service: Pick<EventsService, 'saveAbonnement'>, baseUrl: string) {
  for (const p of DEMO_PARTNERS) {
    await service.saveAbonnement({
      id: abonnementId(p.slug),
      gemeenteCode: null,
      naam: p.naam,
      callbackUrl: `${baseUrl}/demo-partners/${p.slug}/inbox`,
      auth: demoPartnerAuth(p.slug),
      kanalen: DEMO_KANALEN,
    });
  }
  return DEMO_PARTNERS.length;
}
