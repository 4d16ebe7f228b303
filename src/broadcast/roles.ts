/**
 * What the broadcast module needs to know about roles, and nothing more: the composition root
 * passes the real RoleStore (src/roles), tests pass a stub. Admins hold every role.
 */
export type Role = "admin" | "official" | "taskforce";

export interface RoleChecker {
  has(userId: string, role: Role): Promise<boolean>;
}
