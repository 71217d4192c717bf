import { afterEach, describe, expect, it, vi } from "vitest";
import { beginDraining, onShutdown, resetLifecycleForTests, stillStopping, stopEverything } from "./lifecycle.mjs";

/** A stop that ends when the test says so. */
function heldStop() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { stop: () => done, finish };
}

describe("the process's lifecycle", () => {
  afterEach(() => resetLifecycleForTests());

  it("is shared by every copy of the module in the process (server.mjs's and each bundle's)", async () => {
    vi.resetModules();
    const anotherCopy = await import("./lifecycle.mjs");
    expect(anotherCopy.beginDraining).not.toBe(beginDraining);
    expect(anotherCopy.isDraining()).toBe(false);
    beginDraining();
    expect(anotherCopy.isDraining()).toBe(true);
    anotherCopy.onShutdown("job", async () => {});
    const stopped: string[] = [];
    await stopEverything(({ name }) => stopped.push(name));
    expect(stopped).toEqual(["job"]);
  });

  it("stops the work first, all at once, and the resources only once every piece of work has stopped", async () => {
    const events: string[] = [];
    const outbox = heldStop();
    const job = heldStop();
    onShutdown("database", async () => void events.push("database closed"), { phase: "resources" });
    onShutdown("outbox", async () => {
      events.push("outbox stopping");
      await outbox.stop();
    });
    onShutdown("job", async () => {
      events.push("job stopping");
      await job.stop();
    });
    const stopped = stopEverything(({ name }) => events.push(`${name} done`));
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(["outbox stopping", "job stopping"]);
    expect(stillStopping()).toEqual(["outbox", "job"]);
    job.finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(stillStopping()).toEqual(["outbox"]);
    outbox.finish();
    await stopped;
    expect(events).toEqual(["outbox stopping", "job stopping", "job done", "outbox done", "database closed", "database done"]);
    expect(stillStopping()).toEqual([]);
  });

  it("reports a stop that fails and still stops the rest", async () => {
    const reports: { name: string; error?: unknown }[] = [];
    let closed = false;
    onShutdown("broken", async () => {
      throw new Error("timer already gone");
    });
    onShutdown("database", async () => void (closed = true), { phase: "resources" });
    await stopEverything((event) => reports.push({ name: event.name, error: event.error }));
    expect(reports).toEqual([{ name: "broken", error: new Error("timer already gone") }, { name: "database", error: undefined }]);
    expect(closed).toBe(true);
  });

  it("keeps one stop per name: a development reload that registers again replaces the earlier one", async () => {
    const calls: string[] = [];
    onShutdown("job", async () => void calls.push("first"));
    onShutdown("job", async () => void calls.push("second"));
    await stopEverything();
    expect(calls).toEqual(["second"]);
  });
});
