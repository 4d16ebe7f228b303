/**
 * The administrative units catalogue: data, never code, because units keep changing (17 units of
 * Trà Cú became 6 communes on 1 July 2025). Validated at start-up; old names resolve to the commune
 * that absorbed them, so "Ngọc Biên" finds xã Long Hiệp.
 */
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { parsePeriods } from "./office-hours.js";
import { fold } from "../text/fold.js";

/** What a reader of another language sees: the same facts, the words around the proper names translated. */
const unitTextSchema = z
  .object({
    name: z.string().min(2).max(120),
    office: z.string().min(2),
    address: z.string().min(2),
    thursday: z.string().min(2).optional(),
  })
  .strict();

const unitSchema = z
  .object({
    code: z.string().regex(/^[a-z0-9][a-z0-9-]{0,23}$/, "expected a short code: a-z, 0-9 or -"),
    name: z.string().min(2).max(80),
    /** The unit's province, when a catalogue spans several (a national one); else the catalogue's. */
    province: z.string().min(2).max(80).optional(),
    aliases: z.array(z.string().min(2).max(80)).default([]),
    office: z
      .object({ name: z.string().min(2), address: z.string().min(2), verify: z.boolean().default(false) })
      .strict(),
    thursday: z.string().min(2).optional(),
    /** The Thursday hours come from no source yet: citizens are told to check before travelling. */
    thursdayVerify: z.boolean().default(false),
    /** Working hours of a weekday when they differ from the state's, e.g. "07:00-11:00, 13:00-17:00". */
    hours: z
      .string()
      .refine((s) => parsePeriods(s) !== null, "expected periods like 07:30-11:30, 13:30-17:00")
      .optional(),
    /** Texts for Khmer and English readers; a language left out falls back to the Vietnamese. */
    translations: z.object({ km: unitTextSchema.optional(), en: unitTextSchema.optional() }).strict().optional(),
  })
  .strict();

const catalogueSchema = z
  .object({
    name: z.string().min(2),
    province: z.string().min(2),
    validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    validTo: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    units: z.array(unitSchema).min(1).max(5000),
  })
  .strict();

export type Unit = z.infer<typeof unitSchema>;
export type UnitText = z.infer<typeof unitTextSchema>;

/** Thrown at start-up when a catalogue file is unreadable or invalid; the message names the file. */
export class CatalogueError extends Error {
  override name = "CatalogueError";
}

export interface UnitMatch {
  unit: Unit;
  /** The old name the user typed, when they used one; null when they typed the current name. */
  oldName: string | null;
}

/** Words people add or leave out: "xã", "thị trấn", "phường", "TT"; Khmer ឃុំ; English "commune". */
const unitPrefix = new RegExp(`^(${["xã", "thị trấn", "tt", "phường", "p", "huyện", "ឃុំ"].map(fold).join("|")})\\s+`, "u");
const unitSuffix = /\s+commune$/;
const bare = (name: string) => fold(name).replace(unitPrefix, "").replace(unitSuffix, "");

/** A province's name without "tỉnh" / "thành phố" / "TP.", folded, for matching what officials type. */
const provinceKey = (name: string) =>
  fold(name)
    .replace(/^(tinh|thanh pho|tp\.?)\s+/, "")
    .trim();

export class UnitCatalogue {
  readonly name: string;
  readonly province: string;
  readonly units: readonly Unit[];
  readonly #byCode: Map<string, Unit>;
  /** Folded name or alias (with and without prefix) → unit and whether it is an old name. */
  readonly #byName = new Map<string, { unit: Unit; old: string | null }>();

  constructor(data: unknown, source = "units catalogue") {
    const parsed = catalogueSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new CatalogueError(`${source}: ${issue.path.join(".") || "(top)"}: ${issue.message}`);
    }
    this.name = parsed.data.name;
    this.province = parsed.data.province;
    this.units = parsed.data.units;
    this.#byCode = new Map();
    for (const unit of this.units) {
      if (this.#byCode.has(unit.code)) throw new CatalogueError(`${source}: duplicate unit code "${unit.code}"`);
      this.#byCode.set(unit.code, unit);
    }
    // Current names win over aliases, so an old name never hides a current commune's own name.
    for (const unit of this.units) this.#index(unit.name, unit, null, source);
    for (const unit of this.units) for (const t of Object.values(unit.translations ?? {})) this.#index(t.name, unit, null, source);
    for (const unit of this.units) for (const alias of unit.aliases) this.#index(alias, unit, alias, source);
  }

  #index(name: string, unit: Unit, old: string | null, source: string) {
    for (const key of new Set([fold(name), bare(name)])) {
      const existing = this.#byName.get(key);
      if (existing && existing.unit !== unit && existing.old !== null && old !== null) {
        throw new CatalogueError(`${source}: the name "${name}" points to both ${existing.unit.code} and ${unit.code}`);
      }
      if (!existing || (existing.old !== null && old === null)) this.#byName.set(key, { unit, old });
    }
  }

  static fromFile(path: string): UnitCatalogue {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (err) {
      throw new CatalogueError(`${path}: cannot read (${(err as Error).message})`);
    }
    let data: unknown;
    try {
      data = path.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
    } catch (err) {
      throw new CatalogueError(`${path}: not valid ${path.endsWith(".json") ? "JSON" : "YAML"} (${(err as Error).message})`);
    }
    return new UnitCatalogue(data, path);
  }

  /** The province a unit belongs to. */
  provinceOf(unit: Unit): string {
    return unit.province ?? this.province;
  }

  /**
   * The province a text names ("Vĩnh Long", "tinh vinh long", "TP. Cần Thơ"), with the codes of its
   * units in the catalogue; null when no unit's province has that name.
   */
  provinceNamed(text: string): { name: string; codes: string[] } | null {
    const key = provinceKey(text);
    if (!key) return null;
    const codes = this.units.filter((u) => provinceKey(this.provinceOf(u)) === key).map((u) => u.code);
    return codes.length > 0 ? { name: this.provinceOf(this.byCode(codes[0]!)!), codes } : null;
  }

  byCode(code: string): Unit | undefined {
    return this.#byCode.get(code);
  }

  /**
   * Finds the unit a citizen means by a code, a current name or an old name, ignoring case,
   * diacritics and the "xã"/"thị trấn" prefix. Returns null when nothing matches exactly.
   */
  resolve(text: string): UnitMatch | null {
    const direct = this.#byCode.get(text.trim().toLowerCase());
    if (direct) return { unit: direct, oldName: null };
    const hit = this.#byName.get(fold(text)) ?? this.#byName.get(bare(text));
    return hit ? { unit: hit.unit, oldName: hit.old } : null;
  }
}
