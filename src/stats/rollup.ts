/**
 * Rolls unit codes recorded over the years up into the communes of the current catalogue: a code
 * still in the catalogue stays itself; an old unit ("ngoc-bien", recorded before 1 July 2025) goes
 * to the commune that absorbed it, found through the catalogue's old names; anything else (the
 * former district desk, people who never chose a commune) goes to one "other" row.
 */
import type { UnitCatalogue } from "../units/catalogue.js";

/** Row key of figures that belong to no current commune. */
export const OTHER_ROW = "?";

export class UnitRollup {
  readonly #cache = new Map<string, string>();

  constructor(readonly catalogue: UnitCatalogue) {}

  /** The current commune code a recorded unit code counts under, or OTHER_ROW. */
  rowOf(code: string): string {
    let row = this.#cache.get(code);
    if (row === undefined) {
      // resolve() folds "ngoc-bien" to "ngoc bien", which matches the old name "xã Ngọc Biên".
      row = this.catalogue.byCode(code)?.code ?? this.catalogue.resolve(code)?.unit.code ?? OTHER_ROW;
      this.#cache.set(code, row);
    }
    return row;
  }
}
