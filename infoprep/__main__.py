"""`python -m infoprep`."""

from .cli import main

main()
