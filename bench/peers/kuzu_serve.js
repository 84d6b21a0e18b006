// node kuzu_serve.js CSV_DIR DB_DIR
//
// The Kuzu side of the query comparison (bench/run.sh): loads caregraph's
// neo4j-admin CSV export (CSV_DIR/nodes.csv, edges.csv, written by
// `peer_graph csv` through caregraph's own exporter) into a fresh Kuzu
// database with COPY FROM, one node table and one relationship table whose
// columns follow the CSV headers, then prints
//   {"ready":true,"load_seconds":S,"nodes":N,"edges":M,"pairs":K}
// and answers "KIND FIRST COUNT" lines on stdin exactly as `peer_graph
// serve` does (same KINDs, same pairs from CSV_DIR/pairs.txt, same results),
// one JSON line {"kind","ms","results"} per command. Each query is a
// prepared Cypher statement executed with the pair's ids as parameters; its
// latency is execute + getAll, as a caller sees it.
"use strict";
const fs = require("fs");
const path = require("path");
const readline = require("readline");
const kuzu = require("kuzu");

const [csvDir, dbDir] = process.argv.slice(2);

function columns(file) {
  const header = fs.readFileSync(file, "utf8").split("\n", 1)[0].split(",");
  const cols = [];
  for (const h of header) {
    if (h === ":START_ID" || h === ":END_ID") continue;
    if (h === "id:ID") { cols.push("`id` STRING PRIMARY KEY"); continue; }
    const [name, type] = h.split(":");
    const column = name === "" ? type.toLowerCase() : name;  // ":LABEL" -> label, ":TYPE" -> type
    const kuzuType = { int: "INT64", boolean: "BOOLEAN", date: "DATE" }[name === "" ? "" : type] || "STRING";
    cols.push("`" + column + "` " + kuzuType);
  }
  return cols.join(", ");
}

const QUERIES = {
  hop1: "MATCH (a:Entity)-[:Rel]-(b:Entity) WHERE a.id = $a AND b.id <> $a RETURN DISTINCT b.id AS id",
  hop2: "MATCH (a:Entity)-[:Rel*1..2]-(b:Entity) WHERE a.id = $a AND b.id <> $a RETURN count(DISTINCT b) AS c",
  path: "MATCH p = (a:Entity)-[:Rel* SHORTEST 1..30]-(b:Entity) WHERE a.id = $a AND b.id = $b " +
        "RETURN length(p) AS len LIMIT 1",
  count: "MATCH (n:Entity) RETURN n.type AS t, count(*) AS c ORDER BY t",
};

function summarise(kind, rows, a, b) {
  if (kind === "hop1") return rows.length;
  if (kind === "hop2") return Number(rows[0].c);
  if (kind === "path") return a === b ? 0 : rows.length ? Number(rows[0].len) : -1;
  return rows.map((r) => `${r.t}=${Number(r.c)}`).join(";");
}

(async () => {
  const t0 = process.hrtime.bigint();
  fs.rmSync(dbDir, { recursive: true, force: true });
  const db = new kuzu.Database(dbDir);
  const conn = new kuzu.Connection(db);
  const nodes = path.join(csvDir, "nodes.csv"), edges = path.join(csvDir, "edges.csv");
  const opts = "(HEADER=true, DELIM=',', QUOTE='\"', ESCAPE='\"')";
  await conn.query(`CREATE NODE TABLE Entity(${columns(nodes)})`);
  await conn.query(`CREATE REL TABLE Rel(FROM Entity TO Entity, ${columns(edges)})`);
  await conn.query(`COPY Entity FROM "${nodes}" ${opts}`);
  await conn.query(`COPY Rel FROM "${edges}" ${opts}`);
  const load = Number(process.hrtime.bigint() - t0) / 1e9;
  const count = async (q) => Number((await (await conn.query(q)).getAll())[0].c);
  const n = await count("MATCH (n:Entity) RETURN count(*) AS c");
  const m = await count("MATCH ()-[r:Rel]->() RETURN count(*) AS c");
  const pairs = fs.readFileSync(path.join(csvDir, "pairs.txt"), "utf8").split("\n").filter((l) => l).map(
      (l) => l.split("\t"));
  const prepared = {};
  for (const [kind, q] of Object.entries(QUERIES)) prepared[kind] = await conn.prepare(q);
  console.log(JSON.stringify({ ready: true, load_seconds: load, nodes: n, edges: m, pairs: pairs.length }));

  const rl = readline.createInterface({ input: process.stdin });
  for await (const line of rl) {
    const [kind, first, cnt] = line.trim().split(/\s+/);
    if (!kind) continue;
    if (!prepared[kind]) { console.error(`kuzu_serve.js: unknown query kind ${kind}`); process.exit(1); }
    const ms = [], results = [];
    for (let q = Number(first); q < Number(first) + Number(cnt); ++q) {
      const [a, b] = pairs[q % pairs.length];
      const t = process.hrtime.bigint();
      const params = kind === "path" ? { a, b } : kind === "count" ? {} : { a };
      const rows = await (await conn.execute(prepared[kind], params)).getAll();
      ms.push(Number(process.hrtime.bigint() - t) / 1e6);
      results.push(summarise(kind, rows, a, b));
    }
    console.log(JSON.stringify({ kind, ms, results }));
  }
})().catch((e) => { console.error(`kuzu_serve.js: ${e.message}`); process.exit(1); });
