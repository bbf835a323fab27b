"""Command line: ``optopscan [-q|-v] scan | validate | map | uitleg``.

Progress goes to stderr (``rich`` bars with counts and time left on a terminal, plain lines
otherwise), results to stdout. Exit codes: 0 ok, 1 bad data, config or output folder,
2 wrong use of the command. All texts are Dutch, click's own included (:func:`_nl`).
"""

from __future__ import annotations

import json
import sys
import time
import traceback
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from optopscan import __version__
from optopscan.config import Settings, load_settings
from optopscan.constants import FORMS
from optopscan.errors import OptopscanError
from optopscan.text import nl_number

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)

# ------------------------------------------------------------------ click in Dutch

#: click's English texts (click 8.x, looked up through ``gettext``) → Dutch
NL: dict[str, str] = {
    "Usage:": "Gebruik:",
    "Options": "Opties",
    "Commands": "Commando's",
    "Positional arguments": "Argumenten",
    "Show this message and exit.": "Toon deze hulptekst en stop.",
    "Show the version and exit.": "Toon de versie en stop.",
    "%(prog)s, version %(version)s": "%(prog)s, versie %(version)s",
    "Error: {message}": "Fout: {message}",
    "Try '{command} {option}' for help.": "Typ '{command} {option}' voor hulp.",
    "No such option: {name}": "Onbekende optie: {name}",
    "No such option {name!r}.": "Onbekende optie {name!r}.",
    "No such command {name!r}.": "Onbekend commando {name!r}.",
    "Missing command.": "Geef een commando: scan, validate, map of uitleg.",
    "Missing argument": "Argument ontbreekt",
    "Missing option": "Optie ontbreekt",
    "Missing parameter": "Parameter ontbreekt",
    "Missing parameter: {param_name}": "Parameter ontbreekt: {param_name}",
    "Missing {param_type}": "{param_type} ontbreekt",
    "Invalid value for {param_hint}: {message}": "Ongeldige waarde voor {param_hint}: {message}",
    "Invalid value: {message}": "Ongeldige waarde: {message}",
    "Option {name!r} does not take a value.": "Optie {name!r} neemt geen waarde.",
    "Option {name!r} requires an argument.": "Optie {name!r} vraagt om een waarde.",
    "Option {name!r} requires {nargs} arguments.": "Optie {name!r} vraagt om {nargs} waarden.",
    "Got unexpected extra argument ({args})": "Onverwacht extra argument ({args})",
    "Got unexpected extra arguments ({args})": "Onverwachte extra argumenten ({args})",
    "Did you mean {possibility}?": "Bedoelt u {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Bedoelt u een van: {possibilities}?)",
    "{value!r} is not {choice}.": "{value!r} is niet {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} is niet een van {choices}.",
    "{value!r} is not a valid {number_type}.": "{value!r} is geen geldig {number_type}.",
    "{value} is not in the range {range}.": "{value} ligt niet in het bereik {range}.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} bestaat niet.",
    "{name} {filename!r} is a file.": "{name} {filename!r} is een bestand, geen map.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} is een map, geen bestand.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} is niet leesbaar.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} is niet schrijfbaar.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} is niet uitvoerbaar.",
    "Could not open file {filename!r}: {message}": "Kan bestand {filename!r} niet openen: {message}",
    "file": "bestand",
    "directory": "map",
    "path": "pad",
    "default: {default}": "standaard: {default}",
    "env var: {var}": "omgevingsvariabele: {var}",
    "Aborted!": "Afgebroken.",
    "unknown error": "onbekende fout",
    "deprecated": "verouderd",
}


def _nl(message: str) -> str:
    return NL.get(message, message)


def _nl_n(singular: str, plural: str, n: int) -> str:
    return _nl(singular if n == 1 else plural)


def _install_dutch_click() -> None:
    """Make click's help, usage and error texts Dutch: its modules call ``_``/``ngettext``."""
    import click.core
    import click.decorators
    import click.exceptions
    import click.formatting
    import click.parser
    import click.types
    import click.utils

    modules = (click.core, click.decorators, click.exceptions, click.formatting, click.parser, click.types, click.utils)
    for module in modules:
        if hasattr(module, "_"):
            module._ = _nl  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = _nl_n  # type: ignore[attr-defined]


_install_dutch_click()

# ------------------------------------------------------------------ progress


class Voortgang:
    """Progress on stderr. Called with a label it starts a stage (the ``Step`` signature of
    :mod:`optopscan.inputs`); :meth:`advance` reports counts within the stage.

    On a terminal each stage is a ``rich`` bar (spinner and elapsed time while the total is
    unknown; count, bar and time left once it is known); otherwise one line per stage with
    its duration, so logs stay readable.
    """

    def __init__(self, quiet: bool = False, verbose: bool = False, console: Console | None = None) -> None:
        self.quiet, self.verbose = quiet, verbose
        self.console = console or err
        self.start = self.last = time.perf_counter()
        self.n = 0
        self.current: str | None = None
        self.live = (not quiet) and self.console.is_terminal
        self.progress: Progress | None = None
        self.task: TaskID | None = None
        if self.live:
            self.progress = Progress(
                SpinnerColumn(),
                TextColumn("[dim][{task.fields[n]:>2}][/dim] {task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("[dim]nog[/dim]"),
                TimeRemainingColumn(),
                console=self.console,
                transient=False,
            )
            self.progress.start()

    def __call__(self, label: str) -> None:
        self._finish()
        self.n += 1
        self.current = label
        if self.progress is not None:
            self.task = self.progress.add_task(label, total=None, n=self.n)
        elif not self.quiet:
            self.console.print(f"[dim][{self.n:>2}][/dim] {label} …")

    def advance(self, label: str, done: int, total: int) -> None:
        """Counts within a stage; a new ``label`` starts a new stage."""
        if label != self.current:
            self(label)
        if self.progress is not None and self.task is not None:
            self.progress.update(self.task, completed=done, total=max(total, 1))

    def _finish(self) -> None:
        now = time.perf_counter()
        if self.current is not None:
            if self.progress is not None and self.task is not None:
                task = self.progress.tasks[-1]
                self.progress.update(self.task, total=task.total or 1, completed=task.total or 1)
            elif not self.quiet:
                self.console.print(f"     [dim]klaar in {now - self.last:.1f} s[/dim]".replace(".", ","))
        self.last = now
        self.current = None

    def done(self) -> None:
        self._finish()
        if self.progress is not None:
            self.progress.stop()
            self.progress = None
        if not self.quiet:
            self.console.print(f"[dim]Totaal {time.perf_counter() - self.start:.1f} s[/dim]".replace(".", ","))

    def stop(self) -> None:
        """End the live display without a total (after an error)."""
        if self.progress is not None:
            self.progress.stop()
            self.progress = None


#: the old name, for callers that still use it
Steps = Voortgang


def friendly_errors(func: Callable) -> Callable:
    """Turn known errors into one Dutch message and exit code 1 (never a traceback)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        verbose = bool((click.get_current_context().find_root().obj or {}).get("verbose"))
        try:
            return func(*args, **kwargs)
        except OptopscanError as exc:
            err.print(f"[bold red]Fout:[/bold red] {exc}", markup=True)
            if verbose and exc.__cause__ is not None:
                err.print("".join(traceback.format_exception(exc.__cause__)), markup=False)
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


def _flags() -> tuple[bool, bool]:
    obj = click.get_current_context().find_root().obj or {}
    return bool(obj.get("quiet")), bool(obj.get("verbose"))


CONFIG_OPTION = click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Configuratiebestand (standaard: de meegeleverde voorbeeldconfiguratie).",
)
SHORTLIST_OPTION = click.option(
    "--shortlist",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="shortlist.gpkg (standaard: in uitvoer.map uit de config).",
)


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    options_metavar="[OPTIES]",
    subcommand_metavar="COMMANDO [OPTIES]...",
)
@click.version_option(__version__, "--versie", "--version", prog_name="optopscan", message="%(prog)s %(version)s")
@click.option("-q", "--stil", "--quiet", "quiet", is_flag=True, help="Geen voortgang op stderr.")
@click.option("-v", "--uitgebreid", "--verbose", "verbose", is_flag=True, help="Meer details, ook bij fouten.")
@click.pass_context
def main(ctx: click.Context, quiet: bool, verbose: bool) -> None:
    """optopscan: waar kunnen woningen bij op, naast en onder bestaande gebouwen?"""
    if quiet and verbose:
        raise click.UsageError("-q en -v sluiten elkaar uit: kies er één.")
    ctx.obj = {"quiet": quiet, "verbose": verbose}


@main.command(options_metavar="[OPTIES]")
@CONFIG_OPTION
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Uitvoermap voor shortlist en kansenkaart (standaard uit de config: uitvoer.map en uitvoer.kaarten).",
)
@click.option(
    "--kaart",
    "kaart_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="HTML-bestand voor de kansenkaart (standaard: kansenkaart.html in --out, anders in uitvoer.kaarten).",
)
@click.option("--geen-kaart", is_flag=True, help="Geen kansenkaart maken.")
@click.option(
    "--engine", type=click.Choice(["lokaal", "dask"]), default="lokaal", show_default=True, help="Rekenmotor."
)
@click.option(
    "--scheduler", default=None, metavar="ADRES", help="Adres van een bestaand dask-cluster (alleen met --engine dask)."
)
@click.option("-q", "--quiet", "quiet_here", is_flag=True, help="Geen voortgang op stderr (ook: optopscan -q scan).")
@friendly_errors
def scan(
    config_path: Path | None,
    out_dir: Path | None,
    kaart_path: Path | None,
    geen_kaart: bool,
    engine: str,
    scheduler: str | None,
    quiet_here: bool,
) -> None:
    """Scan alle complexen en schrijf shortlist.gpkg, shortlist.csv, shortlist.xlsx en de kansenkaart."""
    # option combinations first: nothing is read before the command line makes sense
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler hoort bij --engine dask: voeg --engine dask toe of laat --scheduler weg.")
    if geen_kaart and kaart_path is not None:
        raise click.UsageError("--kaart en --geen-kaart sluiten elkaar uit: kies er één.")
    quiet, verbose = _flags()
    quiet = quiet or quiet_here

    from optopscan.atomic import atomic_paths, check_writable
    from optopscan.export import KAART, shortlist_targets, write_files

    settings = _settings(config_path)
    targets: dict[str, Path] = shortlist_targets(out_dir or settings.uitvoer.map, raster=settings.uitvoer.raster)
    if not geen_kaart:  # --out DIR takes the map along unless --kaart says where
        targets["kaart"] = kaart_path or (out_dir or settings.uitvoer.kaarten) / KAART
    check_writable([p.parent for p in targets.values()])

    from optopscan.engine.plan import plan_blokken
    from optopscan.engine.stream import run_streamed
    from optopscan.inputs import load_inputs
    from optopscan.scan import run_scan

    steps = Voortgang(quiet, verbose)
    try:
        # a large scan runs in spatial blocks (bounded memory); a small one in one piece
        blokken = plan_blokken(settings)
        with atomic_paths(targets) as tmp:
            streamed = None
            if blokken is not None:
                streamed = run_streamed(
                    settings, blokken, tmp, steps, steps.advance, engine=engine, scheduler=scheduler
                )
            if streamed is not None:
                summary, top = streamed
            else:
                inputs = load_inputs(settings, steps, geometrie=False)
                if engine == "dask":
                    from optopscan.engine.dask import run_scan_dask

                    result = run_scan_dask(settings, inputs, steps, scheduler=scheduler)
                else:
                    result = run_scan(settings, inputs, steps)
                summary, top = result.summary, result.complexen.head(10).copy()
                write_files(result, tmp, settings, inputs.files, progress=steps.advance)
                del result, inputs  # the map reads the shortlist back; free the scan first (a province is GBs)
            if "kaart" in tmp:
                steps("Kansenkaart maken")
                from optopscan.render import render_kansenkaart

                render_kansenkaart(tmp["gpkg"], tmp["kaart"], max_polygonen=settings.uitvoer.max_polygonen)
        steps.done()
    finally:
        steps.stop()
    print_summary(summary, top, targets)


def print_summary(summary: dict, complexen: Any, paths: dict[str, Path]) -> None:
    """The short end-of-run summary on stdout (tolerant of the columns a scan produces)."""
    out.print(f"Gebied: {summary.get('gebied', '')}")
    out.print(f"Complexen gescand: {summary.get('complexen', len(complexen))}")
    if "per_klasse" in summary:
        out.print("Per klasse: " + ", ".join(f"{k}: {v}" for k, v in summary["per_klasse"].items()))
    if "per_status" in summary:
        out.print("Per status: " + ", ".join(f"{k}: {v}" for k, v in summary["per_status"].items()))
    extra = [
        (label, summary[key])
        for key, label in (
            ("extra_woningen_theoretisch", "theoretisch"),
            ("extra_woningen_constructief", "constructief"),
            ("extra_woningen_binnen_plan", "binnen plan"),
            ("extra_woningen_kansrijk", "kansrijk"),
        )
        if key in summary
    ]
    if extra:
        onbekend = summary.get("extra_woningen_onbekend", 0)
        out.print(
            "Extra woningen: "
            + ", ".join(f"{label} {nl_number(value)}" for label, value in extra)
            + (f" ({onbekend} complexen onbekend)" if onbekend else "")
        )
    forms = [(f, summary[f"extra_woningen_{f}"]) for f in FORMS if f"extra_woningen_{f}" in summary]
    if forms:
        out.print("Per vorm (binnen plan): " + ", ".join(f"{f} {nl_number(v)}" for f, v in forms))
    for line in summary.get("business_case", []):
        out.print(f"Business case (indicatief), {line}")
    for line in summary.get("meldingen", []):
        err.print(f"Let op: {line}")
    invoer = summary.get("invoer", [])
    if invoer:
        out.print("Invoercontrole:")
        for line in invoer:
            out.print(f"  {line}")
    homes = next((c for c in ("extra_woningen_binnen_plan",) if c in getattr(complexen, "columns", [])), None)
    top = complexen.head(10)
    if len(top):
        out.print("Top 10:")
        for row in top.to_dict("records"):
            naam = f" {row['complexnaam']}" if row.get("complexnaam") else ""
            value = row.get(homes) if homes else None
            plus = "?" if value is None or value != value else int(value)
            score = "?" if row.get("score") is None or row["score"] != row["score"] else f"{row['score']:.1f}"
            out.print(
                f"  {row.get('rang', ''):>3}. {row['complex_id']}{naam} — score {score.replace('.', ',')}, "
                f"klasse {row.get('klasse', '?')}, {row.get('status', '?')}, +{plus} woningen"
            )
    for kind, path in paths.items():
        out.print(f"Geschreven ({kind}): {path}")


@main.command(options_metavar="[OPTIES]")
@CONFIG_OPTION
@click.option("--json", "as_json", is_flag=True, help="Het rapport als JSON op stdout (voor scripts).")
@friendly_errors
def validate(config_path: Path | None, as_json: bool) -> None:
    """Lees alle invoer en druk een datakwaliteitsrapport af (exit 1 als de data onbruikbaar is)."""
    from optopscan.inputs import load_inputs
    from optopscan.report import validate as build_report

    quiet, verbose = _flags()
    settings = _settings(config_path)
    steps = Voortgang(quiet, verbose)
    try:
        inputs = load_inputs(settings, steps)
        steps("Dekking berekenen")
        report = build_report(settings, inputs, unmatched_csv=settings.uitvoer.map / "niet_gekoppeld.csv")
        steps.done()
    finally:
        steps.stop()
    if as_json:
        payload = {
            "config": str(settings.bron.resolve()) if settings.bron else None,
            "bruikbaar": report.usable,
            "fouten": report.errors,
            "waarschuwingen": report.warnings,
            "regels": report.lines,
        }
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        out.print(report.text(), markup=False)
    if not report.usable:
        sys.exit(1)


@main.command("map", options_metavar="[OPTIES]")
@CONFIG_OPTION
@SHORTLIST_OPTION
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), default=None, help="HTML-bestand (of map, met --per-gemeente)."
)
@click.option("--per-gemeente", is_flag=True, help="Eén gedetailleerde kaart per gemeente.")
@friendly_errors
def map_command(config_path: Path | None, shortlist: Path | None, output: Path | None, per_gemeente: bool) -> None:
    """Maak de kansenkaart (HTML) uit een shortlist.gpkg."""
    from optopscan.export import KAART, SHORTLIST
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
        shortlist, output or settings.uitvoer.kaarten / KAART, max_polygonen=settings.uitvoer.max_polygonen
    )
    out.print(f"Geschreven: {path}")


@main.command(options_metavar="[OPTIES]")
@click.argument("complex_id", metavar="COMPLEX_ID")
@CONFIG_OPTION
@SHORTLIST_OPTION
@friendly_errors
def uitleg(complex_id: str, config_path: Path | None, shortlist: Path | None) -> None:
    """Toon de volledige toelichting van één complex uit een shortlist.gpkg."""
    from optopscan.export import SHORTLIST, explain_complex

    if shortlist is None:
        shortlist = _settings(config_path).uitvoer.map / SHORTLIST
    row, text = explain_complex(shortlist, complex_id)
    out.print(uitleg_header(row), markup=False)
    out.print(text, markup=False)


def uitleg_header(row: dict[str, Any]) -> str:
    """``Complex C0101 Naam (adres) — rang 1, klasse A, status kansrijk, score 82,5``."""

    def known(key: str) -> Any:
        value = row.get(key)
        return None if value is None or value != value or value == "" else value

    naam = " ".join(str(v) for v in (known("complexnaam"), f"({known('adres')})" if known("adres") else None) if v)
    parts = [
        f"rang {int(known('rang'))}" if known("rang") is not None else None,
        f"klasse {known('klasse')}" if known("klasse") else None,
        f"status {known('status')}" if known("status") else None,
        f"score {nl_number(known('score'), 1)}" if known("score") is not None else "score onbekend",
    ]
    return f"Complex {row.get('complex_id', '?')}{' ' + naam if naam else ''} — " + ", ".join(p for p in parts if p)


if __name__ == "__main__":
    main(prog_name="optopscan")
