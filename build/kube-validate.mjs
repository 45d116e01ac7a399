// Validates Kubernetes objects against the API's OpenAPI schemas, as shipped (compiled) in the npm package
// kubernetes-models: no schema is downloaded at run time. Input: a JSON file holding an array of objects (the test
// renders an overlay with `kubectl kustomize` and converts its YAML). Prints one line per problem and exits 1 when
// any object is invalid, holds a field its type does not declare (kube-fields.mjs), or is of a kind the package does not know; exits 0 and prints the count otherwise.
import { readFileSync } from "node:fs";
import { unknownFields } from "./kube-fields.mjs";

const [file] = process.argv.slice(2);
if (!file) {
  console.error("usage: node kube-validate.mjs OBJECTS.json");
  process.exit(2);
}
const objects = JSON.parse(readFileSync(file, "utf8"));
let problems = 0;
for (const [index, object] of objects.entries()) {
  const where = `#${index} ${object.kind ?? "?"}/${object.metadata?.name ?? "?"}`;
  // apiVersion "v1" is the core group; "apps/v1", "policy/v1", "autoscaling/v2" are the package's folders of the same names.
  let model;
  try {
    model = (await import(`kubernetes-models/${object.apiVersion}`))[object.kind];
  } catch {
    model = undefined;
  }
  if (typeof model !== "function") {
    console.log(`${where}: unknown apiVersion/kind ${object.apiVersion}/${object.kind}`);
    problems++;
    continue;
  }
  try {
    new model(object).validate();
  } catch (error) {
    const details = error.errors?.map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ") ?? error.message;
    console.log(`${where}: ${details}`);
    problems++;
  }
  for (const field of unknownFields(object)) {
    console.log(`${where}: ${field}`);
    problems++;
  }
}
if (problems > 0) {
  process.exit(1);
}
console.log(`${objects.length} objects valid`);
