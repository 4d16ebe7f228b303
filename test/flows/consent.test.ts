/**
 * Consent per purpose (Law 91/2025): the first contact asks about reminders and about anonymous
 * statistics separately, nothing chosen in advance; each answer is kept with when and which wording;
 * /andanh asks the statistics question again on its own.
 */
import { describe, expect, it } from "vitest";
import { citizenCommand } from "../../src/bot/citizen-commands.js";
import { loadContent } from "../../src/flows/content.js";
import { STATS_CONSENT_VERSION } from "../../src/flows/engine.js";
import { EngineDriver } from "./driver.js";
import { shippedContext } from "./fixtures.js";

const content = loadContent();
const t = (key: string) => content.texts.t("vi", key);

function onboardedUpTo() {
  const d = new EngineDriver(shippedContext(content));
  d.start();
  d.press("Tiếng Việt");
  d.text("Long Hiệp");
  d.press(/Không, cảm ơn/);
  return d;
}

describe("consent to anonymous statistics", () => {
  it("is asked on its own after the reminders question, with neither answer chosen for the person", () => {
    const d = onboardedUpTo();
    expect(d.screen.text).toContain(t("onboarding-stats"));
    expect(d.labels()).toEqual(expect.arrayContaining([t("onboarding-stats-yes"), t("onboarding-stats-no")]));
    expect(d.state!.stats).toBeUndefined(); // silence is not consent
  });

  it("keeps the answer with when it was given and the wording answered", () => {
    const d = onboardedUpTo();
    d.press(t("onboarding-stats-yes"));
    expect(d.state).toMatchObject({ stats: true, statsV: STATS_CONSENT_VERSION });
    expect(d.state!.statsAt).toBe(shippedContext(content).now());
  });

  it("can be changed later with /andanh, and only that question is asked", () => {
    const d = onboardedUpTo();
    d.press(t("onboarding-stats-yes"));
    d.send(citizenCommand("/andanh")!);
    expect(d.screen.text).toBe(t("onboarding-stats"));
    d.press(t("onboarding-stats-no"));
    expect(d.state!.stats).toBe(false);
    expect(d.state!.flow).toBeUndefined(); // back at the menu, not through the rest of the first contact
  });
});
