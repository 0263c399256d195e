import type { EventsService } from './events.service.ts';

export interface WorkerLog {
  error(obj: object, msg: string): void;
}

/**
 * Runs dispatch and delivery every interval, one round at a time (the next is scheduled when
 * the last has finished). Safe on several processes: both steps lock or lease what they take.
 * Returns a stop function that waits for the round in progress.
 */
export function startEventWorker(
  service: Pick<EventsService, 'dispatch' | 'deliverDue'>,
  opts: { intervalMs: number; log: WorkerLog; batch?: number; dispatchBatch?: number },
): () => Promise<void> {
  const batch = opts.batch ?? 20;
  const dispatchBatch = opts.dispatchBatch ?? 500;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  /**
   * True when a full batch was fanned out or delivered: there may be more waiting. A municipality
   * that makes hundreds of zaken a second is followed at once, not one batch per interval.
   */
  const round = async (): Promise<boolean> => {
    try {
      const verdeeld = await service.dispatch(dispatchBatch);
      const r = await service.deliverDue(batch);
      return verdeeld >= dispatchBatch || r.bezorgd + r.mislukt >= batch;
    } catch (err) {
      opts.log.error({ err }, 'event delivery round failed');
      return false;
    }
  };

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = round().then((more) => {
        running = undefined;
        schedule(more ? 0 : opts.intervalMs);
      });
    }, ms);
    timer.unref();
  };

  schedule(0);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
