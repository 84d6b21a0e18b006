// node ner.js ENGINE DIR [MIN_SECONDS]
//
// Off-the-shelf named-entity extraction over every file of DIR (sorted by
// name), the same files bench/peer_extract gives caregraph. ENGINE is
//   compromise  nlp(text) then .people(), .places(), .organizations()
//   wink        wink-nlp with wink-eng-lite-web-model: readDoc(text) (its
//               whole pipeline: tokens, sentences, POS, NER) then
//               .entities() (the lite model's entity types are dates,
//               numbers, money, e-mails, ...: it has no person/organisation
//               type, so this is its NER as shipped)
// Files are read into memory and the library is loaded and warmed up on the
// first 20 files before the clock starts; then every file is extracted,
// pass after pass, until MIN_SECONDS (default 0: one pass) have passed, as
// bench/peer_extract does. Prints one JSON line (issues and bytes count
// every pass, entities the first pass's):
//   {"engine":E,"issues":N,"bytes":B,"seconds":S,"passes":P,"entities":K}
"use strict";
const fs = require("fs");
const path = require("path");

const [engine, dir, minArg] = process.argv.slice(2);
const minSeconds = Number(minArg || 0);
const names = fs.readdirSync(dir).sort();
const texts = names.map((n) => fs.readFileSync(path.join(dir, n), "utf8"));
const bytes = names.reduce((s, n) => s + fs.statSync(path.join(dir, n)).size, 0);

let extract;
if (engine === "compromise") {
  const nlp = require("compromise");
  extract = (t) => {
    const doc = nlp(t);
    return doc.people().out("array").length + doc.places().out("array").length +
        doc.organizations().out("array").length;
  };
} else if (engine === "wink") {
  const winkNLP = require("wink-nlp");
  const model = require("wink-eng-lite-web-model");
  const nlp = winkNLP(model);
  extract = (t) => nlp.readDoc(t).entities().out().length;
} else {
  console.error(`ner.js: unknown engine ${engine} (compromise or wink)`);
  process.exit(2);
}

for (const t of texts.slice(0, 20)) extract(t);
let entities = 0, passes = 0, seconds = 0;
const start = process.hrtime.bigint();
do {
  for (const t of texts) {
    const n = extract(t);
    if (passes === 0) entities += n;
  }
  ++passes;
  seconds = Number(process.hrtime.bigint() - start) / 1e9;
} while (seconds < minSeconds);
console.log(JSON.stringify({ engine, issues: texts.length * passes, bytes: bytes * passes, seconds, passes, entities }));
