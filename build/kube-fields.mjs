// The fields each Kubernetes type declares, read from the TypeScript declarations kubernetes-models ships beside its
// compiled schemas. Those schemas let unknown fields through, while `kubectl apply` refuses them (strict field
// validation, the default since Kubernetes 1.27): a typo such as `replicass` or `httpGett` would pass the schemas and
// fail the rollout. kube-validate.mjs reports every field not declared here.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const modules = join(dirname(fileURLToPath(import.meta.url)), "node_modules");
const declarations = new Map();

// The declaration file of an import: "./Probe.js" beside `from`, or a package path under node_modules.
function resolve(specifier, from) {
  const base = specifier.startsWith(".") ? join(dirname(from), specifier) : join(modules, specifier);
  return base.replace(/\.js$/, "") + ".d.ts";
}

// { fields: Map(name → type text), imports: Map(type name → file) } of the file's first interface, or null (a type alias).
function declaration(file) {
  if (!declarations.has(file)) {
    declarations.set(file, existsSync(file) ? parse(file) : null);
  }
  return declarations.get(file);
}

function parse(file) {
  const text = readFileSync(file, "utf8").replace(/\/\*\*[\s\S]*?\*\//g, "");
  const imports = new Map();
  for (const match of text.matchAll(/import \{ (\w+) \} from "([^"]+)";/g)) {
    imports.set(match[1], resolve(match[2], file));
  }
  const start = text.search(/export interface \w+[^{]*\{/);
  if (start < 0) {
    return null;
  }
  const fields = new Map();
  let depth = 0;
  let current = null;
  for (const line of text.slice(text.indexOf("{", start) + 1).split("\n")) {
    const field = depth === 0 ? line.match(/^\s*"([^"]+)"\??: (.*)$/) : null;
    if (field) {
      current = field[1];
      fields.set(current, field[2]);
    } else if (current !== null && depth > 0) {
      fields.set(current, fields.get(current) + " " + line.trim());
    }
    depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
    if (depth < 0) {
      break;
    }
  }
  return { fields, imports };
}

// Every field of `value` (at `path`) that its type, declared in `file`, does not know.
function unknown(value, file, path) {
  const type = declaration(file);
  if (type === null || typeof value !== "object" || value === null || Array.isArray(value)) {
    return [];
  }
  const problems = [];
  for (const [name, child] of Object.entries(value)) {
    const text = type.fields.get(name);
    if (text === undefined) {
      problems.push(`${path}/${name}: unknown field (kubectl apply refuses it)`);
      continue;
    }
    const reference = text.match(/\b(IIoK8s\w+)\b/);
    const inner = reference && type.imports.get(reference[1]);
    if (!inner) {
      continue;
    }
    const items = text.startsWith("Array<") ? child : text.startsWith("{") ? Object.values(child ?? {}) : [child];
    for (const [index, item] of (Array.isArray(items) ? items : []).entries()) {
      const where = text.startsWith("Array<") ? `${path}/${name}/${index}` : text.startsWith("{") ? `${path}/${name}/*` : `${path}/${name}`;
      problems.push(...unknown(item, inner, where));
    }
  }
  return problems;
}

/// The unknown fields of one object, whose kind's declaration is kubernetes-models/<apiVersion>/<kind>.d.ts.
export function unknownFields(object) {
  return unknown(object, join(modules, "kubernetes-models", object.apiVersion, `${object.kind}.d.ts`), "");
}
