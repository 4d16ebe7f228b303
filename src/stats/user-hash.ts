/**
 * Pseudonymises a user for the session log: a keyed hash (HMAC-SHA256) of channel and chat id, so
 * sessions of one person can be told apart without storing who they are. Without the secret the
 * hash cannot be reversed by trying every phone-sized id.
 */
import { createHmac } from "node:crypto";

export function userHash(secret: string, channel: string, id: string): string {
  return createHmac("sha256", secret).update(`${channel}:${id}`).digest("base64url").slice(0, 22);
}
