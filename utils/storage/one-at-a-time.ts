/**
 * Runs `work` while no other work under the same name runs, in this page or another extension
 * page (a Web Lock; both browsers have them), so a read-change-write can never interleave with
 * another. Where locks are missing (unit tests), this page's own works still run one at a time.
 */
const queues = new Map<string, Promise<unknown>>();

export function oneAtATime<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  if (locks)
    return new Promise<T>((resolve, reject) => {
      locks.request(name, () => work().then(resolve, reject)).catch(reject);
    });
  const run = (queues.get(name) ?? Promise.resolve()).then(work);
  queues.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}
