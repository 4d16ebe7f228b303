/**
 * Loads flow definitions (YAML or JSON files in a directory) into a validated catalogue.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { compileFlow, FlowCatalogue, FlowDefinitionError } from "./catalogue.js";

export function loadFlowCatalogue(dir: string, hasText: (key: string) => boolean): FlowCatalogue {
  const files = readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort();
  const flows = files.map((file) => {
    const path = join(dir, file);
    let raw: unknown;
    try {
      const text = readFileSync(path, "utf8");
      raw = file.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
    } catch (err) {
      throw new FlowDefinitionError(`${path}: cannot parse (${(err as Error).message})`);
    }
    return compileFlow(raw, path, hasText);
  });
  return new FlowCatalogue(flows);
}
