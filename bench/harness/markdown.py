"""Each benchmark owns one generated block of docs/benchmarks.md, between its own start and end markers;
the hand-written text around the blocks is kept."""

from __future__ import annotations

from pathlib import Path


def replace_block(path: Path, block: str, start: str, end: str) -> None:
    """Replace the block (markers included in ``block``) in the Markdown file, or append it at the end."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if start in text and end in text:
        text = text[: text.index(start)] + block + text[text.index(end) + len(end) :]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


def publish(block: str, path: Path | None, start: str, end: str) -> None:
    """Print the block, and put it in the Markdown file when one is given (--write)."""
    print(block)
    if path is not None:
        replace_block(path, block, start, end)
