"""Benchmarks. Each script runs from the repository root as a module (``.venv/bin/python -m bench.web_bench``),
so they share ``bench.harness`` without touching ``sys.path``."""
