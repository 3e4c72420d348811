"""Reading speed per input format, and the PDF library choice measured: pages per second and facts kept.

    python benchmarks/read_formats.py ../shared/corpus [--ocr-pages 3]

Makes its inputs from the corpus texts (tests/scripts/make_inputs.py: PDFs printed by the headless
Chromium, a rasterised copy for OCR, .docx by python-docx, web pages in a site's chrome) and prints, per
format, pages per second of reading (to ``SourceText``, before extraction). For PDF text it compares the two
candidate libraries on the same files: PDFium (pypdfium2, what the reader uses) and pdfminer (pdfplumber's
``extract_text``): pages per second, and the share of the text's facts (``govkg eval`` keys) that extraction
finds in what each library read. A DOCX or HTML "page" is 1,800 characters of text, about one A4 gazette page.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph_build.evaluate import norm, norm_unit, record_key
from graph_build.pipeline import Extractor
from graph_build.readers import read_document
from graph_build.readers.base import assemble
from graph_build.records import ExtractionReport
from graph_build.source import Origin, SourceText
from tests.scripts import make_inputs as mk

PAGE_CHARS = 1800


def keys(facts: list[dict]) -> Counter:
    out: Counter = Counter()
    for r in facts:
        r = {**r, "source": ""}
        k = record_key(r) or (norm(r["task"])[:12], tuple(sorted(map(norm_unit, r["units"]))))
        out[(r["type"], *k)] += 1
    return out


def share(extractor: Extractor, txt: Path, source: SourceText) -> float:
    want = keys([f.to_json() for f in extractor.run([txt], ExtractionReport())])
    got = keys([f.to_json() for f in extractor.facts_from_source(source)])
    return sum((want & got).values()) / max(1, sum(want.values()))


def timed(fn, *args):
    t0 = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t0


def pdfminer_source(pdf: Path) -> SourceText:
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        pages = [page.extract_text() or "" for page in doc.pages]
    return assemble(pdf, pages, Origin(format="pdf"), paged=True)


def pdfium_text_only(pdf: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    n = len(doc)
    for i in range(n):
        doc[i].get_textpage().get_text_range()
    doc.close()
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--ocr-pages", type=int, default=3, help="pages of a scan to OCR (slow: seconds each)")
    parser.add_argument("--wild", type=Path, help="folder of texts to wrap as web pages (default: ../wild beside)")
    args = parser.parse_args()
    texts = sorted(args.corpus.glob("*.txt"))
    extractor = Extractor()
    with tempfile.TemporaryDirectory(prefix="govkg-bench-") as tmp:
        out = Path(tmp)
        pdfs = [mk.gazette_pdf(t.read_text(encoding="utf-8"), out / f"{t.stem}.pdf") for t in texts]
        print(f"{'format':<28}{'pages':>7}{'pages/s':>10}  facts of the .txt kept")
        pages = sum(pdfium_text_only(p) for p in pdfs)
        _, dt = timed(lambda: [pdfium_text_only(p) for p in pdfs])
        print(f"{'PDF text: PDFium, raw':<28}{pages:>7}{pages / dt:>10.1f}")
        sources, dt = timed(lambda: [read_document(p) for p in pdfs])
        kept = [share(extractor, t, s) for t, s in zip(texts, sources, strict=True)]
        print(f"{'PDF text: reader (PDFium)':<28}{pages:>7}{pages / dt:>10.1f}  "
              + " ".join(f"{k:.3f}" for k in kept))
        sources, dt = timed(lambda: [pdfminer_source(p) for p in pdfs])
        kept = [share(extractor, t, s) for t, s in zip(texts, sources, strict=True)]
        print(f"{'PDF text: pdfplumber':<28}{pages:>7}{pages / dt:>10.1f}  " + " ".join(f"{k:.3f}" for k in kept))

        scan = mk.rasterise_pdf(pdfs[0], out / "scan.pdf")
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(scan))
        first = pdfium.PdfDocument.new()
        first.import_pages(doc, list(range(min(args.ocr_pages, len(doc)))))
        first.save(str(out / "scan-part.pdf"))
        doc.close()
        _, dt = timed(read_document, out / "scan-part.pdf")
        print(f"{'PDF OCR (Tesseract chi_sim)':<28}{args.ocr_pages:>7}{args.ocr_pages / dt:>10.2f}")

        docs = [mk.make_docx(out / f"{t.stem}.docx", [t.read_text(encoding="utf-8")]) for t in texts]
        chars = sum(len(t.read_text(encoding="utf-8")) for t in texts)
        _, dt = timed(lambda: [read_document(d) for d in docs])
        print(f"{'DOCX':<28}{chars / PAGE_CHARS:>7.0f}{chars / PAGE_CHARS / dt:>10.1f}")

        wild = args.wild or args.corpus.parent / "wild"
        wild_texts = sorted(wild.glob("*/docs/*.txt")) or texts
        pages_html = []
        for i, t in enumerate(wild_texts):
            page = out / f"w{i}.html"
            page.write_bytes(mk.wrap_html(t.read_text(encoding="utf-8"), title="通知_人民政府门户网站"))
            pages_html.append(page)
        chars = sum(len(t.read_text(encoding="utf-8")) for t in wild_texts)
        _, dt = timed(lambda: [read_document(p) for p in pages_html])
        print(f"{f'HTML ({len(pages_html)} files)':<28}{chars / PAGE_CHARS:>7.0f}"
              f"{chars / PAGE_CHARS / dt:>10.1f}")


if __name__ == "__main__":
    main()
