import { describe, expect, it } from "vitest";
import { findAuthCode, newAuthCode } from "../../src/broadcast/auth-code.js";
import { isQuiet, msUntilQuietEnds } from "../../src/broadcast/quiet-hours.js";
import { formatSlots, latestOccurrence, parseSlots } from "../../src/broadcast/reminder-schedule.js";

// Asia/Ho_Chi_Minh is UTC+7 all year.
const local = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo - 1, d, h - 7, mi);
const QUIET = { fromMinute: 21 * 60, toMinute: 7 * 60 };

describe("quiet hours (Asia/Ho_Chi_Minh)", () => {
  it("covers 21:00 to 07:00 across midnight, whatever the host time zone", () => {
    expect(isQuiet(QUIET, local(2025, 11, 26, 20, 59))).toBe(false);
    expect(isQuiet(QUIET, local(2025, 11, 26, 21, 0))).toBe(true);
    expect(isQuiet(QUIET, local(2025, 11, 27, 3, 0))).toBe(true);
    expect(isQuiet(QUIET, local(2025, 11, 27, 6, 59))).toBe(true);
    expect(isQuiet(QUIET, local(2025, 11, 27, 7, 0))).toBe(false);
  });

  it("tells how long until sending may resume", () => {
    expect(msUntilQuietEnds(QUIET, local(2025, 11, 26, 22, 30))).toBe(8.5 * 3600_000);
    expect(msUntilQuietEnds(QUIET, local(2025, 11, 27, 6, 0))).toBe(3600_000);
    expect(msUntilQuietEnds(QUIET, local(2025, 11, 27, 12, 0))).toBe(0);
  });

  it("is off when not configured (QUIET_HOURS empty)", () => {
    expect(isQuiet(null, local(2025, 11, 27, 3, 0))).toBe(false);
    expect(msUntilQuietEnds(null, local(2025, 11, 27, 3, 0))).toBe(0);
  });

  it("handles a range within one day", () => {
    const lunch = { fromMinute: 11 * 60, toMinute: 13 * 60 + 30 };
    expect(isQuiet(lunch, local(2025, 11, 27, 12, 0))).toBe(true);
    expect(isQuiet(lunch, local(2025, 11, 27, 14, 0))).toBe(false);
  });
});

describe("reminder schedule", () => {
  it("finds the latest Wednesday 17:00 and Thursday 07:00 at or before a moment", () => {
    const wed = { weekday: 3, minute: 17 * 60 };
    const thu = { weekday: 4, minute: 7 * 60 };
    const thursdayNoon = local(2025, 11, 27, 12, 0);
    expect(latestOccurrence(wed, thursdayNoon)).toBe(local(2025, 11, 26, 17, 0));
    expect(latestOccurrence(thu, thursdayNoon)).toBe(local(2025, 11, 27, 7, 0));
    // Just before Thursday 07:00, the latest Thursday slot is a week earlier.
    expect(latestOccurrence(thu, local(2025, 11, 27, 6, 59))).toBe(local(2025, 11, 20, 7, 0));
    expect(latestOccurrence(wed, local(2025, 11, 26, 17, 0))).toBe(local(2025, 11, 26, 17, 0));
  });

  it("reads slots as admins type them and refuses anything unclear", () => {
    expect(parseSlots("T4 17:00, T5 07:00")).toEqual([{ weekday: 3, minute: 1020 }, { weekday: 4, minute: 420 }]);
    expect(formatSlots(parseSlots("t5 7h; cn 8:30")!)).toBe("T5 07:00, CN 08:30");
    expect(parseSlots("T4 25:00")).toBeNull();
    expect(parseSlots("thứ tư chiều")).toBeNull();
    expect(parseSlots("")).toBeNull();
  });
});

describe("authenticity codes", () => {
  it("are short, unambiguous and found again in forwarded or typed text", () => {
    const code = newAuthCode();
    expect(code).toMatch(/^TB-[A-HJ-NP-Z2-9]{6}$/);
    expect(findAuthCode(`Nội dung…\n\n🔐 Mã xác thực: ${code}. Kiểm tra…`)).toBe(code);
    expect(findAuthCode(code.toLowerCase().replace("-", ""))).toBe(code);
    expect(findAuthCode("không có mã")).toBeNull();
  });
});
