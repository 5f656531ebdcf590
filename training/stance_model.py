"""The claims stance model in torch: the reference of the Swift run time (Sources/Inference).

A pair is (a, b): a is the topic's text, b a passage in which every mention of the watched entity
is wrapped as "[ name ]" (see `mark_mentions`). The model is the base MiniLM/BERT encoder
(`transformers.BertModel`) and a linear head over two pooled vectors of its last hidden states:

    features = concat(mean over the pair's tokens (padding excluded),
                      mean over the "[" tokens of segment b, zeros when b has none)   # 2 x 384
    logits   = head(features)                                                        # len(labels)

The fine-tuned part ships as an *overlay*: a safetensors file with the top layers' tensors under
their HF `BertModel` names (e.g. ``encoder.layer.4.attention.self.query.weight``), which replace
the base model's, plus ``head.weight`` / ``head.bias``, and in its ``__metadata__`` the labels
(comma-separated, in the head's row order), ``max_length`` and ``num_attention_heads``. The Swift
`StanceClassifier(baseDirectory:overlay:)` reads exactly that; keep this module and
Sources/Inference/StanceClassifier.swift in step (Tests/InferenceTests checks their logits agree).

Typical training code:

    tokenizer = load_tokenizer(base_dir)
    model = StanceModel(base_dir)
    batch = encode(tokenizer, [(topic, mark_mentions(text, names)) ...])
    logits = model(**batch)
    ...
    save_overlay(model, "stance-overlay.safetensors", metadata={"trained_on": "corpus v3"})
"""

from __future__ import annotations

import re
from typing import Iterable, Mapping, Sequence

import torch
from torch import nn
from safetensors import safe_open
from safetensors.torch import save_file
from transformers import AutoTokenizer, BertModel

#: The stance labels in the head's row order (the claimwatch contract's stances, plus "none").
LABELS: tuple[str, ...] = ("none", "affirm", "deny", "evade")
#: The token that opens a mention of the watched entity in segment b.
MARKER = "["
#: Pairs are cut to this many tokens (b from its end), here and in Swift.
MAX_LENGTH = 128


def load_tokenizer(base_dir: str):
    """The base model's tokenizer (HF fast BERT WordPiece, uncased), as the Swift one reproduces."""
    return AutoTokenizer.from_pretrained(base_dir)


def mark_mentions(text: str, names: Iterable[str]) -> str:
    """Wraps each mention of any of `names` in `text` as "[ name ]".

    Longest names first, case-sensitive, on word boundaries, so "Halden Energy" is one mention and
    not "Halden" inside it.
    """
    ordered = sorted({n for n in names if n}, key=len, reverse=True)
    if not ordered:
        return text
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in ordered) + r")(?!\w)")
    return pattern.sub(lambda m: "[ " + m.group(1) + " ]", text)


def encode(tokenizer, pairs: Sequence[tuple[str, str]], max_length: int = MAX_LENGTH) -> dict[str, torch.Tensor]:
    """Encodes (a, b) pairs as `[CLS] a [SEP] b [SEP]`, b cut from its end to `max_length`.

    Returns the model's keyword arguments, padded to the longest pair: ``input_ids``,
    ``attention_mask``, ``token_type_ids`` (0 for a, 1 for b) and ``marker_mask`` (1 at the
    MARKER tokens of segment b), all int64 of shape [batch, length].
    """
    if not pairs:
        raise ValueError("encode needs at least one pair")
    batch = tokenizer(
        [a for a, _ in pairs],
        [b for _, b in pairs],
        truncation="only_second",
        max_length=max_length,
        padding=True,
        return_tensors="pt",
        return_token_type_ids=True,
        return_attention_mask=True,
    )
    marker_id = tokenizer.convert_tokens_to_ids(MARKER)
    marker_mask = (batch["input_ids"] == marker_id) & (batch["token_type_ids"] == 1) & (batch["attention_mask"] == 1)
    return {
        "input_ids": batch["input_ids"],
        "attention_mask": batch["attention_mask"],
        "token_type_ids": batch["token_type_ids"],
        "marker_mask": marker_mask.long(),
    }


class StanceModel(nn.Module):
    """BertModel (no pooler) + the stance head. `forward` returns logits [batch, len(labels)].

    `attn_implementation` is passed to transformers; "eager" is the plain masked softmax the Swift
    code computes, "sdpa" is faster for training and agrees to float rounding.
    """

    def __init__(self, base_dir: str, labels: Sequence[str] = LABELS, attn_implementation: str = "eager"):
        super().__init__()
        self.bert = BertModel.from_pretrained(base_dir, add_pooling_layer=False, attn_implementation=attn_implementation)
        self.labels = tuple(labels)
        self.head = nn.Linear(2 * self.bert.config.hidden_size, len(self.labels))

    def features(self, input_ids, attention_mask, token_type_ids, marker_mask) -> torch.Tensor:
        """concat(mean of the last hidden states over the non-padding tokens,
        mean over the marker tokens, zeros where there is none) -> [batch, 2 * hidden]."""
        hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state
        return pool(hidden, attention_mask, marker_mask)

    def forward(self, input_ids, attention_mask, token_type_ids, marker_mask) -> torch.Tensor:
        return self.head(self.features(input_ids, attention_mask, token_type_ids, marker_mask))


def pool(hidden: torch.Tensor, attention_mask: torch.Tensor, marker_mask: torch.Tensor) -> torch.Tensor:
    """The feature function on last hidden states [batch, length, hidden] (see the module doc)."""
    tokens = attention_mask.unsqueeze(-1).to(hidden.dtype)
    mean_all = (hidden * tokens).sum(1) / tokens.sum(1).clamp(min=1)
    markers = marker_mask.unsqueeze(-1).to(hidden.dtype)
    mean_markers = (hidden * markers).sum(1) / markers.sum(1).clamp(min=1)  # zeros without markers
    return torch.cat([mean_all, mean_markers], dim=-1)


def overlay_tensors(model: StanceModel, layers: Iterable[int] = (4, 5), names: Iterable[str] | None = None,
                    dtype: torch.dtype = torch.float16) -> dict[str, torch.Tensor]:
    """The tensors `save_overlay` writes: every `BertModel` tensor of `layers` (or exactly
    `names`, HF `BertModel` names, when given) in `dtype`, and the head in float32."""
    state = model.bert.state_dict()
    if names is None:
        prefixes = tuple(f"encoder.layer.{i}." for i in layers)
        selected = [n for n in state if n.startswith(prefixes)]
        if len(selected) == 0:
            raise ValueError(f"no tensors for layers {list(layers)}")
    else:
        selected = list(names)
        missing = [n for n in selected if n not in state]
        if missing:
            raise KeyError(f"not BertModel tensors: {missing}")
    tensors = {n: state[n].detach().to(dtype).contiguous().cpu() for n in sorted(selected)}
    # The head is tiny and its rounding would show directly in the logits: kept in float32.
    tensors["head.weight"] = model.head.weight.detach().float().contiguous().cpu()
    tensors["head.bias"] = model.head.bias.detach().float().contiguous().cpu()
    return tensors


def save_overlay(model: StanceModel, path: str, layers: Iterable[int] = (4, 5), dtype: torch.dtype = torch.float16,
                 metadata: Mapping[str, str] | None = None, names: Iterable[str] | None = None,
                 max_length: int = MAX_LENGTH) -> None:
    """Writes the overlay: the top `layers` (or the listed `names`) in `dtype`, the head in float32,
    and ``__metadata__`` with labels, max_length, num_attention_heads, layers (those the file
    holds tensors of), plus `metadata` (string values; they may not override those keys)."""
    tensors = overlay_tensors(model, layers=list(layers), names=names, dtype=dtype)
    header = {
        "labels": ",".join(model.labels),
        "max_length": str(max_length),
        "num_attention_heads": str(model.bert.config.num_attention_heads),
        "layers": ",".join(str(i) for i in sorted({int(n.split(".")[2]) for n in tensors if n.startswith("encoder.layer.")})),
        "format": "pt",
    }
    for key, value in (metadata or {}).items():
        if key in header and key != "format":
            raise ValueError(f"metadata key {key!r} is set by save_overlay")
        header[key] = str(value)
    save_file(tensors, path, metadata=header)


def load_overlay(model: StanceModel, path: str) -> dict[str, str]:
    """Copies the overlay's tensors (converted to the model's dtype) into `model`, sets its labels
    from the metadata, and returns the metadata. An overlay tensor the model lacks is an error."""
    state = model.bert.state_dict()
    with safe_open(path, framework="pt") as f:
        metadata = dict(f.metadata() or {})
        labels = tuple(l.strip() for l in metadata.get("labels", ",".join(model.labels)).split(","))
        if len(labels) != model.head.out_features:
            model.head = nn.Linear(model.head.in_features, len(labels))
        model.labels = labels
        with torch.no_grad():
            for name in f.keys():
                tensor = f.get_tensor(name)
                if name in ("head.weight", "head.bias"):
                    target = model.head.weight if name == "head.weight" else model.head.bias
                elif name in state:
                    target = state[name]
                else:
                    raise KeyError(f"{path}: tensor {name!r} is not in the model")
                if tuple(target.shape) != tuple(tensor.shape):
                    raise ValueError(f"{path}: tensor {name!r} has shape {tuple(tensor.shape)}, model {tuple(target.shape)}")
                target.copy_(tensor.to(target.dtype))
    return metadata
