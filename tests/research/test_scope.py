from __future__ import annotations

import asyncio

import pytest

from infoprep.research.scope import Scope, address_refusal, origin_of, registrable_domain


def test_registrable_domain_uses_the_public_suffix_list() -> None:
    assert registrable_domain("blog.acme.co.uk") == "acme.co.uk"
    assert registrable_domain("www.acme.com") == "acme.com"
    # A private suffix: one GitHub Pages site does not open all of github.io.
    assert registrable_domain("jane.github.io") == "jane.github.io"
    assert registrable_domain("127.0.0.1") == ""
    assert registrable_domain("localhost") == ""


def test_a_site_seed_scopes_to_its_registrable_domain() -> None:
    scope = Scope.of(["https://www.acme.com/"])
    assert scope.refusal("https://blog.acme.com/post") is None
    assert scope.refusal("http://acme.com/about") is None
    refusal = scope.refusal("https://acme-partners.com/")
    assert refusal == "out of scope: acme-partners.com is not one of the sites being researched"


def test_an_ip_seed_scopes_to_its_exact_origin_port_included() -> None:
    scope = Scope.of(["http://127.0.0.1:8001/"])
    assert scope.refusal("http://127.0.0.1:8001/team") is None
    assert scope.refusal("http://127.0.0.1:8002/team") is not None
    assert scope.refusal("https://127.0.0.1:8001/team") is not None
    assert scope.refusal("http://localhost:8001/team") is not None


def test_linkedin_is_never_in_scope_and_the_reason_says_what_to_do() -> None:
    scope = Scope.of(["https://www.linkedin.com/company/acme"])
    refusal = scope.refusal("https://www.linkedin.com/in/jane-doe")
    assert refusal is not None
    assert "Save to PDF" in refusal and "--file" in refusal


@pytest.mark.parametrize("url", ["ftp://acme.com/x", "mailto:jane@acme.com", "http:///nohost"])
def test_non_http_links_are_refused(url: str) -> None:
    assert Scope.of(["https://acme.com/"]).refusal(url) is not None


@pytest.mark.parametrize(
    ("host", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("169.254.169.254", "link-local"),
        ("::1", "loopback"),
        ("::ffff:10.0.0.1", "private"),
        ("localhost", "loopback"),
    ],
)
def test_private_addresses_are_refused_unless_given(host: str, kind: str) -> None:
    refusal = asyncio.run(address_refusal(host, 80, explicit=False))
    assert refusal is not None and f"is a {kind} address" in refusal
    assert asyncio.run(address_refusal(host, 80, explicit=True)) is None


def test_public_addresses_pass() -> None:
    assert asyncio.run(address_refusal("93.184.215.14", 443, explicit=False)) is None


def test_origin_keeps_default_ports_out_of_its_name() -> None:
    assert str(origin_of("HTTPS://Acme.COM:443/x")) == "https://acme.com"
    assert str(origin_of("http://127.0.0.1:8080/")) == "http://127.0.0.1:8080"
