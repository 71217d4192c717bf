// @ts-check
/**
 * The process's life beyond a request: whether it is draining (a stop was
 * asked for, so GET /api/ready answers 503 at once and the load balancer sends
 * nothing new), and what must be stopped before it exits.
 *
 * Each background job registers a `stop()` that clears its timer and waits
 * for the run under way; the database registers its close. server.mjs calls
 * `stopEverything()` on SIGTERM once the HTTP server has answered the requests
 * in flight: first the work (jobs, the outbox), then the resources the work
 * uses (the pool), so no run loses its database half-way.
 *
 * Plain JavaScript, on globalThis under a Symbol.for key: server.mjs,
 * instrumentation.ts and every route bundle load their own copy of this
 * module, and all of them must see one state.
 */

/** @typedef {"work" | "resources"} ShutdownPhase */
/** @typedef {{ name: string; phase: ShutdownPhase; stop: () => Promise<void> }} Stopper */
/** @typedef {{ draining: boolean; stoppers: Map<string, Stopper>; stopping: Set<string> }} LifecycleState */

const SHARED = Symbol.for("privacy-center.lifecycle");

/** @returns {LifecycleState} */
function state() {
  const holder = /** @type {Record<symbol, LifecycleState | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (holder[SHARED] ??= { draining: false, stoppers: new Map(), stopping: new Set() });
}

/** True once a stop was asked for: the process finishes what it has and takes nothing new. */
export function isDraining() {
  return state().draining;
}

export function beginDraining() {
  state().draining = true;
}

/**
 * Registers what to do before the process exits. One entry per name: a
 * development reload that registers again replaces the earlier one.
 * @param {string} name
 * @param {() => Promise<void>} stop
 * @param {{ phase?: ShutdownPhase }} [options] "work" (default) stops before "resources".
 */
export function onShutdown(name, stop, { phase = "work" } = {}) {
  state().stoppers.set(name, { name, phase, stop });
}

/** The names whose stop has begun and not yet ended (for the log line of a stop that ran out of time). */
export function stillStopping() {
  return [...state().stopping];
}

/**
 * Stops everything registered: the work first, all at once, then the
 * resources. A stop that fails is reported through `report` and does not
 * keep the others from running.
 * @param {(event: { name: string; phase: ShutdownPhase; error?: unknown }) => void} [report] called as each one ends
 */
export async function stopEverything(report = () => {}) {
  const { stoppers, stopping } = state();
  for (const phase of /** @type {ShutdownPhase[]} */ (["work", "resources"])) {
    const inPhase = [...stoppers.values()].filter((stopper) => stopper.phase === phase);
    await Promise.all(
      inPhase.map(async ({ name, stop }) => {
        stopping.add(name);
        try {
          await stop();
          report({ name, phase });
        } catch (error) {
          report({ name, phase, error });
        } finally {
          stopping.delete(name);
        }
      }),
    );
  }
}

/** For tests: back to a fresh process's state. */
export function resetLifecycleForTests() {
  const current = state();
  current.draining = false;
  current.stoppers.clear();
  current.stopping.clear();
}
