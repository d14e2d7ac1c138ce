// Baseline for bench/bench_reanchor.py: anchors passages the way the Hypothesis client does
// (the position if it still holds the quote, else its `matchQuote` with the old start as hint),
// calling Hypothesis's own match-quote.ts from a snapshot of hypothesis/client that is NOT in
// this repository, over the npm package approx-string-match installed in a cache folder.
//
// Usage: node hypothesis_match.mjs MATCH_QUOTE_TS NPM_DIR   (NPM_DIR/node_modules holds
// approx-string-match and typescript). Reads one JSON batch per line on stdin:
//   {"text": "...", "cases": [[start, end, exact, prefix, suffix], ...]}   (UTF-16 offsets)
// and writes one line per batch: {"results": [[start, end] | null, ...], "ms": [...]}.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';

const [matchQuoteTs, npmDir] = process.argv.slice(2);
const require = createRequire(join(npmDir, 'node_modules', 'x.js'));
const ts = require('typescript');
const approx = pathToFileURL(
  join(npmDir, 'node_modules', 'approx-string-match', 'build', 'src', 'index.js'),
).href;
const source = readFileSync(matchQuoteTs, 'utf8');
const js = ts
  .transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2020 },
  })
  .outputText.replaceAll("'approx-string-match'", `'${approx}'`);
const dir = mkdtempSync(join(tmpdir(), 'hyp-match-'));
const file = join(dir, 'match-quote.mjs');
writeFileSync(file, js);
const { matchQuote } = await import(pathToFileURL(file).href);

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (!line.trim()) continue;
  const { text, cases } = JSON.parse(line);
  const results = [];
  const ms = [];
  for (const [start, end, exact, prefix, suffix] of cases) {
    const t0 = performance.now();
    let found = null;
    if (text.slice(start, end) === exact) {
      found = [start, end];
    } else {
      const match = matchQuote(text, exact, { prefix, suffix, hint: start });
      if (match) found = [match.start, match.end];
    }
    ms.push(performance.now() - t0);
    results.push(found);
  }
  process.stdout.write(JSON.stringify({ results, ms }) + '\n');
}
