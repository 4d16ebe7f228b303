/**
 * Invitations: an admin creates a one-time code for a role (and, for an official, a commune); the
 * person sends `/kichhoat CODE` to the bot within 48 hours and gets the role.
 *
 * A code is one string key with a 48-hour TTL, consumed atomically (GETDEL), so two people racing with the same
 * code cannot both get the role. Failed attempts are counted per user and limited, so codes cannot
 * be guessed by trying.
 *
 * A code is only as good as its creator: redeeming checks the code's own creation time and that
 * whoever made it is still an admin, so a revoked admin cannot hand themself the role back with a
 * code made before the revoke. Pending codes are listed in one sorted set (score: expiry), so admins
 * can see and cancel them and a revoke cancels every code the person made.
 */
import type { RedisClient } from "../redis/connection.js";
import { displayCode, newInviteCode, normalizeCode } from "./invite-code.js";
import { ALL_UNITS, type Role } from "./role.js";
import type { RoleStore } from "./role-store.js";

export const INVITE_TTL_SECONDS = 48 * 3600;
/** Failed redemptions allowed per user per hour. */
export const MAX_FAILED_REDEEMS = 5;
const FAIL_WINDOW_SECONDS = 3600;

export interface Invitation {
  /** Normalised code (8 characters); show it with `displayCode`. */
  code: string;
  role: Role;
  /** For an official: a commune code, or ALL_UNITS. */
  unit: string | null;
  by: string;
  createdAt: number;
  expiresAt: number;
}

export type RedeemResult =
  | { ok: true; role: Role; unit: string | null }
  | { ok: false; reason: "unknown" | "too_many_attempts" };

export class Invitations {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly roles: RoleStore,
  ) {}

  #key(code: string): string {
    return `${this.prefix}{roles}:invite:${code}`;
  }
  #failKey(userId: string): string {
    return `${this.prefix}{roles}:redeem-fail:${userId}`;
  }
  get #pendingKey(): string {
    return `${this.prefix}{roles}:invites`;
  }

  /** Creates an invitation; `unit` only for officials (null there means every commune). */
  async create(role: Role, unit: string | null, by: string, now = Date.now()): Promise<Invitation> {
    const invitation: Invitation = {
      code: "",
      role,
      unit: role === "official" ? (unit ?? ALL_UNITS) : null,
      by,
      createdAt: now,
      expiresAt: now + INVITE_TTL_SECONDS * 1000,
    };
    // A collision is astronomically unlikely; NX makes sure it could never overwrite a live code.
    for (;;) {
      invitation.code = newInviteCode();
      const stored = JSON.stringify({ role, unit: invitation.unit, by, created: now });
      if ((await this.redis.set(this.#key(invitation.code), stored, "EX", INVITE_TTL_SECONDS, "NX")) !== "OK") continue;
      // The index lives as long as its newest code; expired members are dropped as it is read.
      await this.redis
        .multi()
        .zadd(this.#pendingKey, invitation.expiresAt, invitation.code)
        .zremrangebyscore(this.#pendingKey, "-inf", now)
        .expire(this.#pendingKey, INVITE_TTL_SECONDS)
        .exec();
      return invitation;
    }
  }

  /** Codes not yet used nor expired, soonest expiry first. */
  async pending(now = Date.now()): Promise<Invitation[]> {
    const codes = await this.redis.zrangebyscore(this.#pendingKey, now, "+inf");
    if (codes.length === 0) return [];
    const values = await this.redis.mget(codes.map((c) => this.#key(c)));
    return codes.flatMap((code, i) => {
      const stored = parseStored(values[i] ?? null);
      if (!stored) return [];
      return [{ code, role: stored.role, unit: stored.unit, by: stored.by, createdAt: stored.created, expiresAt: stored.created + INVITE_TTL_SECONDS * 1000 }];
    });
  }

  /** Cancels one pending code (typed as shown); false when there was none. */
  async cancel(typed: string): Promise<boolean> {
    const code = normalizeCode(typed);
    if (!code) return false;
    const [[, deleted]] = (await this.redis.multi().del(this.#key(code)).zrem(this.#pendingKey, code).exec()) as [[unknown, number]];
    return deleted === 1;
  }

  /** Cancels every pending code a person made (on revoking them); returns how many. */
  async cancelBy(creator: string, now = Date.now()): Promise<number> {
    let cancelled = 0;
    for (const invite of await this.pending(now)) if (invite.by === creator && (await this.cancel(invite.code))) cancelled++;
    return cancelled;
  }

  /** Redeems a typed code for a user; grants the role and notes it in the audit log. */
  async redeem(userId: string, typed: string, opts: { name?: string; now?: number } = {}): Promise<RedeemResult> {
    const failKey = this.#failKey(userId);
    if (Number(await this.redis.get(failKey)) >= MAX_FAILED_REDEEMS) return { ok: false, reason: "too_many_attempts" };
    const code = normalizeCode(typed);
    // GETDEL consumes the code atomically: of two people racing with it, only one gets the role.
    const raw = code ? await this.redis.getdel(this.#key(code)) : null;
    if (code) await this.redis.zrem(this.#pendingKey, code);
    const invite = parseStored(raw);
    const now = opts.now ?? Date.now();
    const valid = invite && now - invite.created < INVITE_TTL_SECONDS * 1000 && (await this.roles.has(invite.by, "admin"));
    if (!code || !invite || !valid) {
      await this.redis.multi().incr(failKey).expire(failKey, FAIL_WINDOW_SECONDS).exec();
      return { ok: false, reason: "unknown" };
    }
    const { role, unit } = invite;
    await this.roles.grant(userId, role, { unit: unit ?? undefined, by: invite.by, via: `invite:${displayCode(code)}`, name: opts.name, at: now });
    return { ok: true, role, unit };
  }
}

interface StoredInvite {
  role: Role;
  unit: string | null;
  by: string;
  created: number;
}

function parseStored(raw: string | null): StoredInvite | null {
  if (!raw) return null;
  const value = JSON.parse(raw) as Partial<StoredInvite>;
  return value.role && value.by && typeof value.created === "number" ? (value as StoredInvite) : null;
}
