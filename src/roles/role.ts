/**
 * The roles officials can hold, and what each lets them see.
 *
 * - admin: grants and revokes roles, sees everything, and implicitly holds every other role;
 * - official: reads statistics, of one commune or of all ("*");
 * - taskforce: broadcasts reminders to citizens (the Tổ công tác).
 */
export const ROLES = ["admin", "official", "taskforce"] as const;
export type Role = (typeof ROLES)[number];

/** The commune of an official who sees every commune. */
export const ALL_UNITS = "*";

/** Which communes someone may see in reports: every one, or a list of unit codes. */
export type UnitScope = "all" | readonly string[];

/** Vietnamese names, as officials read them. */
export const ROLE_NAMES: Record<Role, string> = {
  admin: "quản trị",
  official: "cán bộ",
  taskforce: "tổ công tác",
};

/** Reads a role typed by an admin, with or without diacritics: "can bo", "tổ công tác", "admin". */
export function parseRole(text: string): Role | null {
  const folded = text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
  const names: Record<string, Role> = {
    admin: "admin",
    quantri: "admin",
    official: "official",
    canbo: "official",
    taskforce: "taskforce",
    tocongtac: "taskforce",
    tct: "taskforce",
  };
  return names[folded] ?? null;
}
