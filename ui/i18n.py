"""Languages: Swedish by default, English selectable, through Qt's own translation tools.

The window's words are written in English in the code (`self.tr()`), and translated in
`resources/translations/eventcenter_sv.ts`. The compiled `.qm` is committed beside it, so a
fresh clone runs with one command; if it is missing or older than the `.ts` (someone edited
the translations), it is rebuilt with `pyside6-lrelease` at start-up, into the settings folder
if the repository is read-only. `python -m ui.i18n` updates the `.ts` from the code
(`pyside6-lupdate`) and builds the `.qm`. The core's own messages (errors from
`eventcenter`) follow the same choice through `eventcenter.messages.set_language`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from eventcenter import messages
from eventcenter.device import config_dir

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("sv", "en")
_installed: list[QTranslator] = []


def _tool(name: str) -> list[str] | None:
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    import PySide6

    binary = Path(PySide6.__file__).parent / name
    for candidate in (binary, binary.with_suffix(".exe")):
        if candidate.exists():
            return [str(candidate)]
    return None


def compiled(code: str) -> Path | None:
    """The .qm for a language, built from the .ts when missing or stale."""
    ts = TRANSLATIONS / f"eventcenter_{code}.ts"
    qm = ts.with_suffix(".qm")
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.exists():
        return None
    for target in (qm, config_dir() / "translations" / qm.name):
        if _release(ts, target):
            return target
    return qm if qm.exists() else None


def _release(ts: Path, qm: Path) -> bool:
    tool = _tool("lrelease")
    if tool is None:
        return False
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([*tool, str(ts), "-qm", str(qm)], capture_output=True,
                              timeout=60, check=False)
    except OSError:
        return False
    return done.returncode == 0 and qm.exists()


def install(code: str) -> str:
    """Install the translators of a language (replacing any before); returns the code."""
    code = code if code in LANGUAGES else "sv"
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    messages.set_language(code)
    QLocale.setDefault(QLocale(QLocale.Language.Swedish if code == "sv"
                               else QLocale.Language.English, QLocale.Country.Sweden))
    if code == "en":
        return code
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for loader in (lambda t: t.load(f"qtbase_{code}", qt_dir),
                   lambda t: (path := compiled(code)) is not None and t.load(str(path))):
        translator = QTranslator(app)
        if loader(translator):
            app.installTranslator(translator)
            _installed.append(translator)
    return code


def update_sources() -> int:
    """Re-read the code for translatable words and rebuild the .qm (developers)."""
    tool = _tool("lupdate")
    if tool is None:
        print("pyside6-lupdate not found", file=sys.stderr)
        return 1
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    for code in LANGUAGES[:1]:
        ts = TRANSLATIONS / f"eventcenter_{code}.ts"
        subprocess.run([*tool, *sources, "-ts", str(ts), "-no-obsolete"], check=True)
        if not _release(ts, ts.with_suffix(".qm")):
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(update_sources())
