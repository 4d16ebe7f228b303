/** What the assistant made of a free-text message, for the engine to act on. */
export type Understanding =
  /** One guide, clearly: opened at once with a line naming it. */
  | { kind: "guide"; id: string }
  /** A close call between two or three guides, best first: asked as a question. */
  | { kind: "choose"; ids: string[] }
  /** One of the menu's own switches, typed. */
  | { kind: "switch"; what: "language" | "commune" | "reminders" }
  /** The person wants a person. */
  | { kind: "ask" }
  /** Something the assistant does not do (weather, prices, chat): said honestly. */
  | { kind: "offtopic" }
  /** Nothing recognisable. */
  | { kind: "none" };
