"""Word .doc and WPS .wps: converted to .docx by LibreOffice headless (Debian: libreoffice-writer-nogui)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from graph_build.readers import docx
from graph_build.source import SourceError, SourceText

SUFFIXES = (".doc", ".wps")
TIMEOUT = 180  # seconds for one conversion
INSTALL = "install it with scripts/install-system-deps.sh (Debian: libreoffice-writer-nogui)"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def read(path: Path) -> SourceText:
    binary = soffice()
    if binary is None:
        raise SourceError(str(path), f"reading {path.suffix} needs LibreOffice, which is not installed: {INSTALL}")
    with tempfile.TemporaryDirectory(prefix="govkg-soffice-") as tmp:
        profile = Path(tmp, "profile").as_uri()  # a private profile: conversions may run side by side
        command = [binary, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx",
                   "--outdir", tmp, str(path)]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
        except subprocess.TimeoutExpired as exc:
            raise SourceError(str(path), f"LibreOffice did not convert the file within {TIMEOUT} s") from exc
        converted = Path(tmp, path.stem + ".docx")
        if done.returncode != 0 or not converted.exists():
            reason = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
            raise SourceError(str(path), f"LibreOffice could not convert the file ({reason[0]})")
        return docx.read(converted, name=str(path), fmt=path.suffix.lower().lstrip("."))
