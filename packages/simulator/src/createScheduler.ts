/**
 * The simulator's timers, driven by its clock (`now`), not by wall time: a job runs once
 * `now()` reaches its time. A single platform timer wakes the scheduler for the earliest job, so
 * Vitest's fake timers drive it; every request and {@link Scheduler.settle} also run what is due,
 * so a manual clock drives it too.
 */
export interface Scheduler {
  /** Runs `job` once the clock reaches `dueAt`; returns a function that cancels it. */
  at(dueAt: number, job: () => void): () => void;
  /** Runs every job that is due, in order of time, including jobs those jobs schedule for now. */
  runDue(): void;
  /** Keeps `work` (a callback delivery) in view until it settles, for {@link settle}. */
  track(work: Promise<unknown>): void;
  /** Resolves once every due job has run and every tracked promise has settled. */
  settle(): Promise<void>;
  /** Cancels every job and the platform timer; later jobs are ignored. */
  close(): void;
}

interface Job {
  dueAt: number;
  seq: number;
  run: () => void;
}

// setTimeout's longest delay; a longer wait just wakes up once in between.
const MAX_TIMER_MS = 2 ** 31 - 1;

export function createScheduler(now: () => number): Scheduler {
  const jobs: Job[] = [];
  const inFlight = new Set<Promise<unknown>>();
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let closed = false;

  function arm(): void {
    if (timer !== undefined) globalThis.clearTimeout(timer);
    timer = undefined;
    if (closed || jobs.length === 0) return;
    const next = jobs.reduce((earliest, job) => Math.min(earliest, job.dueAt), Infinity);
    const delay = Math.min(Math.max(0, next - now()), MAX_TIMER_MS);
    // Looked up on globalThis at call time, so fake timers installed after import still apply.
    timer = globalThis.setTimeout(() => {
      timer = undefined;
      runDue();
    }, delay);
    // A simulator inside a test process or a CLI must not keep Node alive just for its timers.
    (timer as { unref?: () => void }).unref?.();
  }

  function runDue(): void {
    if (running) return;
    running = true;
    try {
      for (;;) {
        const time = now();
        let index = -1;
        for (let i = 0; i < jobs.length; i++) {
          const job = jobs[i] as Job;
          if (job.dueAt > time) continue;
          const best = jobs[index];
          if (
            best === undefined ||
            job.dueAt < best.dueAt ||
            (job.dueAt === best.dueAt && job.seq < best.seq)
          ) {
            index = i;
          }
        }
        if (index === -1) break;
        const [job] = jobs.splice(index, 1);
        job?.run();
      }
    } finally {
      running = false;
      arm();
    }
  }

  return {
    at(dueAt, run) {
      if (closed) return () => {};
      const job: Job = { dueAt, seq: seq++, run };
      jobs.push(job);
      arm();
      return () => {
        const index = jobs.indexOf(job);
        if (index !== -1) {
          jobs.splice(index, 1);
          arm();
        }
      };
    },
    runDue,
    track(work) {
      const tracked: Promise<unknown> = work
        .catch(() => {})
        .finally(() => {
          inFlight.delete(tracked);
        });
      inFlight.add(tracked);
    },
    async settle() {
      for (;;) {
        runDue();
        if (inFlight.size === 0) return;
        await Promise.allSettled([...inFlight]);
      }
    },
    close() {
      closed = true;
      jobs.length = 0;
      arm();
    },
  };
}
