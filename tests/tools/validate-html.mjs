// `npm run test:html [build folder]`: html-validate over every page of a build (default dist/, or
// E2E_OUT_DIR), with the rules in tests/html-validate.json. Prints each problem with its file, line and
// rule, and exits non-zero on any error.

import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { formatterFactory, HtmlValidate, StaticConfigLoader } from "html-validate";
import { builtPages, builtSiteDir, ROOT } from "../helpers/site-pages.mjs";
import { writeSummary } from "../helpers/summary.mjs";

const dir = builtSiteDir(process.argv[2]);
const pages = builtPages(dir);
const config = JSON.parse(readFileSync(join(ROOT, "tests", "html-validate.json"), "utf8"));
delete config.$schema;
const validator = new HtmlValidate(new StaticConfigLoader(config));

const report = await validator.validateMultipleFiles(pages.map((p) => p.file));
for (const result of report.results) result.filePath = relative(process.cwd(), result.filePath);
const stylish = formatterFactory("stylish");
if (report.results.length > 0) console.log(stylish(report.results));

const failed = new Set(report.results.filter((r) => r.errorCount > 0).map((r) => r.filePath));
console.log(
  `[html] ${pages.length} pages in ${relative(process.cwd(), dir) || "."}: ${report.errorCount} errors, ${report.warningCount} warnings` +
    (failed.size > 0 ? ` in ${failed.size} pages` : ""),
);
// One test per page: a page passes when html-validate finds no error in it.
writeSummary({ passed: pages.length - failed.size, failed: failed.size });
process.exit(report.valid ? 0 : 1);
