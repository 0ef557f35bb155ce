#!/usr/bin/env python3
"""Prints the bench-results/SIZE/*.json of bench/run-all.sh as Markdown rows for docs/benchmarks.md.
usage: bench/table.py [bench-results]"""
import json, os, sys

root = sys.argv[1] if len(sys.argv) > 1 else "bench-results"
for size in sorted(os.listdir(root)):
    for name in ("core", "memory", "ui"):
        path = os.path.join(root, size, name + ".json")
        if not os.path.exists(path):
            continue
        for b in json.load(open(path))["benchmarks"]:
            c = {k: v for k, v in b.items() if isinstance(v, (int, float)) and k not in ("iterations", "repetitions",
                 "repetition_index", "threads", "family_index", "per_family_instance_index")}
            cells = ", ".join("%s=%.3g" % (k, v) for k, v in sorted(c.items()) if k not in ("real_time", "cpu_time"))
            print("| %s | %s | %s |" % (size, b["name"].split("/")[0], cells))
    path = os.path.join(root, size, "coldstart.json")
    if os.path.exists(path):
        print("| %s | coldstart | %s |" % (size, open(path).read().strip()))
