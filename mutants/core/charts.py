"""Small SVG charts drawn on the server: the same markup in the page and in a PDF."""

from __future__ import annotations

from decimal import Decimal

from markupsafe import Markup, escape

BAR = "#0b5a7a"


def means_chart(rows: list[tuple[str, Decimal | None]], title: str) -> Markup:
    """Horizontal bars of the mean grade per dimension (1 best, 6 worst)."""
    width, label_w, bar_w, row_h = 560, 190, 300, 26
    height = row_h * len(rows) + 30
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" aria-labelledby="chart-title">',
        f'<title id="chart-title">{escape(title)}</title>',
    ]
    for grade in range(1, 7):
        x = label_w + bar_w * (grade - 1) / 5
        parts.append(
            f'<line x1="{x:.0f}" y1="0" x2="{x:.0f}" y2="{height - 22}" stroke="#ccd" />'
            f'<text x="{x:.0f}" y="{height - 6}" font-size="11" text-anchor="middle">{grade}</text>'
        )
    for i, (name, mean) in enumerate(rows):
        y = i * row_h + 4
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 15}" font-size="12" text-anchor="end">'
            f"{escape(name)}</text>"
        )
        if mean is not None:
            length = bar_w * (float(mean) - 1) / 5 + 4
            parts.append(
                f'<rect x="{label_w}" y="{y + 3}" width="{length:.0f}" height="16" fill="{BAR}" />'
                f'<text x="{label_w + length + 6:.0f}" y="{y + 15}" font-size="12">'
                f"{str(mean).replace('.', ',')}</text>"
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def columns_chart(items: list[tuple[str, int]], title: str, *, col_w: int = 30) -> Markup:
    """Columns with their value on top and their label below (counts per month, per grade)."""
    width, height = 20 + len(items) * (col_w + 8), 110
    top = max((v for _, v in items), default=0) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}"><title>{escape(title)}</title>'
    ]
    for i, (label, count) in enumerate(items):
        h = 70 * count / top
        x = 10 + i * (col_w + 8)
        parts.append(
            f'<rect x="{x}" y="{85 - h:.0f}" width="{col_w}" height="{h:.0f}" fill="{BAR}" />'
            f'<text x="{x + col_w / 2:.0f}" y="{80 - h:.0f}" font-size="11" '
            f'text-anchor="middle">{count}</text>'
            f'<text x="{x + col_w / 2:.0f}" y="102" font-size="11" text-anchor="middle">'
            f"{escape(label)}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
