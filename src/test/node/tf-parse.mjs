// Parses every .tf file in a folder with HashiCorp's HCL parser (@cdktf/hcl2json) and formats it
// with @cdktf/hcl-tools; prints one JSON document: [{file, body | error, formatted}].
// With --serve it reads one folder per line on stdin and answers one JSON line each (the WebAssembly
// parsers take seconds to start, so the tests keep one process).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const { parse } = require("@cdktf/hcl2json");
const { format } = require("@cdktf/hcl-tools");

async function check(dir) {
  const out = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".tf")).sort()) {
    const text = readFileSync(join(dir, name), "utf8");
    const entry = { file: name };
    try {
      entry.body = await parse(name, text);
    } catch (e) {
      entry.error = String(e && e.message ? e.message : e);
    }
    try {
      entry.formatted = (await format(text)) === text;
    } catch (e) {
      entry.formatted = false;
    }
    out.push(entry);
  }
  return JSON.stringify(out);
}

if (process.argv[2] === "--serve") {
  const rl = (await import("node:readline")).createInterface({ input: process.stdin });
  for await (const line of rl) {
    let answer;
    try {
      answer = await check(line.trim());
    } catch (e) {
      answer = JSON.stringify({ error: String(e) });
    }
    process.stdout.write(answer + "\n");
  }
} else {
  process.stdout.write(await check(process.argv[2]));
}
