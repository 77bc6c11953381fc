"""MkDocs hook of the offline bundle only (mkdocs.offline.yml; README: scripts/offline.sh).

1. It runs Material's own offline plugin (use_directory_urls off; the search index inlined
   as search/search_index.js, and en/search/search_index.js likewise for the English pages'
   own index), so mkdocs.offline.yml need not repeat mkdocs.yml's plugins.
2. Chromium refuses ES module scripts from file:// (origin null). So every `type: module`
   entry of extra_javascript becomes one classic script, `x.offline.js` beside `x.js`, that
   joins the entry and the modules it imports: each module becomes a function scope that
   returns its exports, each import a `const { … } = modules["…"];` line, dependencies
   first; a dynamic `import('./x.js')` becomes `Promise.resolve(modules["x.js"])` (the
   bundle holds every calculator; a zip on the reader's phone costs nothing to fetch).
   Only what our scripts use is supported (relative named or `* as` imports, dynamic
   imports of a relative literal; `export function|const|let|class`); anything else
   stops the build, naming the file.
   The joined modules are left out of the offline site. The online site keeps its modules.
3. It copies offline/vendor/ to assets/vendor/ (the iframe-worker shim that lets Material's
   search worker run from file://) and stops the build if a polyfill is not a file of the
   site, so no page asks another host for one.
"""

import json
import re
from pathlib import Path, PurePosixPath

from material.plugins.offline.plugin import OfflinePlugin
from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

VENDOR = Path(__file__).resolve().parent / "vendor"
VENDOR_URI = "assets/vendor"

NAME = r"[A-Za-z_$][\w$]*"
# import { a, b as c } from './x.js';  /  import * as ns from './x.js';  (may span lines)
IMPORT = re.compile(r"^import\s+(?P<what>[^;'\"]*?)\s*from\s*(?P<q>['\"])(?P<src>[^'\"]+)(?P=q)[ \t]*;?", re.M)
# import('./x.js'): a literal relative path only, so the joiner knows the module.
DYNAMIC = re.compile(r"\bimport\(\s*(?P<q>['\"])(?P<src>\.{1,2}/[^'\"]+)(?P=q)\s*\)")
# export function f / export async function f / export const x / export let x / export class C
EXPORT = re.compile(rf"^export\s+(?P<kind>(?:async\s+)?function\*?|class|const|let|var)\s+(?P<name>{NAME})", re.M)
# What is left after the two above is not supported: default or re-exports, bare or dynamic imports.
LEFTOVER = re.compile(r"^[ \t]*(?:import|export)\b|\bimport\s*\(|\bimport\.meta\b", re.M)
SPEC = re.compile(rf"(?P<name>{NAME})(?:\s+as\s+(?P<local>{NAME}))?")

_offline = OfflinePlugin()
_offline.load_config({})

# classic script path -> module entry path, both relative to docs_dir. Kept across the
# per-language builds of mkdocs-static-i18n, which run on_config again on the same config.
_bundles: dict[str, str] = {}


class JoinError(ValueError):
    pass


class Module:
    def __init__(self, path, base):
        self.path, self.id = path, path.relative_to(base).as_posix()
        self.base = base
        self.imports = []  # (target Path, binding text or None if dynamic, imported names or None for `* as`)
        self.exports = []
        text = IMPORT.sub(self._import, path.read_text(encoding="utf-8"))
        text = DYNAMIC.sub(self._dynamic, text)
        text = EXPORT.sub(self._export, text)
        left = LEFTOVER.search(text)
        if left:
            line = text[: left.start()].count("\n") + 1
            found = text[left.start():].strip().splitlines()[0]
            raise JoinError(f"{self.id}, line {line}: cannot join '{found}' (unsupported import or export)")
        self.body = text.strip("\n")

    def _target(self, src):
        if not src.startswith(("./", "../")):
            raise JoinError(f"{self.id}: only relative imports can be joined, not '{src}'")
        target = (self.path.parent / src).resolve()
        if not target.is_file():
            raise JoinError(f"{self.id}: imports '{src}', which does not exist")
        return target

    def _dynamic(self, m):
        target = self._target(m.group("src"))
        self.imports.append((target, None, None))
        return f"Promise.resolve({module_ref(target, self.base)})"

    def _import(self, m):
        src, what = m.group("src"), " ".join(m.group("what").split())
        target = self._target(src)
        star = re.fullmatch(rf"\*\s+as\s+({NAME})", what)
        if star:
            self.imports.append((target, star.group(1), None))
            return ""
        if not (what.startswith("{") and what.endswith("}")):
            raise JoinError(f"{self.id}: cannot join 'import {what} from ...' (named or * as imports only)")
        names, parts = [], []
        for spec in filter(None, (s.strip() for s in what[1:-1].split(","))):
            s = SPEC.fullmatch(spec)
            if not s:
                raise JoinError(f"{self.id}: cannot join the import '{spec}'")
            names.append(s.group("name"))
            parts.append(s.group("name") + (f": {s.group('local')}" if s.group("local") else ""))
        self.imports.append((target, "{ " + ", ".join(parts) + " }", names))
        return ""

    def _export(self, m):
        self.exports.append(m.group("name"))
        return f"{m.group('kind')} {m.group('name')}"


def module_ref(path, base):
    """modules["assets/javascripts/x.js"]: where the joined script keeps a module's exports."""
    return f"modules[{json.dumps(Path(path).relative_to(base).as_posix())}]"


def module_graph(entry, base):
    """The modules `entry` needs, itself last, each after the modules it imports."""
    base = Path(base).resolve()
    order, seen, visiting = [], {}, []

    def visit(path):
        if path in seen:
            return
        if path in visiting:
            raise JoinError("import cycle: " + " -> ".join(p.relative_to(base).as_posix() for p in [*visiting, path]))
        visiting.append(path)
        module = Module(path, base)
        for target, _, names in module.imports:
            visit(target)
            missing = sorted(set(names or []) - set(seen[target].exports))
            if missing:
                raise JoinError(
                    f"{module.id} imports {', '.join(missing)} from {seen[target].id}, which does not export it"
                )
        visiting.pop()
        seen[path] = module
        order.append(module)

    visit(Path(entry).resolve())
    return order


def join_modules(entry, base):
    """The ES module `entry` and everything it imports, as one classic script (a string).

    Module ids are paths relative to `base` (docs_dir). Each module runs once, in strict
    mode, in its own function scope, so top-level names of two modules cannot clash.
    """
    modules = module_graph(entry, base)
    base = Path(base).resolve()

    def ref(path):
        return module_ref(path, base)

    out = [
        f"// Offline bundle only: {modules[-1].id} and its imports joined into one classic",
        "// script by offline/hooks.py, because file:// pages cannot load ES modules.",
        "(() => {",
        "'use strict';",
        "const modules = {};",
    ]
    for m in modules:
        out += ["", f"// ---- {m.id}", f"{ref(m.path)} = (() => {{"]
        out += [f"const {binding} = {ref(target)};" for target, binding, _ in m.imports if binding]
        out += [m.body, f"return {{ {', '.join(m.exports)} }};", "})();"]
    out.append("})();\n")
    return "\n".join(out)


def classic_path(module_path):
    """assets/javascripts/calculators.js -> assets/javascripts/calculators.offline.js"""
    p = PurePosixPath(module_path)
    return str(p.with_name(f"{p.stem}.offline.js"))


def _is_local(url):
    return "://" not in url and not url.startswith("//")


@event_priority(-200)  # after mkdocs-static-i18n (-100) has set up each language's config
def on_config(config):
    # Material's plugin appends https://unpkg.com/iframe-worker/shim unless a polyfill
    # already names iframe-worker: mkdocs.offline.yml names the vendored copy.
    _offline.on_config(config)
    scripts = []
    for script in config.extra_javascript:
        if isinstance(script, ExtraScriptValue) and script.type == "module":
            if not _is_local(script.path):
                raise PluginError(f"offline: cannot join the module {script.path}: not a file of the site")
            classic = ExtraScriptValue(classic_path(script.path))
            classic.defer = True  # runs when a module script would: once the page is parsed
            _bundles[classic.path] = script.path
            script = classic
        scripts.append(script)
    config.extra_javascript = scripts
    for url in config.extra.get("polyfills", []):
        if not _is_local(str(url)):
            raise PluginError(f"offline: extra.polyfills has {url}; vendor it under offline/vendor/ instead")
    return config


@event_priority(-200)  # after mkdocs-static-i18n (-100) has sorted the files by language
def on_files(files, config):
    docs = Path(config.docs_dir).resolve()
    for classic, entry in _bundles.items():
        try:
            script = join_modules(docs / entry, docs)
            joined = [m.id for m in module_graph(docs / entry, docs)]
        except JoinError as e:
            raise PluginError(f"offline: {e}") from e
        for path in joined:
            if files.get_file_from_path(path) is not None:
                files.remove(files.get_file_from_path(path))
        files.append(File.generated(config, classic, content=script))
    for path in sorted(p for p in VENDOR.rglob("*") if p.is_file()):
        files.append(
            File.generated(config, f"{VENDOR_URI}/{path.relative_to(VENDOR).as_posix()}", abs_src_path=str(path))
        )
    for url in config.extra.get("polyfills", []):
        if files.get_file_from_path(str(url)) is None:
            raise PluginError(f"offline: the polyfill {url} is not a file of the site (see offline/vendor/)")
    return files


@event_priority(-200)  # after hooks/search_index.py (-150) has written each language's index
def on_post_build(config):
    # Material's plugin inlines search/search_index.json (the Chinese pages) into
    # search/search_index.js; the English pages read en/search/search_index.js, the same way.
    _offline.on_post_build(config=config)
    for index in sorted(Path(config.site_dir).glob("*/search/search_index.json")):
        index.with_suffix(".js").write_text("var __index = " + index.read_text(encoding="utf-8"), encoding="utf-8")
