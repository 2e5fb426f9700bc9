"""Lighthouse (bench/package.json, pinned) on Debian's Chromium, mobile: the four category scores of a page."""

import json
import os
import subprocess
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def install():
    if not LIGHTHOUSE.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"], cwd=BENCH, check=True)  # noqa: S607


def scores(url):
    """Scores out of 100, and the audits that cost points (title, score) for each category below 100."""
    with tempfile.TemporaryDirectory(prefix="cdv-lighthouse-") as folder:
        report = Path(folder) / "report.json"
        subprocess.run(  # noqa: S603 (our pinned Lighthouse)
            [str(LIGHTHOUSE), url, "--output=json", f"--output-path={report}", "--quiet"]
            + ["--only-categories=" + ",".join(CATEGORIES), "--chrome-flags=--headless=new --no-sandbox"],
            env={**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")},
            check=True,
            capture_output=True,
        )
        data = json.loads(report.read_text())
    result = {}
    for name in CATEGORIES:
        category = data["categories"][name]
        failing = [
            data["audits"][ref["id"]]["title"]
            for ref in category["auditRefs"]
            if ref["weight"] and (data["audits"][ref["id"]]["score"] or 0) < 1
        ]
        result[name] = {"score": round(100 * (category["score"] or 0)), "failing": failing}
    return result
