"""The report as a readable PDF, a page per section, with its charts, in Dutch or English.

Built as a `webcare.documents.Document` and written through the shared `write_pdf` seam. The
command line reaches it through the `webcare.reports` entry point (`write_report_pdf`), which
starts an offscreen Qt application with the chosen language when none runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.reports.texts import ReportTexts
from webcare.documents import Document, Heading, Image, PageBreak, Paragraph, Table, write_pdf
from webcare.reports.figures import Durations, Report

_app: QApplication | None = None


def render_charts(report: Report, texts: ReportTexts) -> list[tuple[str, bytes]]:
    """The report's charts as PNG images (on the GUI thread: they are widgets)."""
    from ui.reports.charts import chart_pngs

    return chart_pngs(report, texts)


def _durations_rows(
    texts: ReportTexts, rows: list[tuple[str, Durations]]
) -> tuple[tuple[str, ...], ...]:
    d = texts.duration
    return tuple(
        (
            name,
            texts.number(value.count),
            d(value.median_office_seconds),
            d(value.p90_office_seconds),
            d(value.median_seconds),
            d(value.p90_seconds),
        )
        for name, value in rows
    )


def _filters(report: Report, texts: ReportTexts) -> str:
    kinds = {
        "account": texts.word("Account"),
        "channel": texts.word("Channel"),
        "agent": texts.word("Agent"),
        "tag": texts.word("Tag"),
        "neighbourhood": texts.word("Neighbourhood (wijk or buurt)"),
    }
    if not report.filter_names:
        return texts.word("All accounts, channels, agents and tags.")
    return "; ".join(f"{kinds.get(kind, kind)}: {name}" for kind, name in report.filter_names)


def build_document(
    report: Report, texts: ReportTexts, charts: list[tuple[str, bytes]], language: str
) -> Document:
    """The report's sections, each on its own page."""
    t = texts
    figures = report.figures
    pictures = dict(charts)
    kind = (
        "month"
        if report.period.first.day == 1 and (report.period.last - report.period.first).days >= 27
        else "custom"
    )
    period = t.period(report.period.first, report.period.last, kind)
    target = ", ".join(t.duration(m * 60) for m in report.targets_minutes) or "–"
    wall = t.word("wall-clock {wall}")
    headline = Table(
        (t.word("Figure"), t.word("Value"), t.word("Details")),
        (
            (
                t.word("First response, median"),
                t.duration(figures.first_response.median_office_seconds),
                wall.format(wall=t.duration(figures.first_response.median_seconds)),
            ),
            (
                t.word("First response, 90th percentile"),
                t.duration(figures.first_response.p90_office_seconds),
                wall.format(wall=t.duration(figures.first_response.p90_seconds)),
            ),
            (
                t.word("Within target"),
                t.share(figures.within_target_share),
                t.word("{n} of {m}; target {target}").format(
                    n=figures.within_target, m=figures.decided, target=target
                ),
            ),
            (t.word("Volume"), t.number(figures.volume), ""),
            (t.word("Handled"), t.number(figures.handled), ""),
            (t.word("Closed without a reply"), t.number(figures.closed_without_reply), ""),
            (t.word("Backlog"), t.number(report.backlog), ""),
        ),
    )
    times = Table(
        (
            t.word("Wait"),
            t.word("Count"),
            t.word("Median (office)"),
            t.word("90th percentile (office)"),
            t.word("Median (wall-clock)"),
            t.word("90th percentile (wall-clock)"),
        ),
        _durations_rows(
            t,
            [
                (t.word("First response time"), figures.first_response),
                (t.word("Next response time"), figures.next_response),
                (t.word("Resolution time"), figures.resolution),
            ],
        ),
    )
    agents = Table(
        (
            t.word("Agent"),
            t.word("Handled"),
            t.word("First responses"),
            t.word("Median (office)"),
            t.word("Within target"),
            t.word("Replies"),
            t.word("Closed"),
        ),
        tuple(
            (
                row.name or (t.platform_reply() if row.first_responses else t.nobody()),
                t.number(row.rounds),
                t.number(row.first_responses),
                t.duration(row.median_first_response_office_seconds),
                t.share(row.within_target_share),
                t.number(row.replies),
                t.number(row.closed),
            )
            for row in report.agents
        ),
    )

    def chart(title: str) -> tuple[Image, ...]:
        png = pictures.get(title)
        return () if png is None else (Image(png, "", 170.0),)  # its title is in the picture

    blocks = (
        Heading(t.word("Summary")),
        Paragraph(_filters(report, t)),
        Paragraph(t.counted_on(report.computed_at.astimezone().strftime("%Y-%m-%d %H:%M"))),
        headline,
        PageBreak(),
        Heading(t.word("Volume and backlog")),
        *chart(t.word("Conversations per day, by channel")),
        *chart(t.word("Backlog at the end of each day")),
        PageBreak(),
        Heading(t.word("Response times")),
        times,
        *chart(t.word("First response time")),
        PageBreak(),
        Heading(t.word("When residents write")),
        *chart(t.word("When residents write (hour × weekday)")),
        PageBreak(),
        Heading(t.word("Per agent")),
        agents,
        PageBreak(),
        Heading(t.word("How it is counted")),
        *(block for name, text in t.definitions() for block in (Heading(name, 2), Paragraph(text))),
    )
    return Document(
        title=t.word("Webcare report: {period}").format(period=period),
        subtitle=t.word("Response times and volumes"),
        blocks=blocks,
        language=language,
        footer=t.word("Webcare report {first} – {last}").format(
            first=report.period.first.isoformat(), last=report.period.last.isoformat()
        ),
    )


def _ensure_app(language: str) -> None:
    """An offscreen application with the language's translations, when none runs (the CLI)."""
    global _app
    if QApplication.instance() is None:
        _app = QApplication([sys.argv[0] if sys.argv else "webcare", "-platform", "offscreen"])
        from ui.i18n import Translations

        translations = Translations(_app)
        translations.set_language(language)


def write_report_pdf(report: Report, path: Path, language: str = "nl") -> int:
    """Write `report` as a PDF to `path` (the `webcare.reports` entry point); returns pages."""
    _ensure_app(language)
    texts = ReportTexts()
    document = build_document(report, texts, render_charts(report, texts), language)
    return write_pdf(document, Path(path))
