"""What research may fetch: the seeds' sites, never LinkedIn, never a private address by accident.

A page is in scope when it is on the same origin as a site seed (scheme, host and port), or on
another host under the seed's registrable domain (`blog.acme.com` from `www.acme.com`). A seed
given as an IP address, or a host with no public suffix (`localhost`), scopes to its exact
origin, port included. Connections to private, loopback or link-local addresses are refused
unless the user named that host themselves.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "LINKEDIN_REASON",
    "Origin",
    "Resolver",
    "Scope",
    "address_refusal",
    "is_linkedin",
    "origin_of",
    "registrable_domain",
    "resolve",
    "url_problem",
]

LINKEDIN_REASON = (
    "LinkedIn pages are not fetched: open the profile in your browser, save it as PDF "
    "(More > Save to PDF) or as an HTML page, and pass it with --file"
)

_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class Origin:
    """Scheme, host and port of a URL; the unit of robots.txt, politeness and scope."""

    scheme: str
    host: str
    port: int

    def __str__(self) -> str:
        default = _DEFAULT_PORTS.get(self.scheme)
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = "" if self.port == default else f":{self.port}"
        return f"{self.scheme}://{host}{port}"

    @property
    def netloc(self) -> str:
        """The host, with the port when it is not the scheme's default."""
        return str(self).split("://", 1)[1]


def origin_of(url: str) -> Origin:
    """The origin of an http(s) URL; ValueError when it has none."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise ValueError(f"not an http(s) URL: {url}")
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        raise ValueError(f"no host in URL: {url}")
    port = parts.port  # raises ValueError on a bad port
    return Origin(scheme, host, port if port is not None else _DEFAULT_PORTS[scheme])


def url_problem(url: str) -> str | None:
    """Why `url` is not a fetchable http(s) URL, or None when it is."""
    try:
        origin_of(url)
    except ValueError as exc:
        return str(exc)
    return None


def _ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _extractor() -> Any:
    import tldextract

    # The bundled Public Suffix List snapshot only: no download, no cache folder.
    return tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )


def registrable_domain(host: str) -> str:
    """`acme.co.uk` for `blog.acme.co.uk`; "" for IP addresses and hosts with no public suffix."""
    if _ip(host) is not None:
        return ""
    result = _extractor()(host)
    return str(result.top_domain_under_public_suffix or "")


def is_linkedin(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return host == "linkedin.com" or host.endswith(".linkedin.com") or host == "lnkd.in"


@dataclass
class Scope:
    """The sites research may crawl, and the hosts (with ports) the user named explicitly."""

    origins: set[Origin] = field(default_factory=set)
    domains: set[str] = field(default_factory=set)
    explicit_hosts: set[tuple[str, int]] = field(default_factory=set)

    @classmethod
    def of(cls, seeds: Iterable[str], explicit: bool = True) -> Scope:
        scope = cls()
        for url in seeds:
            scope.add_site(url, explicit=explicit)
        return scope

    def add_site(self, url: str, explicit: bool = False) -> None:
        """Crawl the site of `url`; `explicit` when the user gave it (then private hosts pass)."""
        origin = origin_of(url)
        self.origins.add(origin)
        domain = registrable_domain(origin.host)
        if domain:
            self.domains.add(domain)
        if explicit:
            self.explicit_hosts.add((origin.host, origin.port))

    def contains(self, url: str) -> bool:
        try:
            origin = origin_of(url)
        except ValueError:
            return False
        if origin in self.origins:
            return True
        domain = registrable_domain(origin.host)
        return bool(domain) and domain in self.domains

    def refusal(self, url: str) -> str | None:
        """Why a discovered link may not be fetched, or None when it may."""
        problem = url_problem(url)
        if problem:
            return problem
        if is_linkedin(url):
            return LINKEDIN_REASON
        if not self.contains(url):
            host = origin_of(url).netloc
            return f"out of scope: {host} is not one of the sites being researched"
        return None

    def is_explicit(self, host: str, port: int) -> bool:
        return (host.lower(), port) in self.explicit_hosts


def _blocked_kind(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """The kind of non-public address `ip` is, most precise first; None for public ones."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    kinds = [
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("unspecified", ip.is_unspecified),
        ("reserved", ip.is_reserved),
        ("private", ip.is_private),
    ]
    return next((kind for kind, flag in kinds if flag), None)


Resolver = Callable[[str, int], Awaitable[list[str]]]


async def resolve(host: str, port: int) -> list[str]:
    """The addresses `host` resolves to (the system resolver); OSError when it does not."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]).split("%")[0] for info in infos]


async def address_refusal(
    host: str, port: int, explicit: bool, resolver: Resolver | None = None
) -> str | None:
    """Why connecting to `host` is refused (it resolves to a non-public address), or None.

    Hosts the user named (`explicit`) are always allowed. A host that does not resolve is
    left to the connection attempt, which then fails with its own reason.
    """
    if explicit:
        return None
    literal = _ip(host)
    if literal is not None:
        addresses = [literal]
    else:
        try:
            found = await (resolver or resolve)(host, port)
        except OSError:
            return None
        addresses = [a for a in map(_ip, found) if a]
    for address in addresses:
        kind = _blocked_kind(address)
        if kind:
            return (
                f"refused: {host} is a {kind} address ({address}); "
                "pass the URL yourself with --url to allow it"
            )
    return None
