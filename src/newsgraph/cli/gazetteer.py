"""``newsgraph gazetteer``: import GeoNames dumps into the local place index, show what it holds."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..gazetteer import ImportOptions, import_dump, load_gazetteer
from ..gazetteer.cache import index_path
from ..gazetteer.geonames import DEFAULT_CLASSES
from .app import app
from .common import reporting_errors

gazetteer_app = typer.Typer(help="The offline gazetteer places are geocoded with.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("import")
def import_cmd(
    path: Annotated[Path, typer.Argument(help="A GeoNames dump: allCountries.txt, cities500.txt, XX.txt or its .zip.")],
    min_population: Annotated[int, typer.Option(help="Skip populated places smaller than this.")] = 0,
    classes: Annotated[str, typer.Option(help="GeoNames feature classes to keep (letters).")] = "".join(sorted(DEFAULT_CLASSES)),
    countries: Annotated[Optional[str], typer.Option(help="Comma-separated ISO codes to keep (default: all).")] = None,
) -> None:
    """Add the places of a GeoNames dump to the local index (re-importing a file replaces it).

    The whole index is loaded by every run: for allCountries (12 million rows) keep it small with
    --countries and --min-population (or --classes PA).
    """
    keep = frozenset(c.strip().upper() for c in countries.split(",")) if countries else None
    options = ImportOptions(classes=frozenset(classes.upper()), min_population=min_population, countries=keep)
    with reporting_errors():
        target, count = import_dump(path, options)
        gaz = load_gazetteer()
    typer.echo(f"imported {count} places from {path} into {target}", err=True)
    typer.echo(f"index rebuilt: {len(gaz.entries)} places", err=True)


@gazetteer_app.command("info")
def info_cmd(
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Rebuild the cached index first.")] = False,
) -> None:
    """Places per source and where the cached index lives."""
    with reporting_errors():
        gaz = load_gazetteer(rebuild=rebuild)
    for source, rows in sorted(gaz.counts.items()):
        typer.echo(f"{source}\t{rows} rows\t{gaz.merged[source]} merged into earlier rows")
    typer.echo(f"total\t{len(gaz.entries)} places\t{len(gaz.packed)} names")
    typer.echo(f"cache\t{index_path()}")


@gazetteer_app.command("lookup")
def lookup_cmd(name: Annotated[str, typer.Argument(help="A place name, e.g. Tripoli.")]) -> None:
    """Every place the index has under NAME, best name fit first (tab-separated)."""
    with reporting_errors():
        gaz = load_gazetteer()
    for cand in gaz.lookup(name):
        e = gaz.entries[cand.entry]
        typer.echo(f"{e.name}\t{e.country or '-'}\t{e.feature}\t{e.lat}\t{e.lon}\t{e.population or '-'}\t{e.source}")
