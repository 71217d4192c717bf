import "server-only";
import { query } from "@/server/boundary";

/** The design guide is a demo tool: in demo mode and for this machine only (anyone else finds no page). */
export const openDesignGuide = query("demo-machine", async () => undefined);
