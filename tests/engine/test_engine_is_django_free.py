"""The engine is a library: it must import and scan with Django made unimportable."""

import subprocess
import sys

CODE = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "django" or name.startswith("django."):
            raise ImportError("django is not allowed in the engine")
sys.meta_path.insert(0, Block())
from resguardo.engine import Scanner
assert Scanner().scan("Valeria va a la Secundaria Técnica 14").verdict == "block"
assert not any(m == "django" or m.startswith("django.") for m in sys.modules)
print("ok")
"""


def test_engine_imports_and_scans_without_django() -> None:
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
