"""What the benchmark scripts share: the web server (``server``), the per-database child runs
(``databases``), timing and memory figures (``stats``), concurrent clients (``load``), the generated demo
agency (``agency``), the project's fixture posts (``fixtures``) and each script's block of
docs/benchmarks.md (``markdown``).

Importing a module here loads neither Django nor the engine: the Presidio runner imports ``stats`` from its
own virtualenv, and each script sets Django up itself.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository; children and commands run from here
