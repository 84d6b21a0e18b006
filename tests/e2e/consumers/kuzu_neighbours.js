// node kuzu_neighbours.js NODE_MODULES CSV_DIR DB_DIR IDS_JSON
//
// Loads caregraph's neo4j-admin CSV export into Kuzu unchanged: one node
// table and one relationship table whose columns follow the CSV headers
// (`name:int` -> INT64, `:boolean` -> BOOLEAN, `:date` -> DATE, the rest
// STRING), then for every id in IDS_JSON asks, in Cypher, for the entities
// one relation away in either direction. Prints JSON:
//   {"nodes": N, "edges": M, "dated_edges": K, "names": {id: name},
//    "neighbours": {id: [ids]}}
const fs = require("fs");
const path = require("path");
const [modules, csvDir, dbDir, idsFile] = process.argv.slice(2);
const kuzu = require(path.join(modules, "kuzu"));

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

async function rows(conn, query, params) {
  const result = params ? await conn.execute(await conn.prepare(query), params) : await conn.query(query);
  return result.getAll();
}

(async () => {
  const db = new kuzu.Database(dbDir);
  const conn = new kuzu.Connection(db);
  const nodes = path.join(csvDir, "nodes.csv"), edges = path.join(csvDir, "edges.csv");
  const opts = "(HEADER=true, PARALLEL=false, DELIM=',', QUOTE='\"', ESCAPE='\"')";
  await conn.query(`CREATE NODE TABLE Entity(${columns(nodes)})`);
  await conn.query(`CREATE REL TABLE Rel(FROM Entity TO Entity, ${columns(edges)})`);
  await conn.query(`COPY Entity FROM "${nodes}" ${opts}`);
  await conn.query(`COPY Rel FROM "${edges}" ${opts}`);
  const out = { neighbours: {} };
  out.nodes = Number((await rows(conn, "MATCH (n:Entity) RETURN count(*) AS c"))[0].c);
  out.edges = Number((await rows(conn, "MATCH ()-[r:Rel]->() RETURN count(*) AS c"))[0].c);
  out.dated_edges = Number((await rows(conn,
      "MATCH ()-[r:Rel]->() WHERE r.first_seen IS NOT NULL AND r.first_seen <= r.last_seen RETURN count(*) AS c"))[0].c);
  out.names = {};
  for (const r of await rows(conn, "MATCH (n:Entity) RETURN n.id AS id, n.name AS name")) out.names[r.id] = r.name;
  for (const id of JSON.parse(fs.readFileSync(idsFile, "utf8"))) {
    const found = await rows(conn, "MATCH (a:Entity)-[:Rel]-(b:Entity) WHERE a.id = $id RETURN DISTINCT b.id AS id", { id });
    out.neighbours[id] = found.map((r) => r.id).sort();
  }
  console.log(JSON.stringify(out));
})().catch((e) => {
  console.error("kuzu: " + (e && e.message ? e.message : e));
  process.exit(1);
});
