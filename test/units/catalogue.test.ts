import { describe, expect, it } from "vitest";
import { DEFAULT_UNITS_FILE, PROJECT_ROOT } from "../../src/flows/content.js";
import { CatalogueError, UnitCatalogue } from "../../src/units/catalogue.js";
import { unitText } from "../../src/units/unit-text.js";

const current = UnitCatalogue.fromFile(DEFAULT_UNITS_FILE);
const report2023 = UnitCatalogue.fromFile(`${PROJECT_ROOT}content/units/tra-cu-2023.yaml`);

describe("the bundled catalogues", () => {
  it("has the six communes of Trà Cú since 1 July 2025", () => {
    expect(current.units.map((u) => u.name)).toEqual(["xã Trà Cú", "xã Đại An", "xã Lưu Nghiệp Anh", "xã Hàm Giang", "xã Long Hiệp", "xã Tập Sơn"]);
    for (const unit of current.units) expect(unit.office.name).toBeTruthy();
  });

  it("keeps notes for reviewers out of what citizens read: unconfirmed facts are flags, not words", () => {
    for (const unit of current.units) {
      expect(unit.office.address).not.toMatch(/xác minh|verify|chưa rõ/i);
      // No source gives the Thursday hours yet: every schedule is flagged, so citizens are told to check.
      expect(unit.thursdayVerify).toBe(true);
      expect(unit.office.verify).toBe(true);
    }
  });

  it("has the 2023 report's six units, named as the report names them", () => {
    expect(report2023.units.map((u) => u.name)).toEqual([
      "Bộ phận tiếp nhận và trả kết quả huyện",
      "thị trấn Trà Cú",
      "xã An Quảng Hữu",
      "xã Lưu Nghiệp Anh",
      "xã Ngọc Biên",
      "xã Tân Hiệp",
    ]);
  });

  it.each([
    ["Ngọc Biên", "xã Long Hiệp", "Ngọc Biên"],
    ["ngoc bien", "xã Long Hiệp", "ngoc bien"],
    ["thi tran Tra Cu", "xã Trà Cú", "any"],
    ["Xã Ngãi Xuyên", "xã Trà Cú", "any"],
    ["thị trấn Định An", "xã Đại An", "any"],
    ["An Quảng Hữu", "xã Lưu Nghiệp Anh", "any"],
    ["Hàm Tân", "xã Hàm Giang", "any"],
    ["Phước Hưng", "xã Tập Sơn", "any"],
    ["LƯU NGHIỆP ANH", "xã Lưu Nghiệp Anh", null],
    ["xa tap son", "xã Tập Sơn", null],
  ])("resolves %s to %s", (typed, name, old) => {
    const match = current.resolve(typed);
    expect(match?.unit.name).toBe(name);
    if (old === null) expect(match?.oldName).toBeNull();
    else expect(match?.oldName).toBeTruthy();
  });

  it("gives Khmer and English readers every current commune's name, office, address and hours in their language", () => {
    const khmer = /[\u1780-\u17FF]/;
    for (const unit of current.units) {
      const km = unitText(unit, "km");
      const en = unitText(unit, "en");
      for (const text of [km.name, km.office, km.address, km.thursday!]) expect(text).toMatch(khmer);
      for (const text of [en.name, en.office, en.address, en.thursday!]) expect(text).not.toMatch(/\bxã\b(?! )|Thứ|hằng|Trung tâm/);
      // The proper name stays as the sign writes it, so a reader can match it on the road.
      const proper = unit.name.replace(/^xã /, "");
      for (const text of [km.name, km.office, km.address, en.name, en.office]) expect(text).toContain(proper);
      // The hours are the same hours in every language.
      expect(km.thursday!.match(/\d+:\d+/g)).toEqual(unit.thursday!.match(/\d+:\d+/g));
      expect(en.thursday!.match(/\d+:\d+/g)).toEqual(unit.thursday!.match(/\d+:\d+/g));
      expect(unitText(unit, "vi")).toMatchObject({ name: unit.name, office: unit.office.name, address: unit.office.address });
    }
  });

  it("falls back to the Vietnamese where a catalogue has no translation", () => {
    const plain = new UnitCatalogue({ name: "xx", province: "yy", validFrom: "2025-07-01", units: [{ code: "a", name: "xã A", office: { name: "UBND xã A", address: "ấp 1" } }] });
    expect(unitText(plain.byCode("a")!, "km")).toMatchObject({ name: "xã A", office: "UBND xã A", address: "ấp 1" });
  });

  it.each([["ឃុំ Long Hiệp"], ["Long Hiep commune"], ["ឃុំ Long Hiep"]])("resolves a commune typed as a Khmer or English reader sees it: %s", (typed) => {
    expect(current.resolve(typed)?.unit.code).toBe("long-hiep");
  });

  it("finds nothing for a place outside the catalogue", () => {
    expect(current.resolve("Hoàn Kiếm")).toBeNull();
  });
});

describe("catalogue validation", () => {
  const office = { name: "UBND", address: "UBND xã" };
  it.each([
    [{ name: "xx", province: "yy", validFrom: "2025-07-01", units: [] }, /units/],
    [{ name: "xx", province: "yy", validFrom: "2025-07-01", units: [{ code: "A B", name: "xã A", office }] }, /units\.0\.code/],
    [
      { name: "xx", province: "yy", validFrom: "2025-07-01", units: [{ code: "a", name: "xã A", office }, { code: "a", name: "xã B", office }] },
      /duplicate unit code "a"/,
    ],
    [
      {
        name: "xx",
        province: "yy",
        validFrom: "2025-07-01",
        units: [
          { code: "a", name: "xã A", aliases: ["xã Cũ"], office },
          { code: "b", name: "xã B", aliases: ["xã Cũ"], office },
        ],
      },
      /"xã Cũ" points to both a and b/,
    ],
  ])("rejects a malformed catalogue (%#)", (data, message) => {
    expect(() => new UnitCatalogue(data, "units.yaml")).toThrow(CatalogueError);
    expect(() => new UnitCatalogue(data, "units.yaml")).toThrow(message);
  });

  it("names the file that cannot be read or parsed", () => {
    expect(() => UnitCatalogue.fromFile("/nonexistent/units.yaml")).toThrow(/\/nonexistent\/units.yaml: cannot read/);
  });
});
