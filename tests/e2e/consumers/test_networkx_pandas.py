"""networkx (node-link JSON, GraphML) and pandas (CSV, JSONL) read caregraph's
dumps with the counts and attributes the graph holds.

usage: /usr/bin/python3 test_networkx_pandas.py --cli CAREGRAPH --fixture EXPORT_FIXTURE --samples DIR
"""
import collections
import inspect
import json
import os
import sys
import warnings

import networkx as nx
import pandas as pd

import common

NX_EDGES_KW = "edges" if "edges" in inspect.signature(nx.node_link_graph).parameters else "link"


def load_json(path):
    """The dump through node_link_graph, reading each edge-list key, and with
    networkx's default: all three must give the same graph."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    graphs = []
    for key in ("links", "edges"):
        graphs.append(nx.node_link_graph(data, directed=True, multigraph=True, **{NX_EDGES_KW: key}))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # networkx 3.4-3.5 warn about the default
        graphs.append(nx.node_link_graph(data))
    return data, graphs


def same_graph(c, a, b, what):
    c.eq(sorted(a.nodes(data=True), key=lambda x: x[0]) == sorted(b.nodes(data=True), key=lambda x: x[0]),
         True, f"{what}: same nodes")
    ea = sorted((u, v, k, json.dumps(d, sort_keys=True)) for u, v, k, d in a.edges(keys=True, data=True))
    eb = sorted((u, v, k, json.dumps(d, sort_keys=True)) for u, v, k, d in b.edges(keys=True, data=True))
    c.eq(ea == eb, True, f"{what}: same edges")


def check_fixture(c, d, want):
    nodes, edges = want["nodes"], want["edges"]
    data, graphs = load_json(os.path.join(d, "graph.json"))
    g = graphs[0]
    c.true(g.is_directed() and g.is_multigraph(), "json: a directed multigraph")
    for i, h in enumerate(graphs):
        c.eq(h.number_of_nodes(), len(nodes), f"json loader {i}: node count")
        c.eq(h.number_of_edges(), len(edges), f"json loader {i}: edge count")
    same_graph(c, graphs[0], graphs[1], "json links vs edges")
    same_graph(c, graphs[0], graphs[2], "json links vs default")
    for nid, n in nodes.items():
        a = g.nodes[nid]
        c.eq(a["name"], n["name"], f"json node {nid!r} name")
        c.eq(a["type"], n["type"], f"json node {nid!r} type")
        c.eq(a["aliases"], n["aliases"], f"json node {nid!r} aliases")
        c.eq(a["codes"], n["codes"], f"json node {nid!r} codes")
        for code, value in n["codes"].items():
            c.eq(a.get(code), value, f"json node {nid!r} flattened code {code}")
        c.eq(a["mentions"], n["mentions"], f"json node {nid!r} mentions")
    c.eq(g.nodes["ods:RJC"].get("attr_id"), "attribute named id", "json: an attribute named id survives as attr_id")
    for e in edges:
        key = e["type"]
        c.true(g.has_edge(e["source"], e["target"], key=key), f"json edge {e['source']}-{key}->{e['target']}")
        if not g.has_edge(e["source"], e["target"], key=key):
            continue
        a = g.edges[e["source"], e["target"], key]
        c.eq(a["type"], e["type"], f"json edge {key} type")
        c.eq(len(a["evidence"]), e["evidence"], f"json edge {key} evidence count")
        c.eq(a["weight"], e["evidence"], f"json edge {key} weight")
        for k, v in e["attributes"].items():
            field = {"source": "origin", "key": "attr_key"}.get(k, k)
            c.eq(a.get(field), (v == "true") if k == "vanguard" else v, f"json edge {key} attribute {k}")

    gm = nx.read_graphml(os.path.join(d, "graph.graphml"), force_multigraph=True)
    c.true(gm.is_directed(), "graphml: directed")
    c.eq(gm.number_of_nodes(), len(nodes), "graphml: node count")
    c.eq(gm.number_of_edges(), len(edges), "graphml: edge count")
    for nid, n in nodes.items():
        a = gm.nodes[nid]
        c.eq(a["name"], common.xml_text(n["name"]), f"graphml node {nid!r} name")
        c.eq(a["label"], common.xml_text(n["name"]), f"graphml node {nid!r} label")
        # networkx keeps no empty strings from GraphML: a missing key is ""
        c.eq(a.get("aliases", ""), ";".join(x.replace(";", ",") for x in n["aliases"]), f"graphml node {nid!r} aliases")
        c.eq(a["mentions"], n["mentions"], f"graphml node {nid!r} mentions (int)")
        c.eq(type(a["mentions"]), int, f"graphml node {nid!r} mentions type")
    typed = collections.Counter()
    for u, v, k, a in gm.edges(keys=True, data=True):
        c.eq(type(a["vanguard"]), bool, f"graphml edge {k} vanguard type")
        c.eq(type(a["weight"]), float, f"graphml edge {k} weight type")
        typed[(u, v, a["type"])] += 1
    c.eq(sorted(typed), sorted((e["source"], e["target"], e["type"]) for e in edges), "graphml: edge ends and types")
    develops = [a for u, v, a in gm.edges(data=True) if u == "ods:RJC" and a["type"] == "DEVELOPS"]
    c.eq([a["vanguard"] for a in develops], [True], "graphml: vanguard true stays a boolean")

    nd = pd.read_csv(os.path.join(d, "csv", "nodes.csv"), dtype=str, keep_default_na=False)
    ed = pd.read_csv(os.path.join(d, "csv", "edges.csv"), dtype=str, keep_default_na=False)
    c.eq(len(nd), len(nodes), "pandas nodes.csv rows")
    c.eq(len(ed), len(edges), "pandas edges.csv rows")
    by_id = nd.set_index("id:ID")
    for nid, n in nodes.items():
        c.eq(by_id.loc[common.neutral(nid), "name"], common.neutral(n["name"]), f"pandas node {nid!r} name")
        c.eq(by_id.loc[common.neutral(nid), ":LABEL"], n["type"], f"pandas node {nid!r} label")
    c.true(set(ed[":START_ID"]) | set(ed[":END_ID"]) <= set(nd["id:ID"]), "pandas: every edge end is a node")
    c.eq(sorted(zip(ed[":START_ID"], ed[":END_ID"], ed[":TYPE"])),
         sorted((e["source"], e["target"], e["type"]) for e in edges), "pandas: edges")

    jl = pd.read_json(os.path.join(d, "graph.jsonl"), lines=True)
    c.eq(dict(collections.Counter(jl["record"])), {"node": len(nodes), "edge": len(edges)}, "pandas jsonl records")


def check_real(c, out, stats):
    _, graphs = load_json(os.path.join(out, "graph.json"))
    g = graphs[0]
    for i, h in enumerate(graphs):
        c.eq(h.number_of_nodes(), stats["nodes"], f"real json loader {i}: nodes == stats")
        c.eq(h.number_of_edges(), stats["edges"], f"real json loader {i}: edges == stats")
    same_graph(c, graphs[0], graphs[1], "real json links vs edges")
    c.eq(dict(collections.Counter(t for _, t in g.nodes(data="type"))), stats["nodes_by_type"],
         "real json: nodes by type == stats")
    c.eq(dict(collections.Counter(t for _, _, t in g.edges(data="type"))), stats["edges_by_type"],
         "real json: edges by type == stats")
    gm = nx.read_graphml(os.path.join(out, "graph.graphml"), force_multigraph=True)
    c.eq(gm.number_of_nodes(), stats["nodes"], "real graphml: nodes == stats")
    c.eq(gm.number_of_edges(), stats["edges"], "real graphml: edges == stats")
    c.eq(dict(collections.Counter(t for _, _, t in gm.edges(data="type"))), stats["edges_by_type"],
         "real graphml: edges by type == stats")
    c.eq({n: a["name"] for n, a in gm.nodes(data=True)}, {n: common.xml_text(a["name"]) for n, a in g.nodes(data=True)},
         "real graphml: names == json names")
    nd = pd.read_csv(os.path.join(out, "csv", "nodes.csv"), dtype=str, keep_default_na=False)
    ed = pd.read_csv(os.path.join(out, "csv", "edges.csv"), dtype=str, keep_default_na=False)
    c.eq(len(nd), stats["nodes"], "real pandas nodes.csv rows == stats")
    c.eq(len(ed), stats["edges"], "real pandas edges.csv rows == stats")
    c.eq(dict(collections.Counter(ed[":TYPE"])), stats["edges_by_type"], "real pandas: edges by type == stats")
    with open(os.path.join(out, "graph.jsonl"), encoding="utf-8") as f:
        kinds = collections.Counter(json.loads(line)["record"] for line in f)
    c.eq(dict(kinds), {"node": stats["nodes"], "edge": stats["edges"]} if stats["edges"] else {"node": stats["nodes"]},
         "real jsonl records == stats")


def main():
    args = common.parse_args(sys.argv[1:])
    c = common.Checker("networkx+pandas")
    print(f"networkx {nx.__version__}, pandas {pd.__version__}")
    with common.tempdir() as tmp:
        d, want = common.fixture(args["fixture"], tmp)
        check_fixture(c, d, want)
        real = common.real_db(args["cli"], args["samples"], tmp)
        if real:
            check_real(c, real[1], real[2])
    return c.finish()


if __name__ == "__main__":
    sys.exit(main())
