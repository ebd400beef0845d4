"""Small text PDFs for tests, drawn line by line with a standard font (no files committed)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(
    path: Path,
    pages: list[list[tuple[float, str]]],
    metadata: dict[str, str] | None = None,
) -> Path:
    """Write a PDF whose pages hold (font size, line) pairs, top to bottom."""
    writer = PdfWriter()
    font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"),
        NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
        NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
    })
    for lines in pages:
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject({
            NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})
        })
        ops = []
        y = 760.0
        for size, text in lines:
            ops.append(b"BT /F1 %d Tf 1 0 0 1 40 %d Tm (" % (size, y) + _escape(text) + b") Tj ET")
            y -= size + 6
        stream = DecodedStreamObject()
        stream.set_data(b"\n".join(ops))
        page.replace_contents(stream)
    if metadata:
        writer.add_metadata(metadata)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


NB = "\u00a0"

LINKEDIN_PAGES: list[list[tuple[float, str]]] = [[
    (13, "Contact"),
    (10, "dana.okafor@example.org"),
    (10, "www.linkedin.com/in/dana-okafor-"),
    (10, "example (LinkedIn)"),
    (10, "danaokafor.example.net (Personal)"),
    (13, "Top Skills"),
    (10, "Grid Forecasting"),
    (10, "Battery Storage"),
    (10, "Python"),
    (13, "Languages"),
    (10, "Igbo (Native or Bilingual)"),
    (26, "Dana Okafor"),
    (12, "Head of Grid Analytics at Lumenfold Energy | Storage and forecasting"),
    (10, "Rotterdam, South Holland, Netherlands"),
    (16, "Summary"),
    (10, "I build forecasting tools that help grid operators plan battery storage."),
    (16, "Experience"),
    (12, "Lumenfold Energy"),
    (10, "4 years 5 months"),
    (11, "Head of Grid Analytics"),
    (10, f"January 2023{NB}-{NB}Present{NB}(2 years 11 months)"),
    (10, "Rotterdam, South Holland, Netherlands"),
    (10, "Leads a team of eight analysts forecasting storage demand."),
    (11, "Senior Data Scientist"),
    (10, f"July 2021{NB}-{NB}December 2022{NB}(1 year 6 months)"),
    (12, "Northwind Utilities"),
    (11, "Data Scientist"),
    (10, f"2017{NB}-{NB}2021{NB}(4 years)"),
    (10, "Built load forecasts for regional substations."),
    (10, "Page 1 of 2"),
]]
LINKEDIN_PAGES.append([
    (16, "Education"),
    (12, "Delft University of Technology"),
    (10, f"Master of Science - MS, Sustainable Energy Technology{NB}·{NB}(2015{NB}-{NB}2017)"),
    (12, "University of Lagos"),
    (10, f"Bachelor of Engineering - BE, Electrical Engineering{NB}·{NB}(2010{NB}-{NB}2014)"),
    (10, "Page 2 of 2"),
])
