/** The languages the bot speaks: Vietnamese (the reference), Khmer and English. */
export type Lang = "vi" | "km" | "en";
export const languages: readonly Lang[] = ["vi", "km", "en"];
