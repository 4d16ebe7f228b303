import { describe, expect, it } from "vitest";
import { looksSensitive, validators } from "../../src/flows/input-checks.js";
import { cutText, normalizeInput } from "../../src/text/normalize.js";

const sensitive = (text: string) => looksSensitive(normalizeInput(text));

describe("secrets", () => {
  it.each([
    "079123456789",
    "079 123 456 789",
    "079.123.456.789",
    "123456",
    "số căn cước của tôi là 012345678901",
    "mã OTP của tôi là 123456",
    "mã OTP: 482913",
    "mã là 482913",
    "ma otp 4829",
    "mật khẩu là Abc@12345",
    "mat khau cua toi la abc123",
    "pass abc123",
    "mk: abc123xyz",
    "Abc@12345",
    "០៧៩១២៣៤៥៦៧៨៩",
    "លេខ ០៧៩ ១២៣ ៤៥៦ ៧៨៩",
  ])("refuses %s", (text) => {
    expect(sensitive(text)).toBe(true);
  });

  it.each([
    "000.00.12.H62-250101-0001",
    "mã hồ sơ H62.22-250101-0001",
    "0912345678",
    "tôi sinh năm 1950",
    "ma tui sinh nam 1950",
    "quên mật khẩu vneid",
    "lấy lại pass sao con",
    "đổi mật khẩu 2 lần không được",
    "làm khai sinh cho con",
    "mã bưu chính",
  ])("lets %s through", (text) => {
    expect(sensitive(text)).toBe(false);
  });
});

describe("validators", () => {
  it("finds a dossier code inside a sentence", () => {
    expect(validators.dossier_code(normalizeInput("mã hồ sơ H62.22-250101-0001"))).toBe("H62.22-250101-0001");
    expect(validators.dossier_code("000.00.12.H62-250101-0001")).toBe("000.00.12.H62-250101-0001");
    expect(validators.dossier_code("chưa có mã")).toBeNull();
  });

  it("reads Khmer digits in a date", () => {
    expect(validators.date(normalizeInput("០១/០៦/២០២៦"))).toBe("01/06/2026");
  });
});

describe("cutting text", () => {
  it("never splits an emoji or a Khmer cluster", () => {
    const cut = cutText("ab😀😀😀😀", 4);
    expect(cut).toBe("ab😀…");
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cut)).toBe(false);
    expect(cutText("short", 40)).toBe("short");
  });
});
