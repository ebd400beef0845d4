"""Research: fetch public pages and files about a person and employer into a sourced dossier."""

from __future__ import annotations

from ..shortcuts import callable_package

# `infoprep.research(...)` calls Workspace.research on the default workspace.
callable_package(__name__, "research")
