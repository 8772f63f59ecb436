"""``newsgraph demo``: extract the bundled sample article and show what came out."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..demo import run_demo
from .app import app
from .common import reporting_errors


@app.command("demo")
def demo_cmd(
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the demo record (JSON).")] = Path("newsgraph-demo.json"),
) -> None:
    """Run newsgraph on a bundled sample article and print a readable summary."""
    with reporting_errors():
        run_demo(output)
