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


def _join(words: list[tuple[str, int, int, int]]) -> str:
    """Words of one line, as (text, left, right, height). Tesseract splits Chinese into single characters:
    they are rejoined, with a space only where the gap is wider than ~3/4 of the line's character height
    (gaps between characters measure up to ~0.6 of it, a written space ~0.8-1)."""
    heights = sorted(w[3] for w in words)
    char = heights[len(heights) // 2] if heights else 0
    out = ""
    prev_right = None
    for text, left, right, _height in words:
        gap = prev_right is not None and left - prev_right > 0.72 * char
        words_meet = bool(out) and (out[-1] + text[:1]).isascii() and (out[-1] + text[:1]).isalnum()
        if gap or words_meet:
            out += " "
        out += text
        prev_right = right
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
    lines: dict[tuple[int, int, int], list[tuple[str, int, int, int]]] = {}
    confidences: list[float] = []
    for i, word in enumerate(data["text"]):
        word = word.strip()
        conf = float(data["conf"][i])
        if not word or conf < 0:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        left, width, height = data["left"][i], data["width"][i], data["height"][i]
        lines.setdefault(key, []).append((word, left, left + width, height))
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
