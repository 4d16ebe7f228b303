/**
 * Officials' commands appear in Telegram's command menu only for people who hold a role: after a
 * grant the menu of that private chat (scope `chat`) lists them; after a revoke the chat goes back
 * to the default menu. The menu is only a convenience: every command is still checked on the
 * server on every call.
 */
import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import { ROLES, type Role } from "../../../roles/role.js";
import type { RoleStore } from "../../../roles/role-store.js";
import { MENU } from "../../officials-texts.js";

export interface MenuOptions {
  /** Citizens' commands, kept at the top of an official's menu (a chat menu replaces the default one). */
  base?: BotCommand[];
  /** Commands of other features per role, e.g. `{ taskforce: [{ command: "thongbao", … }] }`. */
  extra?: Partial<Record<Role, BotCommand[]>>;
}

/** The menu a user should see, or null for the default one. */
export async function menuFor(roles: RoleStore, userId: string, opts: MenuOptions = {}): Promise<BotCommand[] | null> {
  const held = new Set<Role>();
  for (const role of ROLES) if (await roles.has(userId, role)) held.add(role);
  // Task force alone does not read statistics (scopeOf is null for it).
  const official = held.has("official");
  if (held.size === 0) return null;
  const commands = [...(opts.base ?? []), ...(official ? MENU.official : []), ...(held.has("admin") ? MENU.admin : [])];
  for (const role of ROLES) if (held.has(role)) commands.push(...(opts.extra?.[role] ?? []));
  // One entry per command, the first one kept.
  return commands.filter((c, i) => commands.findIndex((d) => d.command === c.command) === i);
}

/** Sets (or resets) the command menu of a user's private chat. */
export async function syncMenu(api: Api, roles: RoleStore, userId: string, opts: MenuOptions = {}): Promise<void> {
  const scope = { type: "chat" as const, chat_id: Number(userId) };
  const commands = await menuFor(roles, userId, opts);
  if (commands) await api.setMyCommands(commands, { scope });
  else await api.deleteMyCommands({ scope });
}

/**
 * At start-up: the menus of everyone who holds a role (BOT_ADMINS included). A person who never
 * opened a chat with the bot cannot get one yet ("chat not found"); that is logged and skipped.
 */
export async function syncAllMenus(api: Api, roles: RoleStore, opts: MenuOptions = {}, onError?: (userId: string, err: unknown) => void): Promise<void> {
  for (const holder of await roles.list()) {
    await syncMenu(api, roles, holder.userId, opts).catch((err: unknown) => onError?.(holder.userId, err));
  }
}
