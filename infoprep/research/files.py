"""Local files given with --file: saved HTML pages, plain text, Markdown and PDF.

Each file becomes an ExtractedPage cited by its path. A PDF saved from LinkedIn ("Save to
PDF") becomes kind "profile"; `parse_linkedin_profile` reads its sections.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from .extract import decode_html, extract_page
from .types import ExtractedPage, Link

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Education",
    "LinkedInProfile",
    "Role",
    "parse_linkedin_profile",
    "read_file",
    "read_files",
]

SUPPORTED_SUFFIXES = {
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".pdf": "pdf",
}
_MAX_BYTES = 20 * 1024 * 1024


def read_files(path: str | os.PathLike[str]) -> list[ExtractedPage]:
    """The pages of a file, or of every supported file under a folder (sorted by path).

    In a folder, hidden files and unsupported types are passed over; a named file that is
    missing, unreadable or of an unsupported type raises InputError naming it."""
    target = Path(path).expanduser()
    if target.is_dir():
        files = sorted(
            p for p in target.rglob("*")
            if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(target).parts)
        )
        if not files:
            supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
            raise InputError(f"no readable files in folder {target} (supported: {supported})")
        return [read_file(p) for p in files]
    return [read_file(target)]


def read_file(path: str | os.PathLike[str]) -> ExtractedPage:
    """One local file as an ExtractedPage whose `url` is the file's absolute path."""
    file = Path(path).expanduser()
    kind = SUPPORTED_SUFFIXES.get(file.suffix.lower())
    if not file.exists():
        raise InputError(f"file not found: {file}")
    if not file.is_file():
        raise InputError(f"not a file: {file}")
    if kind is None:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise InputError(f"unsupported file type: {file} (supported: {supported})")
    try:
        if file.stat().st_size > _MAX_BYTES:
            raise InputError(f"file too large: {file} (over {_MAX_BYTES // (1024 * 1024)} MB)")
        data = file.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file {file}: {exc.strerror or exc}") from None
    cited = str(file.resolve())
    if kind == "html":
        return _html_page(data, cited)
    if kind == "pdf":
        return _pdf_page(data, cited, file)
    return _text_page(_decode_text(data), cited, markdown=kind == "markdown")


_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)


def _html_page(data: bytes, cited: str) -> ExtractedPage:
    html = decode_html(data)
    # Browsers note where a page was saved from; links resolve against that address.
    saved = _SAVED_FROM.search(html[:2048])
    origin = saved.group(1) if saved and saved.group(1).startswith("http") else None
    page = extract_page(html, origin or Path(cited).as_uri(), kind="file")
    origin = origin or page.canonical
    if origin and page.canonical is None:
        page.canonical = origin
    page.url = cited
    page.links = [link for link in page.links if not link.url.startswith("file:")]
    if origin and "linkedin.com/in/" in origin:
        page.kind = "profile"
    return page


def _decode_text(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best is not None else data.decode("cp1252", errors="replace")


_MD_LINK = re.compile(r"\[([^\]]*)\]\((https?://[^)\s]+)\)")
_BARE_URL = re.compile(r"(?<![(\[])\bhttps?://[^\s<>)\]]+")


def _text_page(text: str, cited: str, markdown: bool) -> ExtractedPage:
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    lines = [line.strip() for line in text.splitlines()]
    headings = [line.lstrip("#").strip() for line in lines if markdown and line.startswith("#")]
    headings = [h for h in headings if h]
    title = headings[0] if headings else next((line for line in lines if line), "")
    links: list[Link] = []
    seen: set[str] = set()
    for match in _MD_LINK.finditer(text):
        if match.group(2) not in seen:
            seen.add(match.group(2))
            links.append(Link(url=match.group(2), text=match.group(1).strip()))
    for match in _BARE_URL.finditer(text):
        url = match.group(0).rstrip(".,;:")
        if url not in seen:
            seen.add(url)
            links.append(Link(url=url, text=""))
    return ExtractedPage(
        url=cited, title=title[:300], main_text=text, headings=headings, links=links, kind="file"
    )


def _pdf_page(data: bytes, cited: str, file: Path) -> ExtractedPage:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:  # pypdf raises several kinds here
                raise InputError(f"cannot read PDF {file}: it is encrypted") from None
        meta: dict[str, Any] = dict(reader.metadata or {})
        sizes: list[tuple[float, str]] = []
        texts = [_page_text(page, sizes if i == 0 else None) for i, page in enumerate(reader.pages)]
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, AssertionError) as exc:
        raise InputError(f"cannot read PDF {file}: {exc}") from None
    text = normalise_pdf_text("\n".join(texts))
    if not text.strip():
        raise InputError(f"no text in PDF {file} (a scanned image? save it as text first)")
    author = str(meta.get("/Author") or "")
    title = str(meta.get("/Title") or "")
    links = [Link(url=u, text="") for u in dict.fromkeys(_BARE_URL.findall(text))]
    is_linkedin = author.strip().lower() == "linkedin" or (
        title.strip().lower() == "resume" and "linkedin.com/in/" in text.lower()
    )
    page = ExtractedPage(url=cited, main_text=text, links=links, kind="file")
    if is_linkedin:
        profile = parse_linkedin_profile(text, largest=_largest(sizes))
        page.kind = "profile"
        page.title = " — ".join(p for p in (profile.name, profile.headline) if p)
        page.headings = [h for h in _LINKEDIN_SECTIONS if h in text.splitlines()]
        page.links = [Link(url=_with_scheme(u), text=label) for u, label in profile.links]
    else:
        page.title = title.strip() if title.strip() and title != "Resume" else _first_line(text)
    return page


def _page_text(page: Any, sizes: list[tuple[float, str]] | None) -> str:
    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if sizes is not None and text.strip():
            try:
                scale = abs(float(tm[3])) or 1.0
                sizes.append((float(size) * scale, text.strip()))
            except (TypeError, ValueError, IndexError):
                pass

    return str(page.extract_text(visitor_text=visit) or "")


def _largest(sizes: list[tuple[float, str]]) -> str | None:
    """The text drawn in the largest font on the first page (a LinkedIn PDF's name)."""
    if not sizes:
        return None
    top = max(size for size, _ in sizes)
    texts = [text for size, text in sizes if size == top]
    name = " ".join(texts).strip()
    return name if top > min(size for size, _ in sizes) and name else None


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")[:300]


def _with_scheme(url: str) -> str:
    return url if url.startswith(("http://", "https://")) else "https://" + url


_PAGE_FOOTER = re.compile(r"^\s*Page \d+ of \d+\s*$", re.MULTILINE)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def normalise_pdf_text(text: str) -> str:
    """PDF text with U+00A0 (and other odd spaces) made plain, `Page N of M` footers
    removed, and blank runs squeezed."""
    text = _PAGE_FOOTER.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


@dataclass
class Role:
    """One position in a LinkedIn profile's Experience section."""

    company: str
    title: str
    dates: str
    location: str = ""
    description: str = ""

    @property
    def current(self) -> bool:
        return bool(re.search(r"\bPresent\b", self.dates, re.IGNORECASE))


@dataclass
class Education:
    """One entry of a LinkedIn profile's Education section."""

    school: str
    degree: str = ""


@dataclass
class LinkedInProfile:
    """What a LinkedIn "Save to PDF" profile says; every string is a line of its text."""

    name: str = ""
    headline: str = ""
    location: str = ""
    summary: str = ""
    skills: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (url, label)
    experience: list[Role] = field(default_factory=list)
    education: list[Education] = field(default_factory=list)


_LINKEDIN_SIDEBAR = ("Contact", "Top Skills", "Languages", "Certifications", "Honors-Awards",
                     "Publications", "Patents", "Volunteer Experience", "Projects")
_LINKEDIN_SECTIONS = (*_LINKEDIN_SIDEBAR, "Summary", "Experience", "Education")
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_DATE_LINE = re.compile(
    rf"^(?:(?:{_MONTHS})\s+)?\d{{4}}\s*[-–]\s*(?:Present|(?:(?:{_MONTHS})\s+)?\d{{4}})"
    r"(?:\s*\(.*\))?$",
    re.IGNORECASE,
)
_DURATION_LINE = re.compile(r"^(?:\d+\s+years?)?\s*(?:\d+\s+months?)?$", re.IGNORECASE)
_CONTACT_LINK = re.compile(r"^(\S+\.\S+)\s*\((LinkedIn|Personal|Company|Blog|Portfolio|Other)\)$")


def parse_linkedin_profile(text: str, largest: str | None = None) -> LinkedInProfile:
    """Read the sections of a LinkedIn "Save to PDF" profile from its (normalised) text:
    the sidebar (Contact, Top Skills …) comes first, then name, headline, location, Summary,
    Experience and Education. `largest` is the text in the largest font, the name when known."""
    lines = [line.strip() for line in normalise_pdf_text(text).split("\n")]
    profile = LinkedInProfile()
    main_start = _main_column_start(lines, largest)
    sidebar, main = lines[:main_start], lines[main_start:]
    section = ""
    joined = _join_wrapped_links(sidebar)
    for line in joined:
        if line in _LINKEDIN_SIDEBAR:
            section = line
            continue
        link = _CONTACT_LINK.match(line)
        if link:
            profile.links.append((link.group(1), link.group(2)))
        elif section == "Top Skills" and line:
            profile.skills.append(line)
    sections = _split_sections(main, ("Summary", "Experience", "Education"))
    header = [line for line in sections.get("", []) if line]
    if header:
        profile.name = header[0]
        if len(header) >= 3:
            profile.location = header[-1]
            profile.headline = " ".join(header[1:-1])
        elif len(header) == 2:
            profile.headline = header[1]
    profile.summary = "\n".join(line for line in sections.get("Summary", []) if line)
    profile.experience = _roles([line for line in sections.get("Experience", []) if line])
    profile.education = _schools([line for line in sections.get("Education", []) if line])
    return profile


def _main_column_start(lines: list[str], largest: str | None) -> int:
    if largest:
        for i, line in enumerate(lines):
            if line == largest:
                return i
    # Without font sizes: the main column begins two or three lines above its first
    # section (name, headline[, location]); stay after the last sidebar section heading.
    first_main = next(
        (i for i, line in enumerate(lines) if line in ("Summary", "Experience", "Education")),
        len(lines),
    )
    last_sidebar = max(
        (i for i, line in enumerate(lines[:first_main]) if line in _LINKEDIN_SIDEBAR),
        default=-1,
    )
    candidates = [i for i in range(last_sidebar + 1, first_main) if lines[i]]
    if len(candidates) >= 3:
        return candidates[-3]
    return candidates[0] if candidates else first_main


def _join_wrapped_links(lines: list[str]) -> list[str]:
    """Contact URLs wrap across lines in the PDF: `www.linkedin.com/in/jane-` + `doe (LinkedIn)`."""
    out: list[str] = []
    for line in lines:
        wrapped = _LINK_TAIL.match(line) and out and "." in out[-1] and " " not in out[-1]
        if wrapped and not _CONTACT_LINK.match(out[-1]):
            out[-1] = out[-1] + (" " if line.startswith("(") else "") + line
        else:
            out.append(line)
    return [_LINK_LABEL.sub(r"\1 (\2)", line) for line in out]


_LINK_TAIL = re.compile(r"^\S*\s?\((LinkedIn|Personal|Company|Blog|Portfolio|Other)\)$")
_LINK_LABEL = re.compile(r"(\S)\((LinkedIn|Personal|Company|Blog|Portfolio|Other)\)$")


def _split_sections(lines: list[str], names: tuple[str, ...]) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for line in lines:
        if line in names and line not in sections:
            current = line
            sections[current] = []
        else:
            sections[current].append(line)
    return sections


def _roles(lines: list[str]) -> list[Role]:
    """Experience: company line, [total duration], title, date line, [location], description;
    several titles may share one company line."""
    dates = [i for i, line in enumerate(lines) if _DATE_LINE.match(line) and i > 0]
    heads: list[tuple[int, int | None]] = []  # (title index, company index or None)
    floor = 0
    for j in dates:
        k = j - 2
        if k >= floor and lines[k] and _DURATION_LINE.match(lines[k]):
            k -= 1
        location_of_previous = bool(heads) and k == floor and _looks_like_place(lines[k])
        company_at = (
            k if k >= floor and not location_of_previous and not _is_description(lines[k])
            else None
        )
        heads.append((j - 1, company_at))
        floor = j + 1
    roles: list[Role] = []
    for n, (title_at, company_at) in enumerate(heads):
        j = title_at + 1
        end = len(lines)
        if n + 1 < len(heads):
            next_title, next_company = heads[n + 1]
            end = next_company if next_company is not None else next_title
            if next_company is not None and next_title - next_company == 2:
                end = next_company  # skip the next company's total-duration line
        location = ""
        body = j + 1
        if body < end and _looks_like_place(lines[body]):
            location = lines[body]
            body += 1
        company = lines[company_at] if company_at is not None else (
            roles[-1].company if roles else "")
        roles.append(Role(company=company, title=lines[title_at], dates=lines[j],
                          location=location, description="\n".join(lines[body:end])))
    return roles


def _is_description(line: str) -> bool:
    return len(line) > 80 or line.endswith((".", "!", "?", ":"))


def _looks_like_place(line: str) -> bool:
    return (
        len(line) <= 60
        and not _is_description(line)
        and ("," in line or line.endswith(("Area", "Metropolitan")) or line in ("Remote",))
    )


_DEGREE_YEARS = re.compile(r"\(\s*\d{4}(?:\s*[-–]\s*\d{4})?\s*\)\s*$")


def _schools(lines: list[str]) -> list[Education]:
    schools: list[Education] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if following and ("·" in following or _DEGREE_YEARS.search(following)):
            schools.append(Education(school=line, degree=following))
            i += 2
        else:
            schools.append(Education(school=line))
            i += 1
    return schools
