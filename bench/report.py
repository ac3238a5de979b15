"""docs/benchmarks.md from the figures of bench/national.py, with an SVG chart beside it.

.venv/bin/python bench/report.py bench/results/national-2026-11-23.json docs/benchmarks.md
"""

from __future__ import annotations

import json
import math
import sys
from html import escape
from pathlib import Path

GOALS = {
    "month_s": 10.0,
    "month_ratio": 3.0,
    "pdf_page_ratio": 1.5,
    "pdf_vs_naive": 5.0,
    "search_p95_ms": 50.0,
    "startup_s": 2.0,
}


def rows(results: dict) -> list[dict]:
    """One row per measured job: what, backend, measured, floor, ratio, goal, met."""
    out = []
    for backend, f in results["backends"].items():
        pay = f["payments"]
        out.append(
            _row(
                f"Payment calculation, national month ({pay['childminders']:,} childminders, "
                f"{pay['lines']:,} lines)",
                backend,
                f"{pay['month_s']:.2f} s",
                f"{pay['floor_s']:.3f} s (one SQL aggregate)",
                pay["month_s"] / pay["floor_s"],
                "< 10 s, ≤ 3x",
                pay["month_s"] < GOALS["month_s"]
                and pay["month_s"] / pay["floor_s"] <= GOALS["month_ratio"],
                short="Payment calculation, national month",
            )
        )
        out.append(
            _row(
                "… its rows fetched into Python, no calculation",
                backend,
                f"{pay['transfer_s']:.3f} s",
                f"{pay['floor_s']:.3f} s",
                pay["transfer_s"] / pay["floor_s"],
                "",
                None,
                short="… its contract rows fetched, nothing else",
            )
        )
        out.append(
            _row(
                "Whole payment run: calculate, write all lines, commit",
                backend,
                f"{pay['run_s']:.1f} s",
                f"{pay['floor_s']:.3f} s",
                pay["run_s"] / pay["floor_s"],
                "",
                None,
                short="Whole payment run incl. writing",
            )
        )
        if "pdf" in f:
            pdf = f["pdf"]
            ratio = pdf["ms_per_page_per_process"] / pdf["floor_ms_per_page"]
            out.append(
                _row(
                    f"PDF statements, {pdf['statements']:,} ({pdf['pages']:,} pages), "
                    f"{pdf['workers']} processes: cost per page and process",
                    backend,
                    f"{pdf['ms_per_page_per_process']:.1f} ms",
                    f"{pdf['floor_ms_per_page']:.1f} ms (one combined document)",
                    ratio,
                    "≤ 1.5x",
                    ratio <= GOALS["pdf_page_ratio"],
                    short="PDF statements, cost per page",
                )
            )
            speedup = pdf["per_second"] * pdf["naive_ms_per_statement"] / 1000
            out.append(
                _row(
                    "PDF statements per second vs naive (one document per statement)",
                    backend,
                    f"{pdf['per_second']:.0f}/s",
                    f"{1000 / pdf['naive_ms_per_statement']:.0f}/s naive",
                    1 / speedup,
                    "≥ 5x faster",
                    speedup >= GOALS["pdf_vs_naive"],
                    note=f"{speedup:.1f}x faster",
                )
            )
        floors = {(r["what"], r["mode"]): r for r in f["search"] if r["server"] == "floor"}
        for r in f["search"]:
            if r["server"] != "Tagwerk":
                continue
            base = floors[(r["what"], r["mode"])]
            # the goal is PostgreSQL's (trigram index); SQLite, for one agency, scans
            goal = r["mode"] == "typing" and r["what"] == "search" and backend == "postgresql"
            out.append(
                _row(
                    f"Person {r['what']} p95, 20 clients {r['mode']} (Dortmund size)",
                    backend,
                    f"{r['p95_ms']:.0f} ms ({r['per_second']:.0f}/s)",
                    f"{base['p95_ms']:.0f} ms ({base['per_second']:.0f}/s, bare JSON)",
                    r["p95_ms"] / base["p95_ms"],
                    "< 50 ms" if goal else "",
                    r["p95_ms"] < GOALS["search_p95_ms"] if goal else None,
                    short=f"Person {r['what']} p95, {r['mode']}",
                )
            )
        s = f["startup"]
        out.append(
            _row(
                "App start-up to first answer; memory",
                backend,
                f"{s['tagwerk_s']:.2f} s; {s['tagwerk_rss_mib']:.0f} MiB",
                f"{s['floor_s']:.2f} s; {s['floor_rss_mib']:.0f} MiB (bare Starlette)",
                s["tagwerk_s"] / s["floor_s"],
                "< 2 s",
                s["tagwerk_s"] < GOALS["startup_s"],
                short="App start-up",
            )
        )
    a = results["assignment"]
    out.append(
        _row(
            f"Substitute assignment, {a['providers']} providers, {a['needs']:,} needs",
            "–",
            f"{a['solve_s']:.2f} s ({a['placed']} placed, {a['settled']} known)",
            f"{a['fcfs_s']:.3f} s ({a['placed_fcfs']} placed, {a['settled_fcfs']} known, "
            "first come first served)",
            a["solve_s"] / a["fcfs_s"],
            "",
            None,
            short="Substitute assignment, 1,000 needs",
        )
    )
    return out


def _row(what, backend, measured, floor, ratio, goal, met, note="", short=""):
    return {
        "what": what,
        "short": short or what,
        "backend": backend,
        "measured": measured,
        "floor": floor,
        "ratio": ratio,
        "goal": goal,
        "met": met,
        "note": note,
    }


def table(items: list[dict]) -> str:
    lines = [
        "| Job | Backend | Measured | Floor (same run) | Ratio | Goal | Met |",
        "|---|---|---|---|---:|---|---|",
    ]
    for r in items:
        met = "" if r["met"] is None else ("yes" if r["met"] else "**no**")
        ratio = r["note"] or f"{r['ratio']:.1f}x"
        lines.append(
            f"| {r['what']} | {r['backend']} | {r['measured']} | {r['floor']} | {ratio} | "
            f"{r['goal']} | {met} |"
        )
    return "\n".join(lines)


def chart(items: list[dict]) -> str:
    """Horizontal bars of the ratio to the floor on a log scale, 1x to 100x."""
    bars = [r for r in items if r["ratio"] >= 0.01 and not r["note"]]
    width, left, row_h = 700, 330, 22
    height = 40 + row_h * len(bars)
    scale = (width - left - 20) / 2  # two decades

    def x(ratio: float) -> float:
        return left + scale * min(max(math.log10(max(ratio, 1)), 0), 2)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'font-family="sans-serif" font-size="11" role="img" '
        f'aria-label="Verhältnis zur Untergrenze je Aufgabe">',
        '<rect width="100%" height="100%" fill="#fff"/>',
    ]
    for tick in (1, 2, 3, 5, 10, 20, 50, 100):
        parts.append(
            f'<line x1="{x(tick):.1f}" y1="20" x2="{x(tick):.1f}" y2="{height - 14}" '
            f'stroke="#ddd"/><text x="{x(tick):.1f}" y="14" text-anchor="middle">{tick}x</text>'
        )
    for i, r in enumerate(bars):
        y = 24 + i * row_h
        label = f"{r['short']} [{r['backend']}]"
        colour = {True: "#2e7d32", False: "#c62828", None: "#607d8b"}[r["met"]]
        parts.append(
            f'<text x="{left - 6}" y="{y + 12}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{left}" y="{y + 2}" width="{max(x(r["ratio"]) - left, 1):.1f}" '
            f'height="{row_h - 8}" fill="{colour}"/>'
            f'<text x="{x(r["ratio"]) + 4:.1f}" y="{y + 12}">{r["ratio"]:.1f}x</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


def _after(results: dict) -> dict:
    pay = (results["backends"].get("postgresql") or {}).get("payments")
    if pay is None:
        return dict.fromkeys(("calc_after", "run_after", "rerun_after"), "(PostgreSQL not run)")
    return {
        "calc_after": f"{pay['month_s']:.1f} s (load {pay['load_s']:.1f} s + calculate "
        f"{pay['calculate_s']:.1f} s)",
        "run_after": f"{pay['run_s']:.1f} s",
        "rerun_after": f"{pay['rerun_s']:.1f} s",
    }


def write(results: dict, path: Path) -> None:
    items = rows(results)
    svg = path.with_suffix(".svg")
    svg.write_text(chart(items), encoding="utf-8")
    m = results["machine"]
    plans = next((f["plans"] for f in results["backends"].values() if f.get("plans")), {})
    explain = "\n\n".join(f"{name}:\n\n```\n{plan}\n```" for name, plan in plans.items())
    template = (Path(__file__).parent / "report_template.md").read_text(encoding="utf-8")
    path.write_text(
        template.format(
            machine=(
                f"{m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB RAM; {m['os']}; "
                f"Python {m['python']}, PostgreSQL {m['postgresql']} (default configuration, "
                f"same machine), SQLite {m['sqlite']}; measured {m['date']}, whole run "
                f"{results['seconds'] / 60:.0f} min"
            ),
            table=table(items),
            chart=svg.name,
            explain=explain,
            **_after(results),
        ),
        encoding="utf-8",
    )


if __name__ == "__main__":
    write(json.loads(Path(sys.argv[1]).read_text()), Path(sys.argv[2]))
