/**
 * Who holds which role, on Redis, with an audit log of every grant and revoke.
 *
 * Layout (all under the deployment prefix):
 *   roles:user:<id>   hash: admin → "1", taskforce → "1", official → "*" or "code1,code2"; _name → display name
 *   roles:holders     set of user ids that hold a stored role (for listing)
 *   roles:audit       stream: action, user, role, unit, by, via, at — every grant and revoke
 *
 * BOT_ADMINS are admins from the configuration, not from Redis: they hold every role from the
 * start and no command can take it away. Checks are made on every call (no cache), so a revoke
 * takes effect at once.
 */
import type { RedisClient } from "../redis/connection.js";
import { LuaScript } from "../redis/lua-script.js";
import { ALL_UNITS, ROLES, type Role, type UnitScope } from "./role.js";

/** Thrown when an admin tries to revoke a BOT_ADMINS admin. */
export class ProtectedAdminError extends Error {
  override name = "ProtectedAdminError";
}

export interface RoleHolder {
  userId: string;
  name: string | null;
  roles: Role[];
  /** Communes of the official role: "all", a list, or null when not an official. */
  officialScope: UnitScope | null;
  /** Listed in BOT_ADMINS. */
  configured: boolean;
}

export interface AuditEntry {
  id: string;
  action: "grant" | "revoke";
  user: string;
  role: Role;
  unit: string;
  by: string;
  via: string;
  at: number;
}

const grantScript = LuaScript.load("roles/lua/grant-3.lua");
const revokeScript = LuaScript.load("roles/lua/revoke-3.lua");

export class RoleStore {
  readonly #admins: ReadonlySet<string>;

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    /** BOT_ADMINS from the configuration. */
    admins: readonly string[],
  ) {
    this.#admins = new Set(admins);
  }

  #userKey(userId: string): string {
    return `${this.prefix}{roles}:user:${userId}`;
  }
  get #holdersKey(): string {
    return `${this.prefix}{roles}:holders`;
  }
  get auditKey(): string {
    return `${this.prefix}{roles}:audit`;
  }

  /** True for BOT_ADMINS: admins from the configuration, who cannot be revoked. */
  isConfiguredAdmin(userId: string): boolean {
    return this.#admins.has(userId);
  }

  /** Roles a user holds (admins hold "admin" only here; `has` extends it to every role). */
  async rolesOf(userId: string): Promise<Role[]> {
    if (this.#admins.has(userId)) return ["admin"];
    const stored = await this.redis.hmget(this.#userKey(userId), ...ROLES);
    return ROLES.filter((_, i) => stored[i] !== null);
  }

  /** Whether a user may act in a role; admins implicitly hold every role. */
  async has(userId: string, role: Role): Promise<boolean> {
    if (this.#admins.has(userId)) return true;
    const [admin, held] = await this.redis.hmget(this.#userKey(userId), "admin", role);
    return admin !== null || held !== null;
  }

  /**
   * Which communes a user may see in statistics: "all" for admins and all-commune officials, the
   * list of codes for an official of some communes, null for anyone else (task force included).
   */
  async scopeOf(userId: string): Promise<UnitScope | null> {
    if (this.#admins.has(userId)) return "all";
    const [admin, official] = await this.redis.hmget(this.#userKey(userId), "admin", "official");
    if (admin !== null || official === ALL_UNITS) return "all";
    return official ? official.split(",") : null;
  }

  /**
   * Grants a role (for "official", a commune code or ALL_UNITS), noting it in the audit log.
   * `via` says how: "invite:<code>", "command". Returns the official's communes after the grant.
   */
  async grant(userId: string, role: Role, opts: { unit?: string; by: string; via: string; name?: string; at?: number }): Promise<string> {
    const unit = role === "official" ? (opts.unit ?? ALL_UNITS) : "";
    const value = await grantScript.run(
      this.redis,
      [this.#userKey(userId), this.#holdersKey, this.auditKey],
      [userId, role, unit, opts.by, opts.via, String(opts.at ?? Date.now()), opts.name ?? ""],
    );
    return String(value);
  }

  /**
   * Revokes one role, or every stored role when `role` is omitted; returns the roles removed.
   * Throws ProtectedAdminError for BOT_ADMINS.
   */
  async revoke(userId: string, opts: { role?: Role; by: string; via?: string; at?: number }): Promise<Role[]> {
    if (this.#admins.has(userId)) throw new ProtectedAdminError(`user ${userId} is in BOT_ADMINS`);
    const roles = opts.role ? [opts.role] : [...ROLES];
    const removed = await revokeScript.run(
      this.redis,
      [this.#userKey(userId), this.#holdersKey, this.auditKey],
      [userId, opts.by, opts.via ?? "command", String(opts.at ?? Date.now()), ...roles],
    );
    return removed as Role[];
  }

  /** Everyone with a role: BOT_ADMINS first, then stored holders by id. */
  async list(): Promise<RoleHolder[]> {
    const ids = (await this.redis.smembers(this.#holdersKey)).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hgetall(this.#userKey(id));
    const replies = (await pipeline.exec()) ?? [];
    const stored = new Map<string, Record<string, string>>();
    ids.forEach((id, i) => stored.set(id, (replies[i]?.[1] as Record<string, string> | undefined) ?? {}));

    const holders: RoleHolder[] = [...this.#admins].map((userId) => ({
      userId,
      name: stored.get(userId)?._name ?? null,
      roles: ["admin"],
      officialScope: "all",
      configured: true,
    }));
    for (const id of ids) {
      if (this.#admins.has(id)) continue;
      const fields = stored.get(id)!;
      const roles = ROLES.filter((r) => fields[r] !== undefined);
      if (roles.length === 0) continue;
      const official = fields.official;
      holders.push({
        userId: id,
        name: fields._name ?? null,
        roles,
        officialScope: official === undefined ? null : official === ALL_UNITS ? "all" : official.split(","),
        configured: false,
      });
    }
    return holders;
  }

  /** The latest audit entries, newest first. */
  async audit(count = 20): Promise<AuditEntry[]> {
    const entries = await this.redis.xrevrange(this.auditKey, "+", "-", "COUNT", count);
    return entries.map(([id, flat]) => {
      const f: Record<string, string> = {};
      for (let i = 0; i + 1 < flat.length; i += 2) f[flat[i]!] = flat[i + 1]!;
      return {
        id,
        action: f.action as AuditEntry["action"],
        user: f.user ?? "",
        role: f.role as Role,
        unit: f.unit ?? "",
        by: f.by ?? "",
        via: f.via ?? "",
        at: Number(f.at),
      };
    });
  }
}
