#!/usr/bin/env python3
"""Fine-tunes the claims stance model from the committed corpus (`make model`).

    python3 training/train.py --pairs PAIRS.jsonl --base DIR --out models/stance.safetensors
        [--epochs 5] [--lr 2e-4] [--label-smoothing 0.1] [--seed 13] [--holdout 0.15] [--layers 2]

PAIRS.jsonl comes from `claimwatch-candidates` (the Swift mention and candidate rules applied to
training/corpus/*.jsonl), so the model reads at training time exactly what it reads at run time.
The encoder's lower layers stay frozen: their outputs are computed once and cached, and only the
top `--layers` layers and the head are trained (CPU, 2 threads, a few minutes). The fine-tuned part
is written as an overlay of safetensors (top layers in float16, the head in float32), at most 10 MB.

--holdout F keeps a fraction F of the corpus's stories out of training and prints their accuracy
and per-label F1: a check on stories the model never saw (0 trains on everything).
"""
import argparse, json, random, sys, time
from collections import Counter, defaultdict
from pathlib import Path

import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parent))
import stance_model  # noqa: E402

LABELS = ["none", "affirm", "deny", "evade"]


def load_pairs(path):
    rows = [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]
    return rows


def story_of(case_id, stories):
    return stories.get(case_id, case_id.rsplit("-", 1)[0])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", required=True)
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parent / "corpus"))
    ap.add_argument("--base", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-4)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--holdout", type=float, default=0.0)
    ap.add_argument("--max-length", type=int, default=128)
    ap.add_argument("--label-smoothing", type=float, default=0.1)
    args = ap.parse_args()

    torch.set_num_threads(2)
    random.seed(args.seed)
    torch.manual_seed(args.seed)

    rows = load_pairs(args.pairs)
    stories = {}
    for f in sorted(Path(args.corpus).glob("*.jsonl")):
        for line in f.read_text().splitlines():
            if line.strip():
                case = json.loads(line)
                stories[case["id"]] = case.get("story") or case["id"].rsplit("-", 1)[0]
    all_stories = sorted({story_of(r["case"], stories) for r in rows})
    rng = random.Random(args.seed)
    held = set(rng.sample(all_stories, int(len(all_stories) * args.holdout))) if args.holdout > 0 else set()
    train = [r for r in rows if story_of(r["case"], stories) not in held]
    test = [r for r in rows if story_of(r["case"], stories) in held]
    print(f"pairs: {len(rows)} ({len(train)} train, {len(test)} held out from {len(held)} of {len(all_stories)} stories)")
    print("labels:", dict(Counter(r["label"] for r in train)))

    model = stance_model.StanceModel(args.base)
    model.eval()
    tokenizer = stance_model.load_tokenizer(args.base)
    n_layers = len(model.bert.encoder.layer)
    frozen = n_layers - args.layers
    for p in model.parameters():
        p.requires_grad = False
    trainable = list(model.bert.encoder.layer[frozen:].parameters())
    for p in trainable:
        p.requires_grad = True
    for p in model.head.parameters():
        p.requires_grad = True

    def extended(mask):
        # The additive attention mask of an eager BertLayer: 0 on tokens, a large negative on padding.
        return (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min

    def run_layers(hidden, mask, layers):
        ext = extended(mask)
        for layer in layers:
            out = layer(hidden, attention_mask=ext)
            hidden = out[0] if isinstance(out, tuple) else out
        return hidden

    def lower_layers(enc):
        hidden = model.bert.embeddings(input_ids=enc["input_ids"], token_type_ids=enc["token_type_ids"])
        return run_layers(hidden, enc["attention_mask"], model.bert.encoder.layer[:frozen])

    def cache(batch_rows):
        """Frozen layers' output per pair, unpadded, with the pair's masks."""
        enc = stance_model.encode(tokenizer, [(r["a"], r["b"]) for r in batch_rows], args.max_length)
        with torch.no_grad():
            hidden = lower_layers(enc)
        out = []
        for i in range(len(batch_rows)):
            n = int(enc["attention_mask"][i].sum())
            out.append((hidden[i, :n].clone(), enc["marker_mask"][i, :n].clone()))
        return out

    def cached(rows_):
        start = time.time()
        items = []
        order = sorted(range(len(rows_)), key=lambda i: len(rows_[i]["b"]))
        for k in range(0, len(order), 64):
            chunk = [rows_[i] for i in order[k:k + 64]]
            for i, item in zip(order[k:k + 64], cache(chunk)):
                items.append((i, item))
        items.sort(key=lambda x: x[0])
        print(f"cached {len(rows_)} pairs through {frozen} frozen layers in {time.time() - start:.0f} s")
        return [item for _, item in items]

    def collate(items):
        L = max(h.shape[0] for h, _ in items)
        B = len(items)
        hidden = torch.zeros(B, L, model.bert.config.hidden_size)
        mask = torch.zeros(B, L, dtype=torch.long)
        markers = torch.zeros(B, L, dtype=torch.long)
        for i, (h, m) in enumerate(items):
            n = h.shape[0]
            hidden[i, :n] = h
            mask[i, :n] = 1
            markers[i, :n] = m
        return hidden, mask, markers

    def logits_of(items):
        hidden, mask, markers = collate(items)
        out = run_layers(hidden, mask, model.bert.encoder.layer[frozen:])
        return model.head(stance_model.pool(out, mask, markers))

    # The split forward (cached lower layers, trained upper layers) must equal the model's own.
    with torch.no_grad():
        probe = train[:4]
        enc = stance_model.encode(tokenizer, [(r["a"], r["b"]) for r in probe], args.max_length)
        full = model(**enc)
        split = model.head(stance_model.pool(run_layers(lower_layers(enc), enc["attention_mask"],
                                                        model.bert.encoder.layer[frozen:]), enc["attention_mask"], enc["marker_mask"]))
        assert torch.allclose(full, split, atol=1e-4), (full, split)

    train_items = cached(train)
    train_y = torch.tensor([LABELS.index(r["label"]) for r in train])
    test_items = cached(test) if test else []

    counts = Counter(r["label"] for r in train)
    # Mild class weights: the rarer stance labels count a little more than "none".
    weights = torch.tensor([(len(train) / (4 * max(1, counts[l]))) ** 0.5 for l in LABELS])
    opt = torch.optim.AdamW([
        {"params": trainable, "lr": args.lr},
        {"params": model.head.parameters(), "lr": args.head_lr},
    ], weight_decay=0.01)
    steps = args.epochs * ((len(train_items) + args.batch - 1) // args.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / (0.06 * steps)) * max(0.0, 1 - s / steps))

    def evaluate(items, rows_):
        if not items:
            return
        model.eval()
        preds = []
        with torch.no_grad():
            for k in range(0, len(items), 64):
                preds += logits_of(items[k:k + 64]).argmax(-1).tolist()
        gold = [LABELS.index(r["label"]) for r in rows_]
        acc = sum(p == g for p, g in zip(preds, gold)) / len(gold)
        f1s = []
        for c in range(1, 4):
            tp = sum(p == c and g == c for p, g in zip(preds, gold))
            fp = sum(p == c and g != c for p, g in zip(preds, gold))
            fn = sum(p != c and g == c for p, g in zip(preds, gold))
            f1s.append(2 * tp / max(1, 2 * tp + fp + fn))
        tp = sum(p == g and g != 0 for p, g in zip(preds, gold))
        fp = sum(p != 0 and p != g for p, g in zip(preds, gold))
        fn = sum(g != 0 and p != g for p, g in zip(preds, gold))
        print(f"  held out: accuracy {acc:.3f}, stance F1 {2 * tp / max(1, 2 * tp + fp + fn):.3f} "
              f"(affirm {f1s[0]:.3f}, deny {f1s[1]:.3f}, evade {f1s[2]:.3f})")

    step = 0
    for epoch in range(args.epochs):
        model.train()
        order = list(range(len(train_items)))
        rng.shuffle(order)
        start, total = time.time(), 0.0
        for k in range(0, len(order), args.batch):
            idx = order[k:k + args.batch]
            logits = logits_of([train_items[i] for i in idx])
            loss = F.cross_entropy(logits, train_y[idx], weight=weights, label_smoothing=args.label_smoothing)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(trainable + list(model.head.parameters()), 1.0)
            opt.step()
            sched.step()
            step += 1
            total += loss.item() * len(idx)
        print(f"epoch {epoch + 1}: loss {total / len(order):.4f} ({time.time() - start:.0f} s)")
        evaluate(test_items, test)

    metadata = {"pairs": str(len(train)), "seed": str(args.seed), "epochs": str(args.epochs)}
    stance_model.save_overlay(model, args.out, layers=list(range(frozen, n_layers)), metadata=metadata,
                              max_length=args.max_length)
    print(f"wrote {args.out} ({Path(args.out).stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
