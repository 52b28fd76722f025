/**
 * A counting semaphore: at most `max` tasks run at once, the rest wait in arrival order. One limiter is shared by
 * every region's client, so a large account cannot trip Cognito's per-account request quotas from one window.
 */
export class Limiter {
  private active = 0;
  private readonly queue: (() => void)[] = [];
  /** Highest number of tasks seen running at once (tests assert the bound). */
  peak = 0;

  constructor(readonly max = 4) {
    if (max < 1) throw new RangeError('Limiter needs max >= 1');
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((resolve) => this.queue.push(resolve));
    this.active += 1;
    this.peak = Math.max(this.peak, this.active);
    try {
      return await task();
    } finally {
      this.active -= 1;
      this.queue.shift()?.();
    }
  }
}
