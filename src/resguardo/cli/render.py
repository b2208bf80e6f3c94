"""Human output: the text with findings highlighted, the verdict, reasons, the redacted text.

User text goes into ``rich.text.Text`` objects, never into markup, so a post containing
"[bold]" or "[/]" is shown as written.
"""

from __future__ import annotations

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..engine import Lang, ScanResult
from ..engine.messages import ROLE_NAMES, VERDICTS
from .messages import t

STYLE = {"block": "bold white on red", "review": "black on yellow", "ok": "underline"}
VERDICT_STYLE = {"block": "bold red", "review": "bold yellow", "ok": "bold green"}


def render(console: Console, result: ScanResult, ui: Lang) -> None:
    highlighted = Text(result.text)
    for f in result.findings:
        highlighted.stylize(STYLE[f.severity], f.start, f.end)
    console.print(Panel(highlighted, title=f"{t('language', ui)}: {result.lang}", title_align="left"))
    verdict = Text(f"{t('verdict', ui)}: ")
    verdict.append(f"{result.verdict.upper()} — {VERDICTS[ui][result.verdict]}", style=VERDICT_STYLE[result.verdict])
    console.print(verdict)
    if not result.findings:
        console.print(t("no_findings", ui))
        return
    table = Table(title=t("findings", ui), show_lines=False, expand=True)
    for key in ("col_type", "col_text", "col_severity", "col_who", "col_reason"):
        table.add_column(t(key, ui), overflow="fold")
    for f in result.findings:
        who = f.person or (ROLE_NAMES[ui].get(f.role, f.role) if f.role else "")
        table.add_row(
            f.type.value, Text(f.text), Text(f.severity, style=VERDICT_STYLE[f.severity]), Text(who), Text(f.reason)
        )
    console.print(table)
    if result.redacted != result.text:
        console.print(Panel(Text(result.redacted), title=t("redacted", ui), title_align="left"))
