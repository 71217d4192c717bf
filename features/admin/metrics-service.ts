import "server-only";
import { database } from "@/server/db/database";
import { loadRequestMetrics, type RequestMetrics } from "./metrics-repository";

/** The yearly request figures for the metrics page. */
export async function getRequestMetrics(year: number): Promise<RequestMetrics> {
  return loadRequestMetrics(await database(), year);
}
