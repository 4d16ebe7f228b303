import { describe, expect, it } from "vitest";
import { decodeState, encodeState, updateMark } from "../../src/flows/state-codec.js";
import type { ChatState } from "../../src/flows/types.js";

const at = Date.UTC(2026, 11, 2, 7, 30, 12, 345);

/** A citizen half way through a guide, after onboarding with both consents: the common record. */
const typical: ChatState = {
  v: 1,
  seq: 6,
  at,
  lang: "vi",
  unit: "long-hiep",
  remind: true,
  remindAt: at - 86_400_000,
  stats: true,
  statsAt: at - 86_399_000,
  statsV: "2026-12-02",
  flow: "vneid",
  fv: "_7bm_U1n",
  sid: "3c60ac680b684b71a911",
  t0: at - 60_000,
  step: "who",
  ps: [1, at - 60_000, "long-hiep"],
  u: ["123456789", "123456790", "123456791", "123456792"].map(updateMark),
};

describe("the stored chat state", () => {
  it("gives back every field as it was written", () => {
    const full: ChatState = {
      ...typical,
      hist: ["a", "b"],
      pf: "menu/home",
      d: 3,
      vars: { who: "relative", papers: ["a"], n: 2, one: true },
      resume: true,
      ask: true,
      tk: ["K7Q2", at],
      qs: [at, 2],
      miss: 1,
      fl: [at, 5],
      op: [at, 1],
      remind: false,
      stats: false,
    };
    expect(decodeState(encodeState(full))).toEqual(full);
    expect(decodeState(encodeState(typical))).toEqual(typical);
  });

  it("is a quarter smaller than plain JSON (half for Zalo's long event ids), under 256 bytes for a citizen in a guide", () => {
    const telegramIds = ["123456789", "123456790", "123456791", "123456792"];
    const zaloIds = telegramIds.map((id) => `message:8412345678901234567:${id}`);
    const plain = (ids: string[]) => JSON.stringify({ ...typical, u: ids }).length;
    const compact = encodeState(typical).length;
    expect(compact).toBeLessThan(plain(telegramIds) * 0.75);
    expect(compact).toBeLessThan(plain(zaloIds) * 0.55);
    expect(compact).toBeLessThan(256);
  });

  it("still reads a record written before (plain names), and refuses corrupt ones", () => {
    const older = { v: 1, seq: 3, lang: "km", unit: "long-hiep", at: 1, u: ["42"] };
    expect(decodeState(JSON.stringify(older))).toEqual(older);
    expect(decodeState("{not json")).toBeNull();
    expect(decodeState("[1,2]")).toBeNull();
    expect(decodeState(JSON.stringify({ q: 1 }))).toBeNull(); // no time of last activity
    expect(decodeState(JSON.stringify({ v: 2, seq: 1, at: 1 }))).toBeNull(); // a shape this code does not know
  });

  it("keeps a short digest of an update id, never the id itself", () => {
    const zaloEvent = "follow:8412345678901234567:1796222972684";
    expect(updateMark(zaloEvent)).toHaveLength(8);
    expect(updateMark(zaloEvent)).toBe(updateMark(zaloEvent));
    expect(updateMark(zaloEvent)).not.toBe(updateMark("follow:8412345678901234567:1796222972685"));
    expect(encodeState({ v: 1, seq: 1, at, u: [updateMark(zaloEvent)] })).not.toContain("8412345678901234567");
  });
});
