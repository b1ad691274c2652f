// Extracts a compact table of the AWS provider's resources from @cdktn/provider-aws's .jsii:
// {resources: {aws_x: {args: {name: {required, block}}, attrs: [..]}}, blocks: {fqn: {args}}}.
import { readFileSync, writeFileSync } from "node:fs";
const jsii = JSON.parse(readFileSync(new URL("./node_modules/@cdktn/provider-aws/.jsii", import.meta.url), "utf8"));
const types = jsii.types;
const snake = (s) => s.replace(/([A-Z])/g, "_$1").toLowerCase();
const tfName = (p) => (/#([a-z0-9_]+) /.exec(p.docs?.summary ?? "") || [])[1] ?? snake(p.name);
const blocks = {};
function structOf(type) {
  if (!type) return null;
  if (type.fqn && types[type.fqn]?.kind === "interface" && types[type.fqn].datatype) return type.fqn;
  if (type.collection) return structOf(type.collection.elementtype);
  if (type.union) for (const t of type.union.types) { const s = structOf(t); if (s) return s; }
  return null;
}
function args(fqn) {
  const out = {};
  const t = types[fqn];
  for (const p of t.properties ?? []) {
    const block = structOf(p.type);
    out[tfName(p)] = { required: !p.optional, block };
    if (block && !(block in blocks)) { blocks[block] = null; blocks[block] = { args: args(block) }; }
  }
  return out;
}
const resources = {};
for (const [fqn, t] of Object.entries(types)) {
  const m = /\/docs\/resources\/([a-z0-9_]+) (aws_[a-z0-9_]+)\}/.exec(t.docs?.summary ?? "");
  if (t.kind !== "class" || !m || !t.initializer) continue;
  const config = t.initializer.parameters?.[2]?.type?.fqn;
  if (!config) continue;
  const attrs = (t.properties ?? []).filter((p) => !p.static && !p.name.endsWith("Input") && !p.name.startsWith("tf"))
    .map((p) => snake(p.name));
  resources[m[2]] = { args: args(config), attrs };
}
writeFileSync(process.argv[2], JSON.stringify({ version: jsii.version, resources, blocks }));
console.log(`${Object.keys(resources).length} resource types, ${Object.keys(blocks).length} block types`);
