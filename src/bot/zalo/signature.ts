/**
 * Zalo OA webhook signatures: header `X-ZEvent-Signature: mac=<hex>` where hex is the plain SHA-256
 * (not an HMAC) of app_id + the raw body + timestamp + the OA secret key, app_id and timestamp read
 * from the body. Computed over the raw bytes as received and compared in constant time.
 */
import { createHash, timingSafeEqual } from "node:crypto";

export function zaloMac(appId: string, rawBody: string, timestamp: string, oaSecretKey: string): string {
  return createHash("sha256").update(`${appId}${rawBody}${timestamp}${oaSecretKey}`).digest("hex");
}

/** True when `header` ("mac=<hex>") signs `rawBody` for this app (body's app_id must be ours). */
export function verifyZaloSignature(opts: { header: string | undefined; rawBody: string; appId: string; oaSecretKey: string; headerTimestamp?: string }): boolean {
  const mac = /^mac=([0-9a-f]{64})$/i.exec(opts.header?.trim() ?? "")?.[1]?.toLowerCase();
  if (!mac) return false;
  let body: { app_id?: unknown; timestamp?: unknown };
  try {
    body = JSON.parse(opts.rawBody) as typeof body;
  } catch {
    return false;
  }
  if (String(body.app_id ?? "") !== opts.appId) return false;
  // The body's timestamp is the documented one; some deliveries are said to use a header's instead.
  const timestamps = [String(body.timestamp ?? ""), ...(opts.headerTimestamp ? [opts.headerTimestamp] : [])];
  const given = Buffer.from(mac, "hex");
  return timestamps.some((ts) => timingSafeEqual(given, Buffer.from(zaloMac(opts.appId, opts.rawBody, ts, opts.oaSecretKey), "hex")));
}
