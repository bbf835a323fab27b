"""Command line: ``optopscan scan | validate | map``.

Progress goes to stderr, results to stdout. Exit codes: 0 ok, 1 bad data or config,
2 usage (click's own).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from functools import wraps
from pathlib import Path

import click
from rich.console import Console

from optopscan import __version__
from optopscan.config import DEFAULT_CONFIG, Settings, load_settings
from optopscan.errors import OptopscanError

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)

CONFIG_OPTION = click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Configuratiebestand (standaard: de meegeleverde voorbeeldconfiguratie).",
)


class Steps:
    """Numbered progress lines with the time of each finished step, on stderr."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.start = self.last = time.perf_counter()
        self.n = 0
        self.current: str | None = None

    def __call__(self, label: str) -> None:
        self._finish()
        self.n += 1
        self.current = label
        if not self.quiet:
            err.print(f"[dim][{self.n:>2}][/dim] {label} …")

    def _finish(self) -> None:
        now = time.perf_counter()
        if self.current and not self.quiet:
            err.print(f"     [dim]klaar in {now - self.last:.1f} s[/dim]")
        self.last = now
        self.current = None

    def done(self) -> None:
        self._finish()
        if not self.quiet:
            err.print(f"[dim]Totaal {time.perf_counter() - self.start:.1f} s[/dim]")


def friendly_errors(func: Callable) -> Callable:
    """Turn known errors into one Dutch message and exit code 1 (never a traceback)."""

    @wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except OptopscanError as exc:
            err.print(f"[bold red]Fout:[/bold red] {exc}")
            sys.exit(1)
        except MemoryError:
            err.print(
                "[bold red]Fout:[/bold red] onvoldoende geheugen voor deze scan. Er is niets weggeschreven. "
                "Oplossing: scan een kleiner gebied of gebruik --engine dask (zie README, 'Grote gebieden')."
            )
            sys.exit(1)

    return wrapper


def _settings(config_path: Path | None) -> Settings:
    return load_settings(config_path)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="optopscan")
def main() -> None:
    """optopscan: waar kunnen woningen bij op, naast en onder bestaande gebouwen?"""


@main.command()
@CONFIG_OPTION
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Uitvoermap (standaard uit de config: out/).",
)
@click.option("--kaart/--geen-kaart", default=True, help="Ook de kansenkaart (HTML) maken.")
@click.option(
    "--engine", type=click.Choice(["lokaal", "dask"]), default="lokaal", show_default=True, help="Rekenmotor."
)
@click.option("--scheduler", default=None, help="Adres van een bestaand dask-cluster (met --engine dask).")
@click.option("-q", "--quiet", is_flag=True, help="Geen voortgang op stderr.")
@friendly_errors
def scan(
    config_path: Path | None, out_dir: Path | None, kaart: bool, engine: str, scheduler: str | None, quiet: bool
) -> None:
    """Scan alle complexen en schrijf de gerangschikte shortlist (GPKG + CSV) en de kansenkaart."""
    from optopscan.export import write_shortlist
    from optopscan.inputs import load_inputs
    from optopscan.scan import run_scan

    settings = _settings(config_path)
    out_dir = out_dir or settings.uitvoer.map
    steps = Steps(quiet)
    inputs = load_inputs(settings, steps, geometrie=False)
    if engine == "dask":
        from optopscan.engine.dask import run_scan_dask

        result = run_scan_dask(settings, inputs, steps, scheduler=scheduler)
    else:
        if scheduler:
            raise click.UsageError("--scheduler hoort bij --engine dask.")
        result = run_scan(settings, inputs, steps)
    steps("Shortlist wegschrijven")
    paths = write_shortlist(result, out_dir, settings, inputs.files)
    summary, top = result.summary, result.complexen.head(10).copy()
    del result, inputs  # the map reads the shortlist back; free the scan first (a province is GBs)
    if kaart:
        steps("Kansenkaart maken")
        from optopscan.render import render_kansenkaart

        paths["kaart"] = render_kansenkaart(
            paths["gpkg"], settings.uitvoer.kaarten / "kansenkaart.html", max_polygonen=settings.uitvoer.max_polygonen
        )
    steps.done()
    print_summary(summary, top, paths)


def print_summary(summary: dict, complexen, paths: dict[str, Path]) -> None:
    """The short end-of-run summary on stdout."""
    out.print(f"Gebied: {summary['gebied']}")
    out.print(f"Complexen gescand: {summary['complexen']}")
    out.print("Per klasse: " + ", ".join(f"{k}: {v}" for k, v in summary["per_klasse"].items()))
    out.print("Per status: " + ", ".join(f"{k}: {v}" for k, v in summary["per_status"].items()))
    out.print(
        f"Extra woningen: theoretisch {summary['extra_woningen_theoretisch']}, "
        f"constructief {summary['extra_woningen_constructief']}, "
        f"binnen plan {summary['extra_woningen_binnen_plan']}, "
        f"kansrijk {summary['extra_woningen_kansrijk']}"
        + (f" ({summary['extra_woningen_onbekend']} complexen onbekend)" if summary["extra_woningen_onbekend"] else "")
    )
    out.print(
        f"Met verduurzaming (koppelkans, bouwjaar in de koppelband; 70% instemming huurders nodig): "
        f"{summary['met_verduurzaming_woningen']} extra woningen in {summary['met_verduurzaming_complexen']} complexen"
    )
    top = complexen.head(10)
    if len(top):
        out.print("Top 10:")
        for row in top.itertuples(index=False):
            naam = f" {row.complexnaam}" if getattr(row, "complexnaam", "") else ""
            homes = row.extra_woningen_binnen_plan
            extra = "?" if homes != homes else int(homes)
            score = f"{row.score:.1f}".replace(".", ",")
            out.print(
                f"  {row.rang:>3}. {row.complex_id}{naam} — score {score}, klasse {row.klasse}, {row.status}, +{extra} woningen"
            )
    for kind, path in paths.items():
        out.print(f"Geschreven ({kind}): {path}")


@main.command()
@CONFIG_OPTION
@friendly_errors
def validate(config_path: Path | None) -> None:
    """Lees alle invoer en druk een datakwaliteitsrapport af (exit 1 als de data onbruikbaar is)."""
    from optopscan.inputs import load_inputs
    from optopscan.report import validate as build_report

    settings = _settings(config_path)
    steps = Steps()
    inputs = load_inputs(settings, steps)
    steps("Dekking berekenen")
    report = build_report(settings, inputs, unmatched_csv=settings.uitvoer.map / "niet_gekoppeld.csv")
    steps.done()
    out.print(report.text())
    if not report.usable:
        sys.exit(1)


@main.command("map")
@CONFIG_OPTION
@click.option(
    "--shortlist",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="shortlist.gpkg (standaard: uitvoermap uit de config).",
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), default=None, help="HTML-bestand (of map, met --per-gemeente)."
)
@click.option("--per-gemeente", is_flag=True, help="Eén gedetailleerde kaart per gemeente.")
@friendly_errors
def map_command(config_path: Path | None, shortlist: Path | None, output: Path | None, per_gemeente: bool) -> None:
    """Maak de kansenkaart (HTML) uit een shortlist.gpkg."""
    from optopscan.export import SHORTLIST
    from optopscan.render import render_kansenkaart, render_per_gemeente

    settings = _settings(config_path)
    shortlist = shortlist or settings.uitvoer.map / SHORTLIST
    if per_gemeente:
        paths = render_per_gemeente(
            shortlist, output or settings.uitvoer.kaarten, max_polygonen=settings.uitvoer.max_polygonen
        )
        for p in paths:
            out.print(f"Geschreven: {p}")
        return
    path = render_kansenkaart(
        shortlist, output or settings.uitvoer.kaarten / "kansenkaart.html", max_polygonen=settings.uitvoer.max_polygonen
    )
    out.print(f"Geschreven: {path}")


if __name__ == "__main__":
    main()
