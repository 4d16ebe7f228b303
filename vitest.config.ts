import { defineConfig } from "vitest/config";

// Redis-backed tests each use their own key prefix on a redis-server started by the global setup,
// so files may run in parallel; the browser test gets a generous timeout.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
