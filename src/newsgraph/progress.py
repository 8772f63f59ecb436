"""Progress bars on stderr for long runs (extract, ingest), shared by the commands' library code."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


@contextmanager
def progress_bar(label: str, *, enabled: bool, total: int | None) -> Iterator[Callable[[], None]]:
    """A rich bar on stderr (indeterminate when total is None); yields the advance-by-one callable."""
    if not enabled:
        yield lambda: None
        return
    bar = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=Console(stderr=True), transient=False)
    task = bar.add_task(label, total=total)
    with bar:
        yield lambda: bar.advance(task)


def count_documents(sources: Sequence[str | Path]) -> int | None:
    """Documents in JSON Lines sources (non-blank lines), or None when any source is another format."""
    total = 0
    for source in sources:
        path = Path(str(source))
        if path.suffix.lower() != ".jsonl":
            return None  # directories, pages, feeds and archives are not counted ahead
        try:
            with path.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        except OSError:
            return None
    return total
