.PHONY: install test lint bench

install:
	python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]'

lint:
	.venv/bin/ruff check .
	.venv/bin/mypy

test: lint
	.venv/bin/python -m pytest

bench:
	for b in benchmarks/*.py; do echo "== $$b"; .venv/bin/python $$b; done
