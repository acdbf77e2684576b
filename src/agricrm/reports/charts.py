"""Charts drawn in the PDF itself (reportlab graphics): vector, selectable labels, no images.

Chart labels take one font, so a character Micro Hei lacks prints as the substitute mark
there (categories are the branch's own labels, so this does not happen in practice).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from agricrm.reports import fonts

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

    from agricrm.reports.kit import ReportKit

PALETTE = (
    "#2e6b4f",
    "#d08c2e",
    "#4f86a8",
    "#b5523b",
    "#8a9a3b",
    "#7b5ea7",
    "#5c7a73",
    "#c9a227",
)


@dataclass(frozen=True)
class ChartSeries:
    """Categories and one value each; `value_format` turns a value into its bar label."""

    title: str
    labels: Sequence[str]
    values: Sequence[Decimal | int]
    value_format: str = "{:,.0f}"


def _label(kit: ReportKit, text: str) -> str:
    return fonts.plain_text(text, kit.missing)


def bar_chart(kit: ReportKit, series: ChartSeries, width: float, height: float) -> Drawing:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.SANS  # the renderer starts in Helvetica otherwise
    drawing.initialFontSize = 8
    drawing.add(
        String(0, height - 10, _label(kit, series.title), fontName=fonts.SANS, fontSize=8.5)
    )
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 28
    chart.width, chart.height = width - 40, height - 60
    values = [float(value) for value in series.values] or [0.0]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [_label(kit, label) for label in series.labels] or [""]
    chart.categoryAxis.labels.fontName = fonts.SANS
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "n"
    if len(series.labels) > 4:
        chart.categoryAxis.labels.angle = 25
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = fonts.SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max(values)
    chart.valueAxis.valueMax = top * 1.18 if top > 0 else 1  # room for the bar labels
    chart.valueAxis.labelTextFormat = _axis_format(top)
    chart.valueAxis.strokeColor = colors.HexColor("#999999")
    chart.categoryAxis.strokeColor = colors.HexColor("#999999")
    chart.bars[0].fillColor = colors.HexColor(PALETTE[0])
    chart.bars[0].strokeColor = None
    chart.barLabels.fontName = fonts.SANS
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    chart.barLabelFormat = lambda value: series.value_format.format(value)
    chart.barWidth = 8
    drawing.add(chart)
    return drawing


def pie_chart(kit: ReportKit, series: ChartSeries, width: float, height: float) -> Drawing:
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.charts.piecharts import Pie
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.SANS  # the renderer starts in Helvetica otherwise
    drawing.initialFontSize = 8
    drawing.add(
        String(0, height - 10, _label(kit, series.title), fontName=fonts.SANS, fontSize=8.5)
    )
    pairs = [
        (label, float(value))
        for label, value in zip(series.labels, series.values, strict=True)
        if value
    ]
    size = min(height - 24, width * 0.45)
    if not pairs:
        drawing.add(String(0, height / 2, "—", fontName=fonts.SANS, fontSize=9))
        return drawing
    pie = Pie()
    pie.x, pie.y = 4, (height - 14 - size) / 2
    pie.width = pie.height = size
    pie.data = [value for _, value in pairs]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    for index in range(len(pairs)):
        pie.slices[index].fillColor = colors.HexColor(PALETTE[index % len(PALETTE)])
    drawing.add(pie)
    total = sum(value for _, value in pairs)
    legend = Legend()
    legend.x, legend.y = size + 16, height - 20
    legend.fontName = fonts.SANS
    legend.fontSize = 7
    legend.alignment = "right"
    legend.dx = legend.dy = 6
    legend.deltay = 10
    legend.columnMaximum = 12
    legend.strokeColor = None
    legend.colorNamePairs = [
        (
            colors.HexColor(PALETTE[index % len(PALETTE)]),
            f"{_label(kit, label)} {value / total * 100:.1f}%",
        )
        for index, (label, value) in enumerate(pairs)
    ]
    drawing.add(legend)
    return drawing


def _axis_format(top: float) -> str:
    return "%.1f" if 0 < top < 5 else "%d"
