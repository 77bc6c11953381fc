"""The Material templates copied into overrides/, and the edits meant to be made to them.

Each copy's intended edits are a unified diff in tests/theme_edits/, from the installed
original to the copy (without the copy's licence header). When Material changes under a
copy, or a copy is edited, the diff no longer matches and tests/test_theme_copies.py fails.

After a deliberate edit to a copy (or re-copying it from a new Material and reapplying its
edits), write the diffs again and read them: `.venv/bin/python tests/theme_copies.py --write`.
"""

from __future__ import annotations

import difflib
import re
import sys
from importlib.metadata import distribution
from pathlib import Path

import material

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(material.__file__).parent / "templates"
EDITS = Path(__file__).resolve().parent / "theme_edits"

# copy in overrides/ -> (original under material/templates/, the block copied or None for all)
COPIES = {
    "partials/search.html": ("partials/search.html", None),
    "partials/source-file.html": ("partials/source-file.html", None),
    "main.html": ("base.html", "site_meta"),
}

# Templates of our own that take the place of one of Material's without copying any of it:
# Material's 404.html is a bare heading; ours (hooks/not_found.py) is written anew, per language.
OWN = {"404.html"}

# The comment at the top of every file of Material's templates, and of every copy (its licence).
HEADER = re.compile(r"\A\{#-.*?-#\}\n", re.S)


def licence() -> str:
    """Material's licence as installed (MIT, Martin Donath)."""
    dist = distribution("mkdocs-material")
    name = next(f for f in dist.files if f.match("*.dist-info/licenses/LICENSE"))
    return dist.locate_file(name).read_text(encoding="utf-8")


def block(text: str, name: str) -> str:
    """The Jinja block `name` of a template, from its tag to its end, unindented."""
    start = re.search(rf"^([ \t]*){{% block {name} %}}\n", text, re.M)
    indent = start.group(1)
    end = re.compile(rf"^{indent}{{% endblock %}}\n", re.M).search(text, start.end())
    lines = text[start.start() : end.end()].splitlines(keepends=True)
    return "".join(line[len(indent) :] if line.startswith(indent) else line for line in lines)


def original(copy: str) -> str:
    source, name = COPIES[copy]
    text = HEADER.sub("", (TEMPLATES / source).read_text(encoding="utf-8"))
    return block(text, name) if name else text


def copied(copy: str, overrides: Path = ROOT / "overrides") -> str:
    text = HEADER.sub("", (overrides / copy).read_text(encoding="utf-8"))
    return block(text, COPIES[copy][1]) if COPIES[copy][1] else text


def edits(copy: str, copy_text: str | None = None, original_text: str | None = None) -> str:
    """The diff from the installed original to the copy: the edits the copy makes."""
    source, name = COPIES[copy]
    copy_text = copied(copy) if copy_text is None else copy_text
    original_text = original(copy) if original_text is None else original_text
    where = f" (block {name})" if name else ""
    return "".join(
        difflib.unified_diff(
            original_text.splitlines(keepends=True),
            copy_text.splitlines(keepends=True),
            fromfile=f"material/templates/{source}{where}",
            tofile=f"overrides/{copy}{where}",
        )
    )


def edits_file(copy: str) -> Path:
    return EDITS / (Path(copy).name + ".diff")


def edit_problems(copy: str, copy_text: str | None = None, original_text: str | None = None) -> list[str]:
    """Empty when the copy is the installed original plus exactly its intended edits."""
    found, meant = edits(copy, copy_text, original_text), edits_file(copy).read_text(encoding="utf-8")
    if found == meant:
        return []
    def changes(diff):
        return [line for line in diff.splitlines() if line[:1] in "+-" and not line.startswith(("+++", "---"))]

    beyond = [line for line in changes(found) if line not in changes(meant)]
    lost = [line for line in changes(meant) if line not in changes(found)]
    return [
        f"overrides/{copy} differs from Material {version()}'s templates/{COPIES[copy][0]} by more than its "
        f"intended edits ({edits_file(copy).relative_to(ROOT)}): Material changed under it (copy it again and "
        f"reapply the edits) or the copy was edited (then run tests/theme_copies.py --write and read the diff).\n"
        f"Changed lines (- original, + copy) beyond the intended edits: {len(beyond)}\n" + "\n".join(beyond) + "\n"
        f"Intended edits no longer made: {len(lost)}\n" + "\n".join(lost)
    ]


def version() -> str:
    return distribution("mkdocs-material").version


def licence_problems(copy: str, text: str | None = None) -> list[str]:
    """Empty when the copy opens with Material's licence notice and the version it was copied from."""
    text = (ROOT / "overrides" / copy).read_text(encoding="utf-8") if text is None else text
    header = HEADER.match(text)
    words = " ".join(header.group(0).split()) if header else ""
    found = []
    if " ".join(licence().split()) not in words:
        found.append(f"overrides/{copy} does not open with Material's licence notice (MIT, Martin Donath)")
    if f"Material for MkDocs {version()}" not in words:
        found.append(f"overrides/{copy} does not say it was copied from Material for MkDocs {version()}")
    return found


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    EDITS.mkdir(exist_ok=True)
    for copy in COPIES:
        edits_file(copy).write_text(edits(copy), encoding="utf-8")
        print(f"wrote {edits_file(copy).relative_to(ROOT)}")
