"""The passage finder: the passages nearest a question in meaning, for the answer reader.

bm25 finds a passage that shares the question's words, or the words the lexicon gives for
them; a passage that answers in other words ("All three restaurants are closed on Mondays."
for "Which day of the week are all the restaurants shut?") shares none, and the reader never
sees it. The finder is all-MiniLM-L6-v2 (Apache-2.0) as a sentence embedding, not fine-tuned
(`scripts/export_passage_finder.py` says how it was exported), run with onnxruntime on the
CPU: a question and a passage that says the same thing in other words lie close.

`data/finder/` holds the model, and a README with where it comes from; its word pieces are
the answer reader's (`data/reader/tokenizer.json`), the same base model's vocabulary.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["PassageFinder", "default_finder"]

# Longest text embedded, in word pieces: a passage is a sentence or a record; the rest of a
# longer one is cut.
MAX_PIECES = 128


class PassageFinder:
    """Embeds texts with the sentence model in `folder` (its word pieces from `tokenizer`)."""

    def __init__(self, folder: Path, tokenizer: Path) -> None:
        # Imported here, as the reader does: a command that judges no question pays nothing.
        import onnxruntime
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(tokenizer))
        self._tokenizer.enable_truncation(MAX_PIECES)
        self._tokenizer.no_padding()
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        # One text is a few dozen word pieces: a second thread gains nothing (see reader.py).
        options.intra_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session: Any = onnxruntime.InferenceSession(
            str(folder / "model.onnx"), options, providers=["CPUExecutionProvider"]
        )

    def embed(self, texts: Sequence[str]) -> Any:
        """One row of unit length per text (a numpy array, texts × 384). Each text is read
        alone: the 8-bit model scales its numbers by what a batch holds, so a passage's
        vector must not depend on what else is embedded with it."""
        import numpy as np

        rows = []
        for e in self._tokenizer.encode_batch(list(texts)):
            feed = {
                "input_ids": np.array([e.ids], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids], dtype=np.int64),
            }
            rows.append(np.asarray(self._session.run(["embedding"], feed)[0])[0])
        return np.array(rows, dtype=np.float32).reshape(len(rows), -1)

    def nearest(self, question: str, passages: Any, limit: int) -> list[int]:
        """The indexes of the `limit` rows of `passages` (from `embed`) nearest `question`,
        nearest first."""
        import numpy as np

        if len(passages) == 0 or limit <= 0:
            return []
        closeness = passages @ self.embed([question])[0]
        order = np.argsort(-closeness, kind="stable")[:limit]
        return [int(i) for i in order]


@cache
def default_finder() -> PassageFinder:
    """The finder infoprep ships, loaded once."""
    data = Path(str(resources.files("infoprep.questions") / "data"))
    return PassageFinder(data / "finder", data / "reader" / "tokenizer.json")
