"""OCR of page images with Tesseract and its simplified-Chinese model (Debian: tesseract-ocr-chi-sim)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from graph_build.readers.base import assemble
from graph_build.source import Origin, SourceError, SourceText

SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
LANG = "chi_sim"
INSTALL = "install it with scripts/install-system-deps.sh (Debian: tesseract-ocr tesseract-ocr-chi-sim)"


def _join(words: list[str]) -> str:
    """Words of one line; Tesseract splits Chinese into single characters, which are rejoined."""
    out = ""
    for w in words:
        if out and out[-1].isascii() and out[-1].isalnum() and w[:1].isascii() and w[:1].isalnum():
            out += " "
        out += w
    return out


def image_text(image: Any, where: str) -> tuple[str, float]:
    """Text of a page image, one line per line Tesseract finds, and the mean word confidence (0-100).

    ``where`` names the file and page in the error raised when Tesseract or its Chinese model is missing.
    """
    if shutil.which("tesseract") is None:
        raise SourceError(where, f"page has no text layer and needs OCR, but Tesseract is not installed: {INSTALL}")
    import pytesseract

    try:
        data = pytesseract.image_to_data(image, lang=LANG, config="--psm 6", output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError as exc:
        raise SourceError(where, f"OCR failed ({exc.message.strip()}); {INSTALL}") from exc
    lines: dict[tuple[int, int, int], list[str]] = {}
    confidences: list[float] = []
    for i, word in enumerate(data["text"]):
        word = word.strip()
        conf = float(data["conf"][i])
        if not word or conf < 0:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append(word)
        confidences.append(conf)
    text = "\n".join(_join(words) for _key, words in sorted(lines.items()))
    return text, round(sum(confidences) / len(confidences), 1) if confidences else 0.0


def read(path: Path) -> SourceText:
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(path)
    except (OSError, UnidentifiedImageError) as exc:
        raise SourceError(str(path), f"not a readable image ({exc})") from exc
    text, confidence = image_text(image, f"{path} page 1")
    return assemble(path, [text], Origin(format="image", ocr_pages=((1, confidence),)), paged=True)
