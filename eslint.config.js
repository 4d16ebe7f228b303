// Lint rules: the recommended sets, plus a ban on floating promises, which hide errors in a bot.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules", "data", "coverage", "export", "dist", "content-export", ".bench-build"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Domain folders know nothing of the channels: no grammY, no channel code (one channel = one
    // folder under src/bot/, which may import the domain, never the other way round).
    files: ["src/{flows,stats,broadcast,roles,i18n,units,handoff,privacy,nlu}/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["grammy", "grammy/*", "@grammyjs/*"], message: "Domain folders must not import grammY: put channel code under src/bot/<channel>/." },
            { group: ["**/bot/**", "**/bot"], message: "Domain folders must not import channel code (src/bot): pass what they need in instead." },
          ],
        },
      ],
    },
  },
  { files: ["scripts/**/*.mjs"], languageOptions: { globals: { process: "readonly" } } },
  { files: ["**/*.js"], languageOptions: { globals: { console: "readonly", document: "readonly", window: "readonly", fetch: "readonly", localStorage: "readonly", crypto: "readonly" } } },
);
