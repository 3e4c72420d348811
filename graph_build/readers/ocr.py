"""OCR of page images with Tesseract and its simplified-Chinese model (Debian: tesseract-ocr-chi-sim)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from graph_build.readers.base import assemble
from graph_build.source import Origin, SourceError, SourceText

SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
LANG = "chi_sim"
TIMEOUT = 600  # seconds for one page
# Tesseract's Chinese model (Debian's, the fast one) reads characters best about this many pixels high.
# Measured on the roster scans of tests/test_readers.py (38 names): characters 21-32 px high give 35-36 of
# them right, 35 px 34, 42 px (a 200 dpi scan rendered at 300 dpi) and 56 px 30.
GLYPH_PX = 26
INSTALL = "install it with scripts/install-system-deps.sh (Debian: tesseract-ocr tesseract-ocr-chi-sim)"


def _confidence(tsv: str) -> float:
    """Mean confidence (0-100) of the words in Tesseract's TSV output."""
    values = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) >= 12 and cols[11].strip():
            try:
                conf = float(cols[10])
            except ValueError:
                continue
            if conf >= 0:
                values.append(conf)
    return round(sum(values) / len(values), 1) if values else 0.0


def glyph_height(image: Any) -> float | None:
    """The usual height in pixels of a line of text on a page image, or None when no lines are seen.

    Rows of pixels darker than the page's background form runs, one per line of text; the median run is
    the height of a line's characters.
    """
    from PIL import Image

    gray = image.convert("L")
    rows = list(gray.resize((1, gray.height), Image.Resampling.BOX).tobytes())  # each row's mean
    background = sorted(rows)[int(len(rows) * 0.9)]
    runs: list[int] = []
    n = 0
    for value in [*rows, background]:
        if value < background - 2:
            n += 1
        elif n:
            runs.append(n)
            n = 0
    runs = [r for r in runs if r >= 4]  # specks and rules are not lines of text
    return float(sorted(runs)[len(runs) // 2]) if len(runs) >= 3 else None


def image_text(image: Any, where: str) -> tuple[str, float]:
    """Text of a page image, one line per line Tesseract finds, and the mean word confidence (0-100).

    One Tesseract run writes both the text (with ``preserve_interword_spaces``, so the gap between a name and
    its post stays a space) and the TSV of words with their confidences. ``where`` names the file and page
    in the error raised when Tesseract or its Chinese model is missing.
    """
    binary = shutil.which("tesseract")
    if binary is None:
        raise SourceError(where, f"page has no text layer and needs OCR, but Tesseract is not installed: {INSTALL}")
    with tempfile.TemporaryDirectory(prefix="govkg-ocr-") as tmp:
        png = Path(tmp, "page.png")
        image.save(png)
        base = Path(tmp, "out")
        command = [binary, str(png), str(base), "-l", LANG, "--psm", "6", "-c", "preserve_interword_spaces=1",
                   "txt", "tsv"]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
        except subprocess.TimeoutExpired as exc:
            raise SourceError(where, f"OCR took longer than {TIMEOUT} s") from exc
        if done.returncode != 0 or not base.with_suffix(".txt").exists():
            reason = (done.stderr.strip().splitlines() or ["no output"])[-1]
            raise SourceError(where, f"OCR failed ({reason}); {INSTALL}")
        text = base.with_suffix(".txt").read_text(encoding="utf-8")
        confidence = _confidence(base.with_suffix(".tsv").read_text(encoding="utf-8"))
    lines = [" ".join(ln.split()) for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln), confidence


def read(path: Path) -> SourceText:
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(path)
    except (OSError, UnidentifiedImageError) as exc:
        raise SourceError(str(path), f"not a readable image ({exc})") from exc
    text, confidence = image_text(image, f"{path} page 1")
    return assemble(path, [text], Origin(format="image", ocr_pages=((1, confidence),)), paged=True)
