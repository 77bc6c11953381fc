"""Builds the offline bundle: `python offline/build.py [ZIP]` (default dist/site-offline.zip).

Runs `mkdocs build --strict -f mkdocs.offline.yml` into a temporary folder and zips it with
zipfile, everything under one folder, site-offline/. Unzipped, site-offline/index.html opens
from the file system and works with no server and no network. scripts/offline.sh runs this
with the project's venv; tests/test_offline.py runs it with the test interpreter.
"""

import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = "mkdocs.offline.yml"
FOLDER = "site-offline"
# Files of the build nobody opens from the file system: the 404 pages (only a server shows
# them; their links start with /), the sitemaps (for crawlers) and the JSON search indexes
# (under file:// Material reads search/search_index.js instead; en/ likewise).
LEFT_OUT = {
    "404.html",
    "en/404.html",
    "sitemap.xml",
    "sitemap.xml.gz",
    "search/search_index.json",
    "en/search/search_index.json",
}


def build(zip_path, quiet=False):
    """Builds the site offline into `zip_path`; returns (number of files, zip size in bytes)."""
    zip_path = Path(zip_path).resolve()
    with tempfile.TemporaryDirectory(prefix="site-offline-") as tmp:
        site = Path(tmp) / FOLDER
        cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", CONFIG, "-d", str(site)]
        run = subprocess.run(
            cmd, cwd=ROOT, stdout=subprocess.PIPE if quiet else None, stderr=subprocess.STDOUT, text=True
        )
        if run.returncode != 0:
            raise SystemExit(f"mkdocs build --strict -f {CONFIG} failed{':' + chr(10) + run.stdout if quiet else ''}")
        files = [p for p in sorted(site.rglob("*")) if p.is_file() and p.relative_to(site).as_posix() not in LEFT_OUT]
        zip_path.parent.mkdir(parents=True, exist_ok=True)
        partial = zip_path.with_name(zip_path.name + ".part")
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            for path in files:
                z.write(path, f"{FOLDER}/{path.relative_to(site).as_posix()}")
        partial.replace(zip_path)
    return len(files), zip_path.stat().st_size


def main(argv):
    if len(argv) > 1:
        raise SystemExit("usage: python offline/build.py [ZIP]")
    zip_path = Path(argv[0] if argv else ROOT / "dist" / "site-offline.zip")
    count, size = build(zip_path)
    shown = zip_path.resolve().relative_to(ROOT) if zip_path.resolve().is_relative_to(ROOT) else zip_path
    print(f"Wrote {shown}: {count} files, {size / 1e6:.1f} MB. Unzip it and open {FOLDER}/index.html.")


if __name__ == "__main__":
    main(sys.argv[1:])
