import { afterEach, describe, expect, it, vi } from 'vitest';
import { startEventWorker } from '../../../src/modules/events/events.jobs.ts';

afterEach(() => {
  vi.useRealTimers();
});

/** A service whose rounds end only when the test says so. */
function gatedService() {
  const calls = { dispatch: 0, deliverDue: 0, concurrent: 0, maxConcurrent: 0 };
  let release: (() => void) | undefined;
  return {
    calls,
    release: () => release?.(),
    service: {
      dispatch: () => {
        calls.dispatch++;
        calls.concurrent++;
        calls.maxConcurrent = Math.max(calls.maxConcurrent, calls.concurrent);
        return new Promise<number>((resolve) => {
          release = () => {
            calls.concurrent--;
            resolve(0);
          };
        });
      },
      deliverDue: () => {
        calls.deliverDue++;
        return Promise.resolve({ bezorgd: 0, mislukt: 0 });
      },
    },
  };
}

describe('event worker', () => {
  it('never starts a round while the last is running, and stop waits for it', async () => {
    vi.useFakeTimers();
    const g = gatedService();
    const stop = startEventWorker(g.service, { intervalMs: 1000, log: { error: vi.fn() } });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(g.calls.dispatch).toBe(1);
    g.release();
    await vi.advanceTimersByTimeAsync(1000);
    expect(g.calls.deliverDue).toBe(1);
    expect(g.calls.dispatch).toBe(2);
    expect(g.calls.maxConcurrent).toBe(1);
    let stopped = false;
    const stopping = stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    g.release();
    await stopping;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(g.calls.dispatch).toBe(2);
  });

  it('logs a failing round and carries on', async () => {
    vi.useFakeTimers();
    const error = vi.fn();
    let rounds = 0;
    const stop = startEventWorker(
      {
        dispatch: () => (++rounds === 1 ? Promise.reject(new Error('database gone')) : Promise.resolve(0)),
        deliverDue: () => Promise.resolve({ bezorgd: 0, mislukt: 0 }),
      },
      { intervalMs: 1000, log: { error } },
    );
    await vi.advanceTimersByTimeAsync(1500);
    expect(error).toHaveBeenCalledTimes(1);
    expect(rounds).toBe(2);
    await stop();
  });

  it('goes on at once while full batches come back', async () => {
    vi.useFakeTimers();
    let deliveries = 0;
    const stop = startEventWorker(
      {
        dispatch: () => Promise.resolve(0),
        deliverDue: (n?: number) => {
          deliveries++;
          return Promise.resolve({ bezorgd: deliveries < 3 ? (n ?? 20) : 0, mislukt: 0 });
        },
      },
      { intervalMs: 60_000, log: { error: vi.fn() }, batch: 5 },
    );
    await vi.advanceTimersByTimeAsync(10);
    expect(deliveries).toBe(3);
    await stop();
  });

  it('goes on at once while the outbox has more new rows than a round fans out', async () => {
    vi.useFakeTimers();
    let backlog = 1200;
    const limits: number[] = [];
    const stop = startEventWorker(
      {
        dispatch: (n = 100) => {
          limits.push(n);
          const handled = Math.min(n, backlog);
          backlog -= handled;
          return Promise.resolve(handled);
        },
        deliverDue: () => Promise.resolve({ bezorgd: 0, mislukt: 0 }),
      },
      { intervalMs: 60_000, log: { error: vi.fn() }, dispatchBatch: 500 },
    );
    await vi.advanceTimersByTimeAsync(10);
    // 500, 500, 200: the third round was not full, so the worker waits for the interval.
    expect(limits).toEqual([500, 500, 500]);
    expect(backlog).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(limits).toHaveLength(3);
    await stop();
  });
});
