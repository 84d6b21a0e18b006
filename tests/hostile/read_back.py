"""Reads caregraph's dumps back with independent parsers (Python's json,
csv and xml.etree) and prints, as one JSON object, what each format says
the nodes are called:

  {"json": {id: {"name": .., "aliases": [..]}}, "jsonl": {..}, "graphml": {..},
   "csv": {..}, "svg": {"titles": [..], "scripts": N, "handlers": N}}

usage: read_back.py DIR   (DIR holds graph.json, graph.jsonl, graph.graphml,
csv/nodes.csv and graph.svg). Parse errors propagate: exit status 1.
"""
import csv
import json
import sys
import xml.etree.ElementTree as ET

d = sys.argv[1]
out = {}

with open(f"{d}/graph.json", encoding="utf-8") as f:
    g = json.load(f)
out["json"] = {n["id"]: {"name": n["name"], "aliases": n["aliases"]} for n in g["nodes"]}

out["jsonl"] = {}
with open(f"{d}/graph.jsonl", encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        if r["record"] == "node":
            out["jsonl"][r["id"]] = {"name": r["name"], "aliases": r["aliases"]}

ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
root = ET.parse(f"{d}/graph.graphml").getroot()
keys = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", ns)}
out["graphml"] = {}
for n in root.iter("{http://graphml.graphdrawing.org/xmlns}node"):
    data = {keys[x.get("key")]: (x.text or "") for x in n.findall("g:data", ns)}
    out["graphml"][n.get("id")] = {"name": data.get("name", ""), "aliases": data.get("aliases", "")}

with open(f"{d}/csv/nodes.csv", encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
head = rows[0]
out["csv"] = {r[0]: {"name": r[head.index("name")], "aliases": r[head.index("aliases:string[]")]} for r in rows[1:]}

svg = ET.parse(f"{d}/graph.svg").getroot()
titles, scripts, handlers = [], 0, 0
for el in svg.iter():
    tag = el.tag.rsplit("}", 1)[-1]
    if tag == "script":
        scripts += 1
    if tag == "title" and el.text is not None:
        titles.append(el.text)
    for a, v in el.attrib.items():
        if a.rsplit("}", 1)[-1].lower().startswith("on") or v.strip().lower().startswith("javascript:"):
            handlers += 1
out["svg"] = {"titles": titles, "scripts": scripts, "handlers": handlers}

json.dump(out, sys.stdout, ensure_ascii=False)
