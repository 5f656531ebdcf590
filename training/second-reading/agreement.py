#!/usr/bin/env python3
"""Agreement between the corpus labels and an independent second reading of a sample.

    python3 training/second-reading/agreement.py

sample.jsonl holds 300 passages drawn at random (seed 7) from training/corpus, without their
labels; labels.jsonl is a second annotator's reading of them, made from LABELS.md alone. Prints the
raw agreement and Cohen's kappa over every (passage, declared entity) decision (none / affirm /
deny / evade), the same over the decisions where either reader saw a stance, quantity agreement,
and the confusion table.
"""
import collections, json
from pathlib import Path

here = Path(__file__).resolve().parent
gold = {}
for f in sorted((here.parent / "corpus").glob("*.jsonl")):
    for line in f.read_text().splitlines():
        if line.strip():
            case = json.loads(line)
            gold[case["id"]] = case
second = [json.loads(l) for l in (here / "labels.jsonl").read_text().splitlines() if l.strip()]
labels = ["none", "affirm", "deny", "evade"]


def kappa(pairs):
    n = len(pairs)
    po = sum(a == b for a, b in pairs) / n
    ca, cb = collections.Counter(a for a, _ in pairs), collections.Counter(b for _, b in pairs)
    pe = sum(ca[l] * cb[l] for l in labels) / (n * n)
    return po, (po - pe) / (1 - pe)


pairs, q_agree, q_total, exact = [], 0, 0, 0
for reading in second:
    case = gold[reading["id"]]
    first = {s["entity"]: s["stance"] for s in case["expect"]["stances"]}
    other = {s["entity"]: s["stance"] for s in reading["stances"]}
    for entity in (e["id"] for e in case["entities"]):
        pairs.append((first.get(entity, "none"), other.get(entity, "none")))
    fq = {q["quantity"]: q["value"] for q in case["expect"].get("quantities", [])}
    oq = {q["quantity"]: q["value"] for q in reading.get("quantities", [])}
    for q in set(fq) | set(oq):
        q_total += 1
        q_agree += fq.get(q) == oq.get(q)
    exact += first == other and fq == oq
po, k = kappa(pairs)
stance_pairs = [p for p in pairs if p != ("none", "none")]
spo, sk = kappa(stance_pairs)
print(f"{len(second)} passages, {exact} read exactly alike")
print(f"entity decisions: {len(pairs)}, agreement {po:.3f}, Cohen's kappa {k:.3f}")
print(f"decisions where either reader saw a stance: {len(stance_pairs)}, agreement {spo:.3f}, kappa {sk:.3f}")
print(f"quantities: {q_agree} of {q_total} values agree")
conf = collections.Counter(pairs)
print("corpus \\ second  " + "  ".join(f"{l:>6}" for l in labels))
for a in labels:
    print(f"{a:>15}  " + "  ".join(f"{conf[(a, b)]:>6}" for b in labels))
