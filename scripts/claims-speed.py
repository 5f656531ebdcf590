#!/usr/bin/env python3
"""Claim extraction speed on one core: the dev passages of ../shared/bench/claims repeated into one
long text, read with and without a config; the difference is the claims step.

    python3 scripts/claims-speed.py [--claimwatch .build/release/claimwatch] [--repeat 40]
"""
import argparse, json, os, subprocess, tempfile, time

parser = argparse.ArgumentParser()
parser.add_argument("--claimwatch", default=".build/release/claimwatch")
parser.add_argument("--cases", default=os.path.join(os.path.dirname(__file__), "../../shared/bench/claims/dev.jsonl"))
parser.add_argument("--repeat", type=int, default=40)
args = parser.parse_args()

cases = [json.loads(line) for line in open(args.cases)]
work = tempfile.mkdtemp(prefix="claims-speed-")
text = os.path.join(work, "big.txt")
with open(text, "w") as f:
    f.write("\n\n".join(c["text"] for c in cases * args.repeat))
first = cases[0]
topic = dict(first["topic"])
config = os.path.join(work, "config.yaml")
with open(config, "w") as f:
    json.dump({"database": os.path.join(work, "x.sqlite"), "sources": [], "topics": [topic],
               "entities": first["entities"], "alerts": []}, f)  # JSON is YAML

def best(command, runs=3):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        times.append(time.perf_counter() - start)
    return min(times), out

base = [args.claimwatch, "inspect", text, "--as", "text", "--format", "json"]
without, _ = best(base)
with_claims, out = best(base + ["--config", config])
sentences = len(json.loads(out)["sentences"])
print(f"{sentences} sentences: {with_claims:.2f} s with claims, {without:.2f} s without; "
      f"claims step {sentences / (with_claims - without):,.0f} sentences/s")
