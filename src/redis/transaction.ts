/**
 * Runs a MULTI transaction and throws its first error, or an error naming `what` when Redis
 * aborted it (ioredis resolves with the errors inside the results instead of rejecting).
 */
import type { RedisClient } from "./connection.js";

export async function execOrThrow(tx: ReturnType<RedisClient["multi"]>, what: string): Promise<unknown[]> {
  const results = await tx.exec();
  const failed = results?.find(([err]) => err);
  if (!results || failed) throw failed?.[0] ?? new Error(`${what}: transaction aborted`);
  return results.map(([, value]) => value);
}
