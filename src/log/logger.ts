/**
 * The app's logger (pino, JSON lines), made so that logs never hold what the personal-data law
 * forbids keeping there: chat and user ids are replaced by a keyed hash wherever they are logged
 * (the same pseudonym as the session log's), and errors from a chat API lose the request they
 * carry (grammY's `payload` holds the chat id and the whole text sent).
 */
import { pino, stdSerializers, type DestinationStream, type Logger } from "pino";
import { userHash } from "../stats/user-hash.js";

/** Fields that hold a chat's or a person's id, at the top level, in bindings or one level down. */
const ID_FIELDS = ["chat", "chatId", "chat_id", "userId", "user_id", "recipient"];
const REDACT_PATHS = [...ID_FIELDS, ...ID_FIELDS.map((f) => `*.${f}`)];

export interface LoggerOptions {
  level: string;
  /** Key of the pseudonyms (HASH_SECRET). */
  hashSecret: string;
  /** Where the lines go (tests); standard output by default. */
  destination?: DestinationStream;
}

export function createLogger(opts: LoggerOptions): Logger {
  return pino(
    {
      level: opts.level,
      base: { app: "tro-ly-dvc" },
      redact: { paths: REDACT_PATHS, censor: (value) => (value === undefined || value === null ? value : userHash(opts.hashSecret, "log", String(value))) },
      serializers: { err: safeError },
    },
    opts.destination,
  );
}

/** pino's error serializer, less the request an API error carries (and that of its cause). */
export function safeError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const out = stdSerializers.err(err) as unknown as Record<string, unknown>;
  delete out.payload;
  if (out.error && typeof out.error === "object") out.error = safeError(out.error);
  if (out.cause && typeof out.cause === "object") out.cause = safeError(out.cause);
  return out;
}
