"""The answer reader: a small language model that reads a question beside a passage and scores
whether the passage states its answer.

The offline judge's rules match a question's words to a passage's through the lexicon and the
paraphrase table; a passage that answers in other words ("Weekend work is paid at time and a
half." for "Do you get paid more for working on a Saturday?") is beyond them. The reader is
all-MiniLM-L6-v2 (Apache-2.0) fine-tuned as a cross-encoder on the labelled development sets
(`scripts/train_answer_reader.py` says how), exported to ONNX with 8-bit weights and run with
onnxruntime on the CPU: no network, no deep-learning framework. It reads the question and one
passage together and gives the chance, 0 to 1, that the passage answers it.

`data/reader/` holds the model, its tokenizer and a README with where it comes from.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["AnswerReader", "default_reader"]

# Longest question and passage read together, in word pieces: a passage is a sentence or a
# record, and what runs past this is cut from the passage, never from the question.
MAX_PIECES = 128


class AnswerReader:
    """Scores (question, passage) pairs with the fine-tuned cross-encoder in `folder`."""

    def __init__(self, folder: Path) -> None:
        # Imported here: they cost a few tenths of a second, which a command that judges no
        # question should not pay.
        import onnxruntime
        from tokenizers import Tokenizer

        self.folder = folder
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tokenizer.enable_truncation(MAX_PIECES, strategy="only_second")
        self._tokenizer.no_padding()  # each pair is read alone: nothing to pad
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3  # its warnings are for the model's builder, not users
        # One pair is a few dozen word pieces: a second thread gains nothing on so little, and
        # its busy-waiting for work halves the speed when another program uses the cores.
        options.intra_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session: Any = onnxruntime.InferenceSession(
            str(folder / "model.onnx"), options, providers=["CPUExecutionProvider"]
        )

    def scores(self, question: str, passages: Sequence[str]) -> list[float]:
        """For each passage, the chance (0 to 1) that it states the answer to `question`."""
        return self.score_pairs([(question, p) for p in passages])

    def score_pairs(self, pairs: Sequence[tuple[str, str]]) -> list[float]:
        """For each (question, passage) pair, the chance that the passage answers it.

        Each pair is read on its own: the 8-bit model scales its numbers by what a batch
        holds, so a pair read beside others (and their padding) scores a little differently,
        and a question's verdict must not depend on what else is judged with it."""
        import numpy as np

        found = []
        for e in self._tokenizer.encode_batch(list(pairs)):
            feed = {
                "input_ids": np.array([e.ids], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids], dtype=np.int64),
            }
            logit = float(np.asarray(self._session.run(["logits"], feed)[0]).reshape(-1)[0])
            found.append(0.5 * (1.0 + math.tanh(logit / 2)))  # the logistic, for any logit
        return found


@cache
def default_reader() -> AnswerReader:
    """The reader infoprep ships, loaded once."""
    folder = Path(str(resources.files("infoprep.questions") / "data" / "reader"))
    return AnswerReader(folder)
