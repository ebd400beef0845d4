"""examples/quickstart.ipynb runs top to bottom in a real kernel."""

from __future__ import annotations

import os

import nbformat
import pytest
from examples_support import EXAMPLES, REFERRAL_ASK, ROOT
from nbclient import NotebookClient


@pytest.mark.slow
def test_quickstart_runs_without_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    # The kernel imports this checkout's infoprep.
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p))
    notebook = nbformat.read(EXAMPLES / "quickstart.ipynb", as_version=4)
    client = NotebookClient(notebook, timeout=60, kernel_name="python3",
                            resources={"metadata": {"path": str(EXAMPLES)}})
    client.execute()  # raises CellExecutionError on any cell error
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    shown = "\n".join(
        str(o.get("text", "")) + str(o.get("data", {}).get("text/markdown", ""))
        + str(o.get("data", {}).get("text/plain", ""))
        for o in outputs
    )
    assert "Head of Product" in shown  # the dossier, displayed as Markdown
    assert REFERRAL_ASK in shown
    assert "Subject:" in shown and "Aisha" in shown
    assert shown.rstrip().endswith("True")  # the async research found the same facts


def test_quickstart_is_saved_without_outputs() -> None:
    notebook = nbformat.read(EXAMPLES / "quickstart.ipynb", as_version=4)
    nbformat.validate(notebook)
    assert all(not c.get("outputs") for c in notebook.cells if c.cell_type == "code")
    assert str(ROOT) not in (EXAMPLES / "quickstart.ipynb").read_text()
