"""Local files given with --file: HTML, text, Markdown, PDF and LinkedIn profiles."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_maker import LINKEDIN_PAGES, write_pdf

from infoprep.errors import InputError
from infoprep.research.files import parse_linkedin_profile, read_file, read_files


def linkedin_pdf(folder: Path) -> Path:
    return write_pdf(folder / "Profile.pdf", LINKEDIN_PAGES,
                     {"/Author": "LinkedIn", "/Title": "Resume"})


def test_linkedin_pdf_is_a_profile_cited_by_path(tmp_path: Path) -> None:
    page = read_file(linkedin_pdf(tmp_path))
    assert page.kind == "profile"
    assert page.url == str((tmp_path / "Profile.pdf").resolve())
    assert page.title == ("Dana Okafor — Head of Grid Analytics at Lumenfold Energy | "
                          "Storage and forecasting")
    assert "\u00a0" not in page.main_text and "Page 1 of 2" not in page.main_text
    assert "January 2023 - Present (2 years 11 months)" in page.main_text
    assert [link.url for link in page.links] == [
        "https://www.linkedin.com/in/dana-okafor-example", "https://danaokafor.example.net"]


def test_linkedin_sections_are_parsed(tmp_path: Path) -> None:
    profile = parse_linkedin_profile(read_file(linkedin_pdf(tmp_path)).main_text)
    assert profile.name == "Dana Okafor"
    assert profile.location == "Rotterdam, South Holland, Netherlands"
    assert profile.skills == ["Grid Forecasting", "Battery Storage", "Python"]
    assert profile.summary.startswith("I build forecasting tools")
    roles = [(r.company, r.title, r.current) for r in profile.experience]
    assert roles == [
        ("Lumenfold Energy", "Head of Grid Analytics", True),
        ("Lumenfold Energy", "Senior Data Scientist", False),
        ("Northwind Utilities", "Data Scientist", False),
    ]
    assert profile.experience[0].location == "Rotterdam, South Holland, Netherlands"
    assert profile.experience[0].description == (
        "Leads a team of eight analysts forecasting storage demand.")
    assert [(e.school, e.degree.split(",")[0]) for e in profile.education] == [
        ("Delft University of Technology", "Master of Science - MS"),
        ("University of Lagos", "Bachelor of Engineering - BE"),
    ]


def test_ordinary_pdf_is_a_file(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "cv.pdf", [[(18, "Curriculum vitae"), (11, "Dana Okafor"),
                                            (11, "Grid analytics, Rotterdam")]],
                     {"/Title": "CV of Dana Okafor"})
    page = read_file(path)
    assert page.kind == "file" and page.title == "CV of Dana Okafor"
    assert page.main_text.splitlines() == [
        "Curriculum vitae", "Dana Okafor", "Grid analytics, Rotterdam"]


def test_folder_reads_supported_files_sorted_and_skips_others(tmp_path: Path) -> None:
    (tmp_path / "b-notes.md").write_text(
        "# Notes on Lumenfold\n\nSee [the team](https://lumenfold.example/team) and "
        "https://lumenfold.example/careers.\n", encoding="utf-8")
    (tmp_path / "a-saved.html").write_text(
        "<!-- saved from url=(0030)https://lumenfold.example/about -->\n<html><head>"
        "<title>About Lumenfold</title></head><body><main><p>We forecast storage.</p>"
        '<a href="/team">Team</a></main></body></html>', encoding="utf-8")
    (tmp_path / "c.txt").write_bytes("Caf\u00e9 notes in windows-1252 \u2013 ok".encode("cp1252"))
    (tmp_path / "slides.pptx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")
    pages = read_files(tmp_path)
    assert [Path(p.url).name for p in pages] == ["a-saved.html", "b-notes.md", "c.txt"]
    saved, notes, text = pages
    assert saved.kind == "file" and saved.title == "About Lumenfold"
    assert saved.links[0].url == "https://lumenfold.example/team"
    assert saved.canonical == "https://lumenfold.example/about"
    assert notes.title == "Notes on Lumenfold"
    assert [link.url for link in notes.links] == [
        "https://lumenfold.example/team", "https://lumenfold.example/careers"]
    assert text.main_text == "Caf\u00e9 notes in windows-1252 \u2013 ok"


@pytest.mark.parametrize(("name", "content", "message"), [
    ("missing.pdf", None, "file not found"),
    ("slides.pptx", b"PK\x03\x04", "unsupported file type"),
    ("broken.pdf", b"%PDF-1.4 this is not really a pdf", "cannot read PDF"),
    ("scan.pdf", "blank", "no text in PDF"),
])
def test_bad_files_raise_input_error_naming_them(
    tmp_path: Path, name: str, content: bytes | str | None, message: str
) -> None:
    path = tmp_path / name
    if content == "blank":
        write_pdf(path, [[]])
    elif isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(InputError) as error:
        read_files(path)
    assert message in str(error.value) and name in str(error.value)
    assert error.value.exit_code == 2


def test_folder_without_readable_files(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    with pytest.raises(InputError, match="no readable files in folder"):
        read_files(tmp_path)
