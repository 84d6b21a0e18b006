"""Kuzu (npm `kuzu`, pinned in package.json) loads caregraph's CSV export
unchanged, and a Cypher neighbours query agrees with the graph: with the
fixture's own edges, and on a real database with `caregraph neighbours`.

usage: /usr/bin/python3 test_kuzu.py --cli CAREGRAPH --fixture EXPORT_FIXTURE --samples DIR --node_modules DIR
"""
import json
import os
import shutil
import sys

import common


def kuzu(modules, csv_dir, ids, tmp, name):
    ids_file = os.path.join(tmp, name + "-ids.json")
    with open(ids_file, "w", encoding="utf-8") as f:
        json.dump(ids, f)
    r = common.run(["node", os.path.join(os.path.dirname(__file__), "kuzu_neighbours.js"), modules, csv_dir,
                    os.path.join(tmp, name + "-kuzu"), ids_file])
    if r.returncode != 0:
        raise SystemExit(f"kuzu load/query failed on {csv_dir}: {r.stderr.strip()}")
    return json.loads(r.stdout)


def main():
    args = common.parse_args(sys.argv[1:])
    modules = os.path.abspath(args["node_modules"])
    if not shutil.which("node") or not os.path.isdir(os.path.join(modules, "kuzu")):
        print(f"SKIP: Kuzu not installed (run `npm install --prefix {os.path.dirname(modules)}`)")
        return common.SKIP
    c = common.Checker("kuzu")
    with common.tempdir() as tmp:
        d, want = common.fixture(args["fixture"], tmp)
        ids = sorted(common.neutral(i) for i in want["nodes"])
        got = kuzu(modules, os.path.join(d, "csv"), ids, tmp, "fixture")
        c.eq(got["nodes"], len(want["nodes"]), "fixture: Kuzu node count")
        c.eq(got["edges"], len(want["edges"]), "fixture: Kuzu edge count")
        dated = sum(1 for e in want["edges"] if e["type"] not in ("REGULATES",) and e["source"] != "ccg:+44 plus")
        c.eq(got["dated_edges"], dated, "fixture: DATE columns loaded")
        c.eq(got["names"], {common.neutral(i): common.neutral(n["name"]) for i, n in want["nodes"].items()},
             "fixture: hostile names read back exactly")
        nb = common.undirected_neighbours(want["edges"])
        for i in want["nodes"]:
            c.eq(got["neighbours"][common.neutral(i)], sorted(common.neutral(x) for x in nb.get(i, ())),
                 f"fixture: neighbours of {i!r}")

        real = common.real_db(args["cli"], args["samples"], tmp)
        if real:
            db, out, stats = real
            with open(os.path.join(out, "graph.json"), encoding="utf-8") as f:
                dump = json.load(f)
            degree = {}
            for e in dump["links"]:
                for end in (e["source"], e["target"]):
                    degree[end] = degree.get(end, 0) + 1
            # The best-connected entities, plus two with no relation at all.
            picks = sorted(degree, key=lambda n: (-degree[n], n))[:8]
            picks += [n["id"] for n in dump["nodes"] if n["id"] not in degree][:2]
            got = kuzu(modules, os.path.join(out, "csv"), picks, tmp, "real")
            c.eq(got["nodes"], stats["nodes"], "real: Kuzu node count == stats")
            c.eq(got["edges"], stats["edges"], "real: Kuzu edge count == stats")
            for nid in picks:
                r = common.run([args["cli"], "neighbours", nid, "--db", db, "--json"])
                if r.returncode != 0:
                    c.eq(r.returncode, 0, f"caregraph neighbours {nid!r}: {r.stderr.strip()}")
                    continue
                cli = sorted(x["node"]["id"] for x in json.loads(r.stdout)["neighbours"] if x["depth"] == 1)
                c.eq(got["neighbours"][nid], cli, f"real: Kuzu neighbours of {nid!r} == caregraph neighbours")
    return c.finish()


if __name__ == "__main__":
    sys.exit(main())
