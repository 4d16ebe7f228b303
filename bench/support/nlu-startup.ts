// Child process of the nlu bench: what training the understander costs a fresh process at start-up.
// Prints one JSON line: wall time with cached weights and from scratch, and the memory kept (after a full GC).
import { performance } from "node:perf_hooks";
import { loadContent, PROJECT_ROOT } from "../../src/flows/content.js";
import { nluFiles, trainModel } from "../../src/nlu/load.js";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const content = loadContent(); // warms module loading and the keyword search; trains once (cached)
gc();
const used = () => process.memoryUsage().heapUsed + process.memoryUsage().external; // weights are typed arrays, outside the JS heap
const heap0 = used();
const files = nluFiles(PROJECT_ROOT);
const keep = () => false; // bypasses the in-process cache, not the file one
let t0 = performance.now();
const model = trainModel(files, content.guideTexts, keep); // weights from the file cache, as at a normal start
const cachedMs = performance.now() - t0;
gc();
const heapMb = (used() - heap0) / 2 ** 20;
t0 = performance.now();
trainModel({ ...files, cacheDir: undefined }, content.guideTexts, keep); // trained from scratch
const trainMs = performance.now() - t0;
console.log(JSON.stringify({ cachedMs, trainMs, heapMb, examples: model.examples.length }));
