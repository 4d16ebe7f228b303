/**
 * Every Redis key of the handoff module (questions to a person), named in one place, all under the
 * deployment's prefix.
 */
export function handoffKeys(prefix: string) {
  // Questions to officials are a few hundred a day even nationally, and a thread's updates touch its
  // commune's and its citizen's indexes in one transaction: one hash tag for the whole family.
  const p = `${prefix}{hd}:`;
  return {
    /** Hash per question thread: status, unit, lang, citizen, where, times, who took it, feedback. */
    ticket: (code: string) => `${p}t:${code}`,
    /** List of the thread's messages (JSON: from, who, text, at), kept as long as the thread. */
    messages: (code: string) => `${p}t:${code}:msgs`,
    /** List of "official|messageId": the notices sent about the thread, to update when someone takes it. */
    notices: (code: string) => `${p}t:${code}:notices`,
    /** The thread an official asked a citizen's phone number for (a day), until they share it. */
    phoneAsked: (citizen: string) => `${p}phone:${citizen}`,
    /** Set of a citizen's threads (codes), so they can see and delete them. */
    mine: (citizen: string) => `${p}mine:${citizen}`,
    /** Sorted set of the open threads of a commune, by time asked. */
    open: (unit: string) => `${p}open:${unit}`,
    /** The thread a notice in an official's chat is about (so a reply to it answers the thread). */
    notice: (official: string, messageId: string) => `${p}notice:${official}:${messageId}`,
    /** Set of officials who turned duty off (everyone else with the role is on duty). */
    offDuty: `${p}offduty`,
    /** The outbox: messages to deliver (to officials, to citizens), durable across a crash. */
    outbox: `${p}out`,
    /** Delivery mark per outbox message: sending (with a lease) or sent. */
    delivered: (id: string) => `${p}dl:${id}`,
    /** Hash per day: "<unit>|asked", "|answered", "|up", "|down", "|nudged", "|resumed". */
    stats: (day: string) => `${p}stats:${day}`,
    /** Sorted set "<recipient>|<session>" of guides in progress, by when a nudge becomes due. */
    stall: `${p}stall`,
    /** Hash of the same members → "<flow>|<step>|<unit>": where each one stopped. */
    stallAt: `${p}stall:at`,
    /** Set of the guides a person was nudged about: never twice. */
    nudged: (recipient: string) => `${p}nudged:${recipient}`,
    /** List of recent first-answer delays (seconds) of a commune, newest first, capped. */
    delays: (unit: string) => `${p}delay:${unit}`,
  };
}

export type HandoffKeys = ReturnType<typeof handoffKeys>;
