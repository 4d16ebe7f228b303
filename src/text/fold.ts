/**
 * Folds Vietnamese text for matching: lower case, no diacritics ("đ" becomes "d"), single spaces.
 * Elderly users often type without diacritics ("thi tran tra cu"), so every lookup compares folded text.
 */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
