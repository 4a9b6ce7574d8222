/**
 * Chunks one thread has sent another and the other has not yet written, counted in one Int32 the
 * two share: the sender waits (blocking its thread) while more than `max` are pending, so that a
 * report produced faster than it is written never piles up in a message queue. Chunks are ~32 K
 * characters (see Chunks in report.ts): 64 of them are a few MB.
 */
export class InFlight {
  private readonly count: Int32Array;

  constructor(
    readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(4),
    private readonly max = 64,
  ) {
    this.count = new Int32Array(buffer);
  }

  /** The sender: one more chunk sent; waits while too many are pending (woken by `written`; the timeout only re-checks). */
  sent(): void {
    for (let n = Atomics.add(this.count, 0, 1) + 1; n > this.max; n = Atomics.load(this.count, 0))
      Atomics.wait(this.count, 0, n, 1000);
  }

  /** The writer: one chunk written. */
  written(): void {
    Atomics.sub(this.count, 0, 1);
    Atomics.notify(this.count, 0);
  }
}
