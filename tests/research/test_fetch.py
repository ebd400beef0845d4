"""The fetcher against real loopback servers: politeness, bounds, faults and the cache."""

from __future__ import annotations

import asyncio
import random
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from infoprep.errors import FetchError
from infoprep.research.fetch import (
    USER_AGENT,
    FetchedPage,
    Fetcher,
    FetchFailure,
    FetchOptions,
    FetchResult,
    HTTPStatusError,
    Progress,
)
from infoprep.research.scope import Scope
from infoprep.testing import LoopbackServer, Recorded, Response

HTML = "text/html; charset=utf-8"


@pytest.fixture(scope="module")
def shared_server() -> Iterator[LoopbackServer]:
    # One server for the module: stopping a server takes up to half a second.
    with LoopbackServer() as srv:
        yield srv


@pytest.fixture
def server(shared_server: LoopbackServer) -> LoopbackServer:
    shared_server.routes.clear()
    shared_server.requests.clear()
    return shared_server


def fetch_all(
    server: LoopbackServer, *paths: str, cache: Path | None = None, **options: object
) -> list[FetchResult]:
    async def go() -> list[FetchResult]:
        opts = FetchOptions(**options)  # type: ignore[arg-type]
        async with Fetcher(
            cache_dir=cache, options=opts, scope=Scope.of([server.url("/")])
        ) as fetcher:
            return list(await asyncio.gather(*(fetcher.fetch(server.url(p)) for p in paths)))

    return asyncio.run(go())


def one(server: LoopbackServer, path: str, **options: object) -> FetchResult:
    return fetch_all(server, path, **options)[0]


def failed(result: FetchResult) -> FetchFailure:
    assert isinstance(result, FetchFailure), result
    return result


def page(result: FetchResult) -> FetchedPage:
    assert isinstance(result, FetchedPage), result
    return result


def test_user_agent_names_infoprep_and_robots_is_read_first(server: LoopbackServer) -> None:
    server.route("/a", Response("<p>hello</p>", content_type=HTML))
    assert page(one(server, "/a")).text == "<p>hello</p>"
    assert server.paths_requested() == ["/robots.txt", "/a"]
    assert {r.headers["user-agent"] for r in server.requests} == {USER_AGENT}
    assert USER_AGENT.startswith("infoprep/") and "(+https://" in USER_AGENT


def test_robots_rules_use_longest_match_and_wildcards(server: LoopbackServer) -> None:
    server.route(
        "/robots.txt",
        Response(
            "User-agent: *\nDisallow: /private\nAllow: /private/ok$\nDisallow: /*.cgi$\n",
            content_type="text/plain",
        ),
    )
    for path in ("/private/secret", "/private/ok", "/run.cgi", "/public"):
        server.route(path, Response("<p>x</p>", content_type=HTML))
    results = fetch_all(server, "/private/secret", "/private/ok", "/run.cgi", "/public")
    assert failed(results[0]).reason == f"robots: disallowed by {server.base_url}/robots.txt"
    assert isinstance(results[1], FetchedPage)
    assert failed(results[2]).kind == "robots"
    assert isinstance(results[3], FetchedPage)
    assert "/private/secret" not in server.paths_requested()
    assert "/run.cgi" not in server.paths_requested()
    assert server.paths_requested().count("/robots.txt") == 1


def test_robots_server_error_closes_the_site(server: LoopbackServer) -> None:
    server.route("/robots.txt", Response("down", status=503, headers={"Retry-After": "0"}))
    server.route("/a", Response("<p>x</p>", content_type=HTML))
    result = failed(one(server, "/a", max_retries=0))
    assert result.kind == "robots"
    assert "HTTP 503" in result.reason and "closed to crawlers" in result.reason
    assert "/a" not in server.paths_requested()


def test_crawl_delay_spaces_requests(server: LoopbackServer) -> None:
    server.route("/robots.txt", Response("User-agent: *\nCrawl-delay: 0.3\n"))
    for i in range(3):
        server.route(f"/p{i}", Response("<p>x</p>", content_type=HTML))
    started = time.monotonic()
    results = fetch_all(server, "/p0", "/p1", "/p2")
    assert all(isinstance(r, FetchedPage) for r in results)
    assert time.monotonic() - started >= 0.6


def test_silent_server_times_out(server: LoopbackServer) -> None:
    server.route("/slow", Response("<p>late</p>", content_type=HTML, delay=1.5))
    result = failed(one(server, "/slow", total_timeout=0.4))
    assert result.kind == "timeout"
    assert result.reason == "timeout: no answer within 0.4 s"


def test_slow_drip_body_hits_the_total_deadline(server: LoopbackServer) -> None:
    server.route("/drip", Response("<p>" + "x" * 2000 + "</p>", content_type=HTML, drip=0.05))
    started = time.monotonic()
    result = failed(one(server, "/drip", total_timeout=0.5, read_timeout=5.0))
    assert result.kind == "slow-drip"
    assert result.reason == "slow drip: the body was still arriving after 0.5 s"
    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize("status", [404, 410, 500])
def test_error_statuses_are_reasons(server: LoopbackServer, status: int) -> None:
    server.route("/x", Response("no", status=status, content_type=HTML))
    assert failed(one(server, "/x", max_retries=0)).reason == f"HTTP {status}"


def test_oversize_text_is_cut_and_noted(server: LoopbackServer) -> None:
    server.route("/big", Response("<p>" + "é" * 20_000 + "</p>", content_type=HTML))
    result = page(one(server, "/big", max_bytes=10_001))
    assert result.truncated and len(result.body) == 10_001
    assert result.text.startswith("<p>éé")  # cut mid-character, still decoded
    assert result.note(10_001) == (
        "oversize: the page is larger than 0.010001 MB; only the start was read"
    )


def test_oversize_pdf_is_skipped(server: LoopbackServer) -> None:
    pdf = b"%PDF-1.7\n" + b"0" * 20_000
    server.route("/big.pdf", Response(pdf, content_type="application/pdf"))
    result = failed(one(server, "/big.pdf", max_bytes=10_000))
    assert result.kind == "oversize"


def test_other_content_types_are_skipped_with_the_type(server: LoopbackServer) -> None:
    server.route("/logo.png", Response(b"\x89PNG" + b"0" * 100, content_type="image/png"))
    result = failed(one(server, "/logo.png"))
    assert result.reason == "wrong type: image/png is not a page infoprep reads"


def test_plain_text_xhtml_and_pdf_are_pages(server: LoopbackServer) -> None:
    server.route("/a.txt", Response("plain words", content_type="text/plain"))
    server.route("/b", Response("<html/>", content_type="application/xhtml+xml"))
    server.route("/c.pdf", Response(b"%PDF-1.4 body", content_type="application/pdf"))
    a, b, c = (page(r) for r in fetch_all(server, "/a.txt", "/b", "/c.pdf"))
    assert (a.kind, b.kind, c.kind) == ("text", "html", "pdf")
    assert a.text == "plain words" and c.body == b"%PDF-1.4 body"


def test_charset_from_header_then_meta_then_detection(server: LoopbackServer) -> None:
    words = "Café déjà vu — “quoted” naïve"
    # A Latin-1 page honestly labelled in the header.
    server.route("/h", Response(words.replace("—", "-").replace("“", '"').replace("”", '"')
                                .encode("latin-1"), content_type="text/html; charset=ISO-8859-1"))
    # A windows-1252 page mislabelled as UTF-8 by its server; its meta tag tells the truth.
    body = f'<meta charset="windows-1252"><p>{words}</p>'.encode("cp1252")
    server.route("/m", Response(body, content_type=HTML))
    # No label anywhere: detection.
    server.route("/d", Response(("<p>" + words + " " * 3 + "</p>") .encode("utf-8") * 20,
                                content_type="text/html"))
    h, m, d = (page(r) for r in fetch_all(server, "/h", "/m", "/d"))
    assert h.encoding == "iso8859-1" and "Café déjà vu" in h.text
    assert m.encoding == "cp1252" and words in m.text
    assert words in d.text


def test_bad_charset_is_a_reason(server: LoopbackServer) -> None:
    noise = random.Random(7).randbytes(3000)
    server.route("/bad", Response(noise, content_type="text/html; charset=x-no-such-charset"))
    result = failed(one(server, "/bad"))
    assert result.kind == "bad-charset"
    assert result.reason.startswith("bad charset: the page cannot be decoded")
    assert "x-no-such-charset" in result.reason


def test_redirect_loop_is_detected(server: LoopbackServer) -> None:
    server.route("/loop-a", Response(status=302, headers={"Location": "/loop-b"}))
    server.route("/loop-b", Response(status=301, headers={"Location": "/loop-a"}))
    result = failed(one(server, "/loop-a"))
    assert result.kind == "redirect-loop"
    base = server.base_url
    assert result.reason == f"redirect loop: {base}/loop-a -> {base}/loop-b -> {base}/loop-a"
    assert server.paths_requested().count("/loop-a") == 1


def test_redirect_chain_is_capped(server: LoopbackServer) -> None:
    for i in range(8):
        server.route(f"/r{i}", Response(status=302, headers={"Location": f"/r{i + 1}"}))
    result = failed(one(server, "/r0", max_redirects=3))
    assert result.reason == "too many redirects (more than 3)"


def test_redirect_leaving_scope_is_refused_and_never_followed(server: LoopbackServer) -> None:
    with LoopbackServer() as foreign:
        server.route("/away", Response(status=302, headers={"Location": foreign.url("/x")}))
        server.route("/home", Response(status=301, headers={"Location": "/landing#top"}))
        server.route("/landing", Response("<p>ok</p>", content_type=HTML))
        away, home = fetch_all(server, "/away", "/home")
        assert failed(away).kind == "out-of-scope"
        assert failed(away).reason.startswith(f"redirect to {foreign.url('/x')} refused: out of")
        assert foreign.requests == []
        assert page(home).url == server.url("/landing")
        assert page(home).redirects == [server.url("/landing")]


def test_retry_after_is_honoured_then_bounded(server: LoopbackServer) -> None:
    calls = {"n": 0}

    def busy(request: Recorded) -> Response:
        calls["n"] += 1
        if calls["n"] == 1:
            return Response("busy", status=429, headers={"Retry-After": "1"})
        return Response("<p>served</p>", content_type=HTML)

    server.route("/busy", busy)
    server.route("/closed", Response("later", status=503, headers={"Retry-After": "3600"}))
    started = time.monotonic()
    busy_result, closed = fetch_all(server, "/busy", "/closed")
    assert page(busy_result).text == "<p>served</p>"
    assert time.monotonic() - started >= 1.0
    assert failed(closed).reason == (
        "HTTP 503: the server asks to retry after 3600 s (infoprep waits at most 30 s)"
    )
    assert server.paths_requested().count("/closed") == 1


def test_per_host_and_global_limits_hold(server: LoopbackServer) -> None:
    lock = threading.Lock()
    state = {"now": 0, "peak": 0}

    def counted(request: Recorded) -> Response:
        with lock:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        time.sleep(0.1)
        with lock:
            state["now"] -= 1
        return Response("<p>x</p>", content_type=HTML)

    for i in range(9):
        server.route(f"/c{i}", counted)
    results = fetch_all(server, *(f"/c{i}" for i in range(9)), per_host=2)
    assert all(isinstance(r, FetchedPage) for r in results)
    assert state["peak"] == 2


def test_warm_cache_makes_no_request_and_refresh_does(
    server: LoopbackServer, tmp_path: Path
) -> None:
    server.route("/a", Response("<p>a</p>", content_type=HTML))
    server.route("/gone", Response("gone", status=404))
    server.route("/moved", Response(status=301, headers={"Location": "/a"}))
    server.route("/robots.txt", Response("User-agent: *\nDisallow: /secret\n"))
    paths = ("/a", "/gone", "/moved", "/secret")
    first = fetch_all(server, *paths, cache=tmp_path)
    count = len(server.requests)
    second = fetch_all(server, *paths, cache=tmp_path)
    assert len(server.requests) == count  # not even robots.txt
    assert [type(r) for r in first] == [type(r) for r in second]
    assert page(second[0]).from_cache and page(second[2]).url == server.url("/a")
    assert failed(second[3]).kind == "robots"
    fetch_all(server, "/a", cache=tmp_path, refresh=True)
    assert server.paths_requested()[count:] == ["/robots.txt", "/a"]


def test_private_addresses_need_the_user_to_name_them(server: LoopbackServer) -> None:
    server.route("/a", Response("<p>a</p>", content_type=HTML))

    async def go() -> FetchResult:
        scope = Scope()
        scope.add_site(server.url("/"), explicit=False)
        async with Fetcher(scope=scope) as fetcher:
            return await fetcher.fetch(server.url("/a"))

    result = failed(asyncio.run(go()))
    assert result.kind == "private-address"
    assert "127.0.0.1 is a loopback address" in result.reason
    assert server.requests == []


def test_linkedin_is_never_requested() -> None:
    async def go() -> FetchResult:
        async with Fetcher(scope=Scope()) as fetcher:
            return await fetcher.fetch("https://www.linkedin.com/in/jane", scoped=False)

    result = failed(asyncio.run(go()))
    assert result.kind == "linkedin" and "--file" in result.reason


def test_api_answers_are_cached_and_failures_raise(server: LoopbackServer, tmp_path: Path) -> None:
    server.route("/api", Response.json({"hello": "world"}))
    server.route("/down", Response("no", status=500))

    async def go() -> object:
        async with Fetcher(cache_dir=tmp_path, options=FetchOptions(max_retries=0)) as fetcher:
            data = await fetcher.get_json(server.url("/api"), params={"q": "acme corp"})
            with pytest.raises(HTTPStatusError, match=r"127\.0\.0\.1:\d+ answered HTTP 500") as err:
                await fetcher.get_json(server.url("/down"))
            assert err.value.status == 500 and isinstance(err.value, FetchError)
            return data

    assert asyncio.run(go()) == {"hello": "world"}
    assert asyncio.run(go()) == {"hello": "world"}
    api_calls = [r for r in server.requests if r.path == "/api"]
    assert len(api_calls) == 1 and api_calls[0].query == {"q": ["acme corp"]}
    assert "/robots.txt" not in server.paths_requested()


def test_progress_shows_pages_and_host_only_when_enabled(server: LoopbackServer) -> None:
    import io

    server.route("/a", Response("<p>a</p>", content_type=HTML))
    shown = io.StringIO()

    async def go(progress: Progress) -> None:
        async with Fetcher(scope=Scope.of([server.url("/")]), progress=progress) as fetcher:
            progress.total = 1
            await fetcher.fetch(server.url("/a"))

    asyncio.run(go(Progress(shown, enabled=True)))
    assert "fetching 1/1 pages · 127.0.0.1" in shown.getvalue()
    quiet = io.StringIO()
    asyncio.run(go(Progress(quiet)))  # a StringIO is not a terminal
    assert quiet.getvalue() == ""
