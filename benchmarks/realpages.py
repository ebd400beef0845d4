"""Precision of research facts on real news and blog pages (the article-extraction
benchmark's 181 pages), judged by hand.

    python benchmarks/realpages.py [--corpus DIR] [--show] [--unlabelled] [--field F]

Each page is read with `page_facts` for one or two (person, employer) pairs the page itself
names: its byline author with the publisher, and for some pages a person it quotes with
their organisation (SUBJECTS below). Every fact produced is looked up in
benchmarks/data/realpages_labels.json, which holds a reader's verdict per fact id (the id
hashes the value, the page URL and the pair, so the file holds no page text): "ok", or the class of
mistake ("fragment", "not-about-subject", "wrong-value", …). Prints, per field, how many
facts there are, how many are labelled, how many of those are wrong, and the precision;
facts nobody has judged yet are counted apart (`--unlabelled` lists them for reading).
Target: precision >= 90% for every field with 5 or more labelled facts.
Skips (exit 0) when the corpus is not beside the checkout.

Held-out pages: every fact of these pages had been read before the split, so any figure over
them all is tuned. A fixed random third of the pages (HOLDOUT_SEED; the sorted id list hashes
to HOLDOUT_SHA256) was set aside before the later rules were written and is reported apart:
`--show` and `--unlabelled` leave its facts out unless `--held-out` is given, so rules can be
written from the tuned pages without reading the held-out ones.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from infoprep.models import Fact  # noqa: E402
from infoprep.research.extract import extract_page  # noqa: E402
from infoprep.research.facts import COMPANY_FIELDS, PERSON_FIELDS, page_facts  # noqa: E402
from infoprep.research.patterns import looks_like_name  # noqa: E402
from infoprep.research.types import ExtractedPage  # noqa: E402

CORPUS = Path("shared") / "corpora" / "article-extraction-benchmark"
LABELS = ROOT / "benchmarks" / "data" / "realpages_labels.json"
NOBODY = "Pat Nobody"  # a person no page names: the page is read for company facts only
HOLDOUT_SEED = 41729
HOLDOUT_SHA256 = "dda846686d4d7264b23c3568be25efaea59cbcd6d2684246bb49403f94ed0921"

# Pages that quote a person with their organisation: page id prefix -> (person, employer).
SUBJECTS: dict[str, tuple[str, str]] = {
    "06e5123e": ("Adam Neumann", "WeWork"),
    "098bb3e9": ("Kevin Mayer", "Disney"),
    "14cc2a0c": ("Lucas Paganini", "NASA"),
    "16c30add": ("Joshua Apte", "University of Texas Austin"),
    "1ace8c85": ("Adam Neumann", "WeWork"),
    "1ee91d1f": ("Omar Lamrani", "Stratfor"),
    "264dc3ae": ("Bruce Boudreau", "Wild"),
    "291a8bf3": ("Tim Cook", "Apple"),
    "3c5bf8db": ("Paul Torrey", "University of Florida"),
    "374ac9a5": ("Tim Clark", "Emirates"),
    "42aad16b": ("Brent Sherwood", "Blue Origin"),
    "4648a420": ("Junior Gaspard", "Experience"),
    "51374560": ("Craig Menear", "Home Depot"),
    "55bb6340": ("Scooter Braun", "Big Machine"),
    "57d46c9d": ("Carsten Fritsch", "Commerzbank"),
    "57e2e988": ("Ivan Braiker", "my6sense"),
    "686bb170": ("Lucas Paganini", "NASA"),
    "702d1da6": ("Phil Levy", "Flexport"),
    "7f93c194": ("Silvia S. Martins", "Columbia University"),
    "8267acac": ("Jack Buser", "Google"),
    "8634d121": ("Michael Reed", "New Media Investment Group"),
    "8e3efab5": ("Anthony Lynn", "Chargers"),
    "92101975": ("Jose Mourinho", "Tottenham"),
    "9e8c9f08": ("Bruce Bagley", "University of Miami"),
    "b37be353": ("Jennifer Ngo-Anh", "European Space Agency"),
    "b6906ca0": ("Lawrence White", "New York University"),
    "bc13ff87": ("Marcelo Claure", "SoftBank"),
    "bdb56ac8": ("Kathleen DelGiorno", "Salk Institute"),
    "c00962aa": ("Jim Bridenstine", "NASA"),
    "c13b9c0e": ("Jeff Sanborn", "Chapter & Verse"),
    "c50845a7": ("Jim Bridenstine", "NASA"),
    "c7e39ac4": ("Julian Assange", "WikiLeaks"),
    "d0382c0d": ("Scott Strenfel", "PG&E"),
    "d1c57d78": ("Gwynne Shotwell", "SpaceX"),
    "d48aeb9c": ("Adam Mosseri", "Instagram"),
    "dc7ccccc": ("Julian Assange", "WikiLeaks"),
    "e7994d55": ("Will Moy", "Full Fact"),
    "eb62ac84": ("Scooter Braun", "Big Machine"),
    "eecd2575": ("Frank Vogel", "Lakers"),
    "f8ff621a": ("Zachary Fadem", "Wells Fargo"),
    "fde930b0": ("John Legere", "T-Mobile"),
    "ffc109d4": ("Matt Maley", "Miller Tabak"),
}


def default_corpus() -> Path:
    """../shared/corpora/... beside the checkout (or beside a folder above it)."""
    for folder in ROOT.parents:
        if (folder / CORPUS).is_dir():
            return folder / CORPUS
    return ROOT.parent / CORPUS


def byline(author: str | None) -> str | None:
    """The byline as a person's name (`By TOM SMITH, AP Writer` -> `Tom Smith`), or None
    when it names no one person (an agency, a desk, a user name)."""
    if not author:
        return None
    name = re.sub(r"^(?:analysis\s+)?by\s+", "", author.strip(), flags=re.IGNORECASE)
    name = re.split(r",|\s+and\s+|(?<=\w\w)\.\s", name)[0].strip()
    if name.isupper():
        name = name.title()
    if re.search(r"\b(?:News|Press|Staff|Bureau|Editorial|Reports?|Nast|Insider)\b", name):
        return None
    return name if looks_like_name(name) else None


def publisher(page: ExtractedPage) -> str:
    """The site's name: og:site_name, else the title's last segment, else the host."""
    site = page.opengraph.get("og:site_name", "").strip()
    if site and "|" not in site and "://" not in site and not site.startswith("@"):
        return site
    segments = [s.strip() for s in re.split(r"\s+[|–—-]\s+", page.title) if s.strip()]
    if len(segments) > 1 and len(segments[-1].split()) <= 4:
        return segments[-1]
    host = re.sub(r"^https?://(?:www\.)?", "", page.url).split("/")[0]
    return host.split(".")[0]


def pairs(page_id: str, page: ExtractedPage) -> list[tuple[str, str]]:
    site = publisher(page)
    author = byline(page.author)
    if author and author.lower() == site.lower():
        author = None  # "Al Jazeera" by Al Jazeera: no one person
    chosen = [(author or NOBODY, site)]
    subject = SUBJECTS.get(page_id[:8])
    if subject:
        chosen.append(subject)
    return chosen


def label_key(fact: Fact, person: str, company: str) -> str:
    """A fact's key in the labels file: its id and the pair it was read for (a value can
    be right of one company and wrong of another)."""
    return hashlib.sha256(f"{fact.id}|{person}|{company}".encode()).hexdigest()[:16]


def held_out(page_ids: list[str]) -> set[str]:
    """The held-out third: a seeded sample of the sorted page ids, checked against its hash."""
    chosen = sorted(random.Random(HOLDOUT_SEED).sample(sorted(page_ids), len(page_ids) // 3))
    digest = hashlib.sha256("\n".join(chosen).encode()).hexdigest()
    if digest != HOLDOUT_SHA256:
        print(f"warning: held-out pages differ from the recorded split ({digest[:12]})")
    return set(chosen)


def report(name: str, facts: list[tuple[str, str, str, Fact]], labels: dict[str, str]) -> None:
    """Per-field counts and precision of one set of facts."""
    total: Counter[str] = Counter()
    judged: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    for _page_id, person, company, fact in facts:
        key = f"{fact.subject}.{fact.field}"
        label = labels.get(label_key(fact, person, company))
        total[key] += 1
        if label:
            judged[key] += 1
            if label != "ok":
                wrong[key] += 1
                classes[label] += 1
    print(f"{name}: pages with facts: {len({f[0] for f in facts})}; facts: {len(facts)}; "
          f"judged: {sum(judged.values())}")
    print(f"  {'field':28} {'facts':>5} {'judged':>6} {'wrong':>5} {'precision':>9}")
    fields = [f"person.{f}" for f in PERSON_FIELDS] + [f"company.{f}" for f in COMPANY_FIELDS]
    for key in fields + sorted(set(total) - set(fields)):
        if total[key]:
            n, bad = judged[key], wrong[key]
            share = f"{(n - bad) / n:.0%}" if n else "-"
            print(f"  {key:28} {total[key]:5} {n:6} {bad:5} {share:>9}")
    n, bad = sum(judged.values()), sum(wrong.values())
    print(f"  {'all':28} {len(facts):5} {n:6} {bad:5} "
          f"{(n - bad) / n if n else 0:9.0%}")
    for label, count in classes.most_common():
        print(f"  wrong, {label}: {count}")


def load_pages(corpus: Path) -> list[tuple[str, ExtractedPage]]:
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id, item in sorted(truth.items()):
        html = gzip.decompress((corpus / "html" / f"{page_id}.html.gz").read_bytes())
        url = item.get("url") or f"https://example.invalid/{page_id[:8]}"
        pages.append((page_id, extract_page(html.decode("utf-8", errors="replace"), url)))
    return pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--show", action="store_true", help="print every fact and its label")
    parser.add_argument("--unlabelled", action="store_true", help="print facts not yet judged")
    parser.add_argument("--field", help="only print facts of this field")
    parser.add_argument("--held-out", action="store_true",
                        help="let --show/--unlabelled print the held-out pages' facts too")
    args = parser.parse_args()
    corpus = args.corpus or default_corpus()
    if not (corpus / "ground-truth.json").is_file():
        print(f"corpus not found: {corpus}; skipped (pass --corpus DIR)")
        return 0
    labels: dict[str, str] = json.loads(LABELS.read_text()) if LABELS.is_file() else {}
    facts: list[tuple[str, str, str, Fact]] = []  # page id, person, company, fact
    pages = load_pages(corpus)
    hidden = held_out([page_id for page_id, _ in pages])
    for page_id, page in pages:
        for person, company in pairs(page_id, page):
            for fact in page_facts(page, person, company):
                facts.append((page_id, person, company, fact))
    for page_id, person, company, fact in facts:
        if page_id in hidden and not args.held_out:
            continue
        label = labels.get(label_key(fact, person, company))
        show = args.show or (args.unlabelled and not label)
        if show and (not args.field or args.field in (fact.field, f"{fact.subject}.{fact.field}")):
            print(f"{label_key(fact, person, company)} {label or '?':>18} {page_id[:8]} "
                  f"[{person} @ {company}] {fact.subject}.{fact.field}: {fact.value!r}\n"
                  f"      quote: {fact.quote[:300]!r}")
    report("tuned pages", [f for f in facts if f[0] not in hidden], labels)
    report(f"held-out pages ({len(hidden)}, seed {HOLDOUT_SEED})",
           [f for f in facts if f[0] in hidden], labels)
    report("all pages", facts, labels)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
