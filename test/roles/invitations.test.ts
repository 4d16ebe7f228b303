import type { RedisClient } from "../../src/redis/connection.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CODE_ALPHABET, displayCode, normalizeCode } from "../../src/roles/invite-code.js";
import { INVITE_TTL_SECONDS, Invitations, MAX_FAILED_REDEEMS } from "../../src/roles/invitations.js";
import { ProtectedAdminError, RoleStore } from "../../src/roles/role-store.js";
import { cleanupPrefix, newRedis, uniquePrefix } from "../support/redis.js";

let redis: RedisClient;
const prefix = uniquePrefix("roles");
beforeAll(() => {
  redis = newRedis();
});
afterAll(async () => {
  await cleanupPrefix(redis, prefix);
  await redis.quit();
});

describe("RoleStore", () => {
  it("treats BOT_ADMINS as admins holding every role, who cannot be revoked", async () => {
    const roles = new RoleStore(redis, `${prefix}a:`, ["1"]);
    expect(await roles.has("1", "taskforce")).toBe(true);
    expect(await roles.scopeOf("1")).toBe("all");
    await expect(roles.revoke("1", { by: "2" })).rejects.toBeInstanceOf(ProtectedAdminError);
    expect(await roles.has("2", "official")).toBe(false);
    expect(await roles.scopeOf("2")).toBeNull();
  });

  it("widens an official's communes, lists holders, revokes and keeps an audit log", async () => {
    const roles = new RoleStore(redis, `${prefix}b:`, ["1"]);
    await roles.grant("10", "official", { unit: "long-hiep", by: "1", via: "command", name: "Chị Lan" });
    await roles.grant("10", "official", { unit: "tra-cu", by: "1", via: "command" });
    await roles.grant("11", "taskforce", { by: "1", via: "command" });
    expect(await roles.scopeOf("10")).toEqual(["long-hiep", "tra-cu"]);
    expect(await roles.scopeOf("11")).toBeNull(); // the task force does not read statistics
    expect(await roles.has("11", "taskforce")).toBe(true);
    expect((await roles.list()).map((h) => [h.userId, h.roles, h.name])).toEqual([
      ["1", ["admin"], null],
      ["10", ["official"], "Chị Lan"],
      ["11", ["taskforce"], null],
    ]);
    expect(await roles.revoke("10", { by: "1" })).toEqual(["official"]);
    expect(await roles.has("10", "official")).toBe(false);
    expect(await roles.revoke("10", { by: "1" })).toEqual([]);
    expect((await roles.list()).map((h) => h.userId)).toEqual(["1", "11"]);
    const audit = await roles.audit();
    expect(audit.map((e) => [e.action, e.user, e.role, e.unit, e.by])).toEqual([
      ["revoke", "10", "official", "long-hiep,tra-cu", "1"],
      ["grant", "11", "taskforce", "", "1"],
      ["grant", "10", "official", "tra-cu", "1"],
      ["grant", "10", "official", "long-hiep", "1"],
    ]);
  });
});

describe("Invitations", () => {
  it("makes short, unambiguous codes that live 48 hours and work once", async () => {
    const p = `${prefix}c:`;
    const roles = new RoleStore(redis, p, ["1"]);
    const invitations = new Invitations(redis, p, roles);
    const invite = await invitations.create("official", "long-hiep", "1", Date.now());
    expect(invite.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`));
    expect(invite.code).not.toMatch(/[01OIL]/);
    expect(invite.expiresAt - invite.createdAt).toBe(48 * 3600 * 1000);
    const ttl = await redis.ttl(`${p}{roles}:invite:${invite.code}`);
    expect(ttl).toBeGreaterThan(INVITE_TTL_SECONDS - 5);
    expect(ttl).toBeLessThanOrEqual(INVITE_TTL_SECONDS);

    // Typed in lower case with a space: still the code.
    const typed = displayCode(invite.code).toLowerCase().replace("-", " ");
    expect(await invitations.redeem("20", typed, { name: "Anh Minh" })).toEqual({ ok: true, role: "official", unit: "long-hiep" });
    expect(await roles.scopeOf("20")).toEqual(["long-hiep"]);
    expect(await invitations.redeem("21", invite.code)).toEqual({ ok: false, reason: "unknown" });
    const [grant] = await roles.audit(1);
    expect(grant).toMatchObject({ action: "grant", user: "20", role: "official", unit: "long-hiep", by: "1", via: `invite:${displayCode(invite.code)}` });
  });

  it("gives the role to one of two people racing with the same code", async () => {
    const p = `${prefix}d:`;
    const roles = new RoleStore(redis, p, ["1"]);
    const invitations = new Invitations(redis, p, roles);
    const { code } = await invitations.create("taskforce", null, "1");
    const results = await Promise.all(["30", "31", "32"].map((u) => invitations.redeem(u, code)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("stops a user after too many wrong codes", async () => {
    const p = `${prefix}e:`;
    const invitations = new Invitations(redis, p, new RoleStore(redis, p, ["1"]));
    const { code } = await invitations.create("official", null, "1");
    for (let i = 0; i < MAX_FAILED_REDEEMS; i++) expect((await invitations.redeem("40", "ABCD-EFGH")).ok).toBe(false);
    expect(await invitations.redeem("40", code)).toEqual({ ok: false, reason: "too_many_attempts" });
    expect(await invitations.redeem("41", code)).toEqual({ ok: true, role: "official", unit: "*" });
  });

  it("lets a revoked admin's codes die with the role, even one that escaped cancelling", async () => {
    const p = `${prefix}f:`;
    const roles = new RoleStore(redis, p, ["1"]);
    const invitations = new Invitations(redis, p, roles);
    await roles.grant("50", "admin", { by: "1", via: "command" });
    const own = await invitations.create("admin", null, "50");
    const other = await invitations.create("taskforce", null, "1");
    expect((await invitations.pending()).map((i) => i.code).sort()).toEqual([own.code, other.code].sort());
    await roles.revoke("50", { by: "1" });
    // Not cancelled on purpose: the redemption itself refuses a code whose creator lost the role.
    expect(await invitations.redeem("50", own.code)).toEqual({ ok: false, reason: "unknown" });
    expect(await roles.has("50", "admin")).toBe(false);

    await roles.grant("51", "admin", { by: "1", via: "command" });
    const later = await invitations.create("admin", null, "51");
    await roles.revoke("51", { by: "1" });
    expect(await invitations.cancelBy("51")).toBe(1);
    expect((await invitations.pending()).map((i) => i.code)).toEqual([other.code]);
    await roles.grant("51", "admin", { by: "1", via: "command" }); // re-granted: the old code stays dead
    expect(await invitations.redeem("52", later.code)).toEqual({ ok: false, reason: "unknown" });
  });

  it("checks the code's own age, not only the key's TTL, and lets an admin cancel a code", async () => {
    const p = `${prefix}g:`;
    const invitations = new Invitations(redis, p, new RoleStore(redis, p, ["1"]));
    const old = await invitations.create("official", null, "1", Date.now() - INVITE_TTL_SECONDS * 1000 - 1);
    await redis.persist(`${p}{roles}:invite:${old.code}`); // a key whose TTL was lost (restore, migration)
    expect(await invitations.redeem("60", old.code)).toEqual({ ok: false, reason: "unknown" });
    const fresh = await invitations.create("official", null, "1");
    expect(await invitations.cancel(displayCode(fresh.code))).toBe(true);
    expect(await invitations.cancel(displayCode(fresh.code))).toBe(false);
    expect(await invitations.redeem("60", fresh.code)).toEqual({ ok: false, reason: "unknown" });
  });

  it("reads only what can be a code", () => {
    expect(normalizeCode("abcd-efgh")).toBe("ABCDEFGH");
    expect(normalizeCode("ABCD-EFG")).toBeNull();
    expect(normalizeCode("ABCD-EFG0")).toBeNull();
  });
});
