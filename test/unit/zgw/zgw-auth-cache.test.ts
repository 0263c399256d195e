import { describe, expect, it, vi } from 'vitest';
import { AUTORISATIES_KANAAL, clientCache, HOOGSTENS_MS } from '../../../src/modules/zgw/zgw-auth.cache.ts';
import type { ClientWithGrants } from '../../../src/modules/zgw/zgw-auth.ts';

const client = (label: string) => ({ with: { applicatie: label } }) as unknown as ClientWithGrants;

/** A cache over a store that counts its reads, with a listener the test drives. */
function setup(opts: { listens?: boolean } = {}) {
  let versie = 1;
  const reads: string[] = [];
  let time = 0;
  const channel: { notify?: () => void; onListen?: () => void; name?: string } = {};
  const load = vi.fn((id: string) => {
    reads.push(id);
    return Promise.resolve(id === 'onbekend' ? undefined : client(`${id} v${versie}`));
  });
  const onError = vi.fn();
  const cache = clientCache({
    load,
    now: () => time,
    onError,
    listen: (name, h) => {
      if (opts.listens === false) return Promise.reject(new Error('no LISTEN here'));
      Object.assign(channel, { name, notify: () => h.onNotify(), onListen: () => h.onListen() });
      return Promise.resolve(() => Promise.resolve());
    },
  });
  return {
    cache,
    reads,
    channel,
    onError,
    change: () => versie++,
    later: (ms: number) => (time += ms),
    label: async (id: string) => (await cache.get(id))?.with.applicatie,
  };
}

describe('the clients kept between requests', () => {
  it('keeps nothing until PostgreSQL listens, then reads a client once', async () => {
    const s = setup();
    expect(await s.label('a')).toBe('a v1');
    expect(await s.label('a')).toBe('a v1');
    expect(s.reads).toEqual(['a', 'a']);
    expect(s.channel.name).toBe(AUTORISATIES_KANAAL);
    s.channel.onListen!();
    await s.label('a');
    await s.label('a');
    await s.label('a');
    expect(s.reads).toEqual(['a', 'a', 'a']);
  });

  it('forgets everything on a notification, after its own changes and when listening starts again', async () => {
    const s = setup();
    await s.label('a');
    s.channel.onListen!();
    await s.label('a');
    s.change();
    expect(await s.label('a')).toBe('a v1');
    s.channel.notify!();
    expect(await s.label('a')).toBe('a v2');
    s.change();
    s.cache.vergeet();
    expect(await s.label('a')).toBe('a v3');
    s.change();
    s.channel.onListen!();
    expect(await s.label('a')).toBe('a v4');
  });

  it('does not keep what was read before a change that came in meanwhile', async () => {
    const s = setup();
    await s.label('a');
    s.channel.onListen!();
    const reading = s.cache.get('a');
    s.change();
    s.channel.notify!();
    expect((await reading)?.with.applicatie).toBe('a v1');
    expect(await s.label('a')).toBe('a v2');
  });

  it('never keeps an unknown client, and keeps a known one HOOGSTENS_MS at most', async () => {
    const s = setup();
    await s.label('a');
    s.channel.onListen!();
    expect(await s.cache.get('onbekend')).toBeUndefined();
    expect(await s.cache.get('onbekend')).toBeUndefined();
    expect(s.reads.filter((r) => r === 'onbekend')).toHaveLength(2);
    await s.label('a');
    s.change();
    s.later(HOOGSTENS_MS - 1);
    expect(await s.label('a')).toBe('a v1');
    s.later(1);
    expect(await s.label('a')).toBe('a v2');
  });

  it('keeps nothing when it cannot listen', async () => {
    const s = setup({ listens: false });
    await s.label('a');
    await s.label('a');
    await s.label('a');
    expect(s.reads).toEqual(['a', 'a', 'a']);
    expect(s.onError).toHaveBeenCalledTimes(1);
  });
});
