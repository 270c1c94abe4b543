"""The reports' charts, drawn with pyqtgraph: on the page, and as PNG images for the PDF.

Why pyqtgraph and not QtCharts: QtCharts ships only in the PySide6-Addons wheel (175 MB to
download, 439 MB installed) and has no heatmap; pyqtgraph is 10 MB (with numpy's 73 MB),
maintained, and draws on Qt's graphics view, fast for a year of days. It is imported when the
Reports page is first shown, not at start.

Each chart carries an accessible description with its numbers, for a screen reader.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from ui.reports.texts import ReportTexts
from webcare.reports.figures import Report
from webcare.vocabulary import Platform

COLOURS = {
    Platform.X: "#1f2a44",
    Platform.FACEBOOK: "#1877f2",
    Platform.INSTAGRAM: "#c13584",
}
WALL = "#9aa8bf"
OFFICE = "#1d4e89"
BACKLOG = "#c75000"
HEAT = pg.ColorMap([0.0, 0.5, 1.0], [(247, 249, 252), (122, 160, 214), (13, 42, 92)])

pg.setConfigOptions(antialias=True, background="w", foreground="#1f2a44")


def _plot(title: str, font_size: int = 10) -> pg.PlotWidget:
    widget = pg.PlotWidget()
    item = widget.getPlotItem()
    item.setTitle(title, color="#1f2a44", size=f"{font_size + 1}pt")
    item.showGrid(x=False, y=True, alpha=0.2)
    item.setMenuEnabled(False)
    item.hideButtons()
    # pyqtgraph's own "Export…" on a right click works only from that click (it raised when
    # chosen otherwise); the page's exports are ours, so the scene keeps no menu of its own.
    scene = widget.scene()
    for action in list(getattr(scene, "contextMenu", [])):
        action.setParent(None)
        action.deleteLater()
    scene.contextMenu = []
    widget.setMouseEnabled(x=False, y=False)
    font = QFont()
    font.setPointSize(font_size)
    for side in ("left", "bottom"):
        axis = item.getAxis(side)
        axis.setStyle(tickFont=font, autoExpandTextSpace=True)
        axis.setTextPen("#1f2a44")
    item.getAxis("left").setWidth(int(font_size * 4.5))  # room for "1,000"
    widget.setMinimumHeight(220)
    return widget


def _empty(item: Any, text: str, x: float, y: float) -> None:
    """Say so on an empty chart, instead of leaving an axis without bars."""
    label = pg.TextItem(text, color="#4a5670", anchor=(0.5, 0.5))
    font = QFont()
    font.setPointSize(12)
    label.setFont(font)
    label.setPos(x, y)
    item.addItem(label)


def _day_ticks(report: Report, texts: ReportTexts) -> list[tuple[float, str]]:
    days = [day for day, _ in report.per_day]
    step = max(1, len(days) // 8)
    return [(index, texts.day(day)) for index, day in enumerate(days) if index % step == 0]


def volume_chart(report: Report, texts: ReportTexts, font_size: int = 10) -> pg.PlotWidget:
    """New and reopened conversations per day, stacked by channel."""
    widget = _plot(texts.word("Conversations per day, by channel"), font_size)
    item = widget.getPlotItem()
    legend = item.addLegend(
        offset=(-8, 4), labelTextColor="#1f2a44", labelTextSize=f"{font_size}pt"
    )
    days = len(report.per_day)
    x = np.arange(days, dtype=float)
    bottom = np.zeros(days)
    summary = []
    for platform in Platform:
        heights = np.array([counts.get(platform, 0) for _, counts in report.per_day], dtype=float)
        if not heights.any():
            continue
        bars = pg.BarGraphItem(
            x=x, height=heights, y0=bottom, width=0.8, brush=COLOURS[platform], pen=None
        )
        item.addItem(bars)
        legend.addItem(bars, texts.channel(platform))
        bottom = bottom + heights
        summary.append(f"{texts.channel(platform)}: {int(heights.sum())}")
    item.getAxis("bottom").setTicks([_day_ticks(report, texts)])
    peak = max(1.0, float(bottom.max()) if days else 1.0)
    item.setYRange(0, peak * 1.4, padding=0)  # room for the legend above the bars
    item.setXRange(-1.0, max(days, 1), padding=0)
    if not bottom.any():
        _empty(item, texts.word("No conversations"), days / 2, 0.7)
    widget.setAccessibleName(texts.word("Conversations per day, by channel"))
    widget.setAccessibleDescription(", ".join(summary) or texts.word("No conversations"))
    return widget


def backlog_chart(report: Report, texts: ReportTexts, font_size: int = 10) -> pg.PlotWidget:
    """The backlog at the end of each day."""
    widget = _plot(texts.word("Backlog at the end of each day"), font_size)
    item = widget.getPlotItem()
    levels = [level for _, level in report.backlog_per_day]
    if levels:
        item.plot(
            np.arange(len(levels), dtype=float),
            np.array(levels, dtype=float),
            pen=pg.mkPen(BACKLOG, width=2.5),
            symbol="o",
            symbolSize=5,
            symbolBrush=BACKLOG,
            symbolPen=None,
        )
    item.getAxis("bottom").setTicks([_day_ticks(report, texts)])
    item.setYRange(0, max([1, *levels]) * 1.15, padding=0)
    item.setXRange(-1.0, max(len(report.per_day), 1), padding=0)
    widget.setAccessibleName(texts.word("Backlog at the end of each day"))
    widget.setAccessibleDescription(
        texts.word("Backlog at the end of the period: {n}").format(n=report.backlog)
    )
    return widget


def distribution_chart(report: Report, texts: ReportTexts, font_size: int = 10) -> pg.PlotWidget:
    """How long first responses took: counts per bucket, in office and in wall-clock time."""
    widget = _plot(texts.word("First response time"), font_size)
    item = widget.getPlotItem()
    legend = item.addLegend(
        offset=(-8, 4), labelTextColor="#1f2a44", labelTextSize=f"{font_size}pt"
    )
    x = np.arange(len(report.distribution), dtype=float)
    office = np.array([row[2] for row in report.distribution], dtype=float)
    wall = np.array([row[1] for row in report.distribution], dtype=float)
    office_bars = pg.BarGraphItem(x=x - 0.2, height=office, width=0.38, brush=OFFICE, pen=None)
    wall_bars = pg.BarGraphItem(x=x + 0.2, height=wall, width=0.38, brush=WALL, pen=None)
    item.addItem(office_bars)
    item.addItem(wall_bars)
    legend.addItem(office_bars, texts.word("office time"))
    legend.addItem(wall_bars, texts.word("wall-clock time"))
    labels = []
    previous: int | None = None
    for index, (bound, _, _) in enumerate(report.distribution):
        labels.append((float(index), texts.bucket(bound, previous)))
        previous = bound
    item.getAxis("bottom").setTicks([labels])
    peak = max(
        [1.0, float(office.max()) if len(office) else 0, float(wall.max()) if len(wall) else 0]
    )
    item.setYRange(0, peak * 1.35, padding=0)
    item.setXRange(-0.7, len(labels) - 0.3, padding=0)
    if not office.any():
        _empty(item, texts.word("No replies in this period"), (len(labels) - 1) / 2, peak * 0.6)
    widget.setAccessibleName(texts.word("First response time"))
    widget.setAccessibleDescription(
        "; ".join(
            f"{label}: {int(count)}" for (_, label), count in zip(labels, office, strict=True)
        )
    )
    return widget


def heatmap_chart(report: Report, texts: ReportTexts, font_size: int = 10) -> pg.PlotWidget:
    """When residents write: new and reopened conversations by hour and weekday."""
    widget = _plot(texts.word("When residents write (hour × weekday)"), font_size)
    item = widget.getPlotItem()
    cells = np.array(report.heatmap, dtype=float).T  # x: hour, y: weekday
    image = pg.ImageItem(cells)
    peak = float(cells.max()) if cells.size else 0.0
    image.setLookupTable(HEAT.getLookupTable(nPts=256))
    image.setLevels((0.0, max(1.0, peak)))
    item.addItem(image)
    item.invertY(True)
    item.getAxis("left").setTicks([[(day + 0.5, texts.weekday(day)) for day in range(7)]])
    item.getAxis("bottom").setTicks([[(hour + 0.5, f"{hour:02d}") for hour in range(0, 24, 3)]])
    item.showGrid(x=False, y=False)
    item.setXRange(0, 24, padding=0)
    item.setYRange(0, 7, padding=0)
    item.setLabel(
        "bottom",
        texts.word("darker: more conversations (at most {n} in one hour)").format(n=int(peak)),
    )
    busiest = np.unravel_index(int(np.argmax(cells)), cells.shape) if peak else None
    widget.setAccessibleName(texts.word("When residents write (hour × weekday)"))
    if busiest is not None:
        hour, day = int(busiest[0]), int(busiest[1])
        widget.setAccessibleDescription(
            texts.word("Busiest: {day} {hour}:00, {n} conversations").format(
                day=texts.weekday(day), hour=f"{hour:02d}", n=int(peak)
            )
        )
    return widget


CHARTS = (volume_chart, distribution_chart, backlog_chart, heatmap_chart)


PNG_SIZE = QSize(1200, 560)


def to_png(widget: QWidget, size: QSize = PNG_SIZE) -> bytes:
    """The chart as a PNG image (for the PDF), drawn at `size` without showing it."""
    widget.resize(size)
    pixmap = widget.grab()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def chart_pngs(report: Report, texts: ReportTexts, font_size: int = 13) -> list[tuple[str, bytes]]:
    """Every chart of `report` as (title, PNG), with type to read on paper."""
    pngs = []
    for build in CHARTS:
        widget: Any = build(report, texts, font_size)
        pngs.append((widget.accessibleName(), to_png(widget)))
        widget.deleteLater()
    return pngs


def colour(platform: Platform) -> QColor:
    return QColor(COLOURS[platform])
