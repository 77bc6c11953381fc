"""The offline bundle (scripts/offline.sh, mkdocs.offline.yml, offline/): the zip, unzipped and
opened from file:// in Chromium with no server: navigation, the language switcher, search in
both languages and both calculators work, and no page asks for anything but local files.
"""

import hashlib
import os
import re
import subprocess
import sys
import zipfile
from html.parser import HTMLParser
from urllib.parse import urlencode, urlsplit

import pytest
import yaml
from mkdocs.utils.yaml import yaml_load
from yaml_env_tag import add_env_tag

from browser import expected, outputs, type_into, watch
from conftest import ROOT
from macros import widgets
from offline.hooks import JoinError, join_modules

FOLDER = "site-offline"
SHIM = ROOT / "offline" / "vendor" / "iframe-worker" / "shim.js"
SHIM_URI = "assets/vendor/iframe-worker/shim.js"
# sha256 of shim/index.js in the npm package iframe-worker@1.0.4 (`npm pack iframe-worker@1.0.4`).
SHIM_SHA256 = "e8e412dbcfea9b7e31b5ffa288d7b6035915e714c542f4176a0cdbe262fc9609"
# mkdocs.yml hooks the offline build leaves out, and why (mkdocs.offline.yml says more).
HOOKS_LEFT_OUT = {"hooks/csp.py": "the iframe-worker shim's inline script cannot be hashed"}
LOCAL_SCHEMES = {"file", "data", "blob"}


@pytest.fixture(scope="session")
def offline(tmp_path_factory):
    """The bundle built once by offline/build.py (what scripts/offline.sh runs), and unzipped."""
    tmp = tmp_path_factory.mktemp("offline")
    zip_path = tmp / "site-offline.zip"
    built = subprocess.run(
        [sys.executable, "offline/build.py", str(zip_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    if built.returncode != 0:
        pytest.fail(f"offline build failed:\n{built.stdout}", pytrace=False)
    with zipfile.ZipFile(zip_path) as z:
        names = z.namelist()
        z.extractall(tmp / "unzipped")
    root = tmp / "unzipped" / FOLDER
    return {"zip": zip_path, "names": names, "root": root, "url": root.as_uri() + "/", "log": built.stdout}


def chinese_pages(offline):
    """Every Chinese page, relative to the site root, English twins being under en/."""
    root = offline["root"]
    return sorted(
        p.relative_to(root).as_posix()
        for p in root.rglob("*.html")
        if not p.relative_to(root).as_posix().startswith("en/")
    )


def record_requests(page):
    """Every URL the page's context asks for (frames included), in a list."""
    requested = []
    page.context.on("request", lambda r: requested.append(r.url))
    return requested


def assert_only_local(requested):
    assert requested, "no request recorded"
    assert [u for u in requested if urlsplit(u).scheme not in LOCAL_SCHEMES] == []


# ---- the zip and the pages in it


def test_zip_holds_the_whole_site_in_one_folder(offline):
    names = offline["names"]
    assert all(n.startswith(FOLDER + "/") for n in names)
    pages = chinese_pages(offline)
    assert {"index.html", "calculators/instalment.html", "calculators/overdue-fees.html"} <= set(pages)
    assert len(pages) >= 15
    for rel in pages:
        assert f"{FOLDER}/en/{rel}" in names, f"{rel} has no English page"
    # hooks/search_index.py: each language's own index, inlined for file:// (no JSON copies).
    for folder in ("", "en/"):
        assert f"{FOLDER}/{folder}search/search_index.js" in names
        assert f"{FOLDER}/{folder}search/search_index.json" not in names
    assert f"{FOLDER}/{SHIM_URI}" in names
    assert f"{FOLDER}/assets/javascripts/calculators.offline.js" in names
    # Joined into calculators.offline.js; and what only a server or a crawler would use.
    for gone in (
        "assets/javascripts/calculators.js",
        "assets/javascripts/finance.js",
        "404.html",
        "en/404.html",
        "sitemap.xml",
    ):
        assert f"{FOLDER}/{gone}" not in names


class _Refs(HTMLParser):
    """What a page makes the browser load by itself: script src, link href (not rel=canonical), img src."""

    def __init__(self):
        super().__init__()
        self.loads, self.module_scripts = [], 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script" and a.get("type") == "module":
            self.module_scripts += 1
        if tag in ("script", "img", "iframe", "source") and a.get("src"):
            self.loads.append(a["src"])
        if tag == "link" and a.get("href") and a.get("rel") not in ("canonical", "prev", "next"):
            self.loads.append(a["href"])


def test_pages_load_only_files_of_the_bundle(offline):
    root = offline["root"]
    for html in sorted(root.rglob("*.html")):
        text = html.read_text(encoding="utf-8")
        refs = _Refs()
        refs.feed(text)
        where = html.relative_to(root).as_posix()
        assert "unpkg" not in text, where
        assert refs.module_scripts == 0, f"{where}: a module script does not run from file://"
        shim = [src for src in refs.loads if src.endswith(SHIM_URI.split("/", 1)[1])]
        assert len(shim) == 1, f"{where}: the vendored iframe-worker shim is not loaded"
        # hooks/calculator_scripts.py: the joined calculators script only where a calculator is.
        calculators = [src for src in refs.loads if src.endswith("calculators.offline.js")]
        assert len(calculators) == ('data-calculator="' in text), where
        for src in refs.loads:
            assert not urlsplit(src).scheme and not src.startswith("//"), f"{where} loads {src}"
            target = (html.parent / urlsplit(src).path).resolve()
            assert target.is_file(), f"{where} loads {src}, which is not in the bundle"


def test_no_page_names_a_development_server_as_its_address(offline):
    """mkdocs.yml's default site_url is the development server; the offline pages' canonical
    links name the published site (SITE_URL) or nothing (the fixture builds without SITE_URL)."""
    root = offline["root"]
    for html in sorted(root.rglob("*.html")):
        text = html.read_text(encoding="utf-8")
        canonical = re.findall(r'<link rel="canonical" href="([^"]*)"', text)
        assert canonical == [] or os.environ.get("SITE_URL"), f"{html.relative_to(root)}: {canonical}"
        assert not re.search(r"https?://(127\.0\.0\.1|localhost)[:/]", text), html.relative_to(root)


def test_vendored_shim_is_iframe_worker_1_0_4_with_its_license():
    text = SHIM.read_text(encoding="utf-8")
    header, body = text.split("*/\n", 1)
    assert hashlib.sha256(body.encode("utf-8")).hexdigest() == SHIM_SHA256
    assert "iframe-worker 1.0.4" in header and "MIT License" in header
    assert "Copyright (c) 2020-2022 Martin Donath" in header
    assert "Permission is hereby granted, free of charge" in header
    assert (SHIM.parent / "LICENSE").read_text(encoding="utf-8").startswith("Copyright (c) 2020-2022 Martin Donath")


def test_offline_config_keeps_every_hook_of_mkdocs_yml():
    """mkdocs.offline.yml's `hooks` replaces mkdocs.yml's: none may drop out unnoticed."""
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as f:
        online = yaml_load(f).get("hooks", [])
    # Its own keys only (mkdocs' yaml_load would merge in mkdocs.yml), !ENV tags resolved.
    loader = add_env_tag(type("Loader", (yaml.SafeLoader,), {}))
    offline = yaml.load((ROOT / "mkdocs.offline.yml").read_text(encoding="utf-8"), Loader=loader)
    assert offline["INHERIT"] == "mkdocs.yml"
    assert "plugins" not in offline, (
        "the offline build keeps mkdocs.yml's plugins (offline/hooks.py runs Material's offline plugin)"
    )
    assert "offline/hooks.py" in offline["hooks"]
    dropped = set(online) - set(offline["hooks"]) - set(HOOKS_LEFT_OUT)
    assert not dropped, (
        f"mkdocs.offline.yml drops {sorted(dropped)}: list them there, or in HOOKS_LEFT_OUT with the reason"
    )


# ---- in Chromium, from file://


def open_language(page, locale):
    """Opens the header's language menu and follows the link to `locale`."""
    page.hover(".md-header .md-select")
    page.click(f'.md-header .md-select a[hreflang="{locale}"]')
    page.wait_for_load_state("load")


def test_nav_link_leads_to_the_page(offline, page):
    requested, trouble = record_requests(page), watch(page)
    page.goto(offline["url"] + "index.html")
    page.click('.md-nav--primary a.md-nav__link[href="calculators/instalment.html"]')
    page.wait_for_load_state("load")
    assert page.url == offline["url"] + "calculators/instalment.html"
    # On to another section, through the relative links of a page one folder down.
    page.click('.md-nav--primary a.md-nav__link[href="../guides/six-steps.html"]')
    page.wait_for_load_state("load")
    assert page.url == offline["url"] + "guides/six-steps.html"
    assert page.locator("#step-1").count() == 1
    assert_only_local(requested)
    assert trouble == []


def test_language_switcher_keeps_the_page_both_ways(offline, page):
    requested, trouble = record_requests(page), watch(page)
    url = offline["url"]
    below_home = [p for p in chinese_pages(offline) if p != "index.html"]
    assert len(below_home) >= 10
    for rel in below_home:
        page.goto(url + rel)
        open_language(page, "en")
        assert page.url == url + "en/" + rel
        assert page.locator("html").get_attribute("lang").startswith("en")
        open_language(page, "zh")
        assert page.url == url + rel
        assert page.locator("html").get_attribute("lang").startswith("zh")
    assert_only_local(requested)
    assert trouble == []


@pytest.mark.parametrize(
    "prefix,query",
    [("", "违约金"), ("", "instalment"), ("en/", "instalment"), ("en/", "违约金")],
    ids=["zh-page-chinese-word", "zh-page-english-word", "en-page-english-word", "en-page-chinese-word"],
)
def test_search_finds_the_word(offline, page, prefix, query):
    requested, trouble = record_requests(page), watch(page)
    page.goto(offline["url"] + prefix + "index.html")
    page.click(".md-search__input")
    page.fill(".md-search__input", query)
    page.press(".md-search__input", "End")  # fill() alone fires no keyup for Chinese
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    hits = page.eval_on_selector_all(".md-search-result__item > a", "as => as.map(a => a.href)")
    assert hits and all(h.startswith(offline["url"]) and ".html" in h for h in hits)
    # Only pages of the language searched in (each language has its own index).
    assert all(h.startswith(offline["url"] + "en/") == (prefix == "en/") for h in hits), hits
    assert query.lower() in page.inner_text(".md-search-result__list").lower()
    # A result opens its page from the bundle.
    first = hits[0].split("#")[0]
    page.click(".md-search-result__item > a")
    page.wait_for_load_state("load")
    assert page.url.split("#")[0].split("?")[0] == first.split("?")[0]
    assert_only_local(requested)
    assert trouble == []


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_instalment_calculator_computes(offline, page, prefix):
    requested, trouble = record_requests(page), watch(page)
    root = '[data-calculator="instalment"]'
    page.goto(offline["url"] + prefix + "calculators/instalment.html")
    assert page.get_attribute(root, "data-started") == "true"
    before = outputs(page, root)
    assert before == expected("instalment", dict(amount=12000, periods=12, method="fee", rate="0.6"))
    type_into(page, "#instalment-amount", "24000")
    type_into(page, "#instalment-periods", "24")
    after = outputs(page, root)
    assert after != before
    assert after == expected("instalment", dict(amount=24000, periods=24, method="fee", rate="0.6"))
    assert page.locator(f"{root} [data-role=schedule] tbody tr").count() == 24
    assert page.url.endswith("calculators/instalment.html?amount=24000&periods=24&method=fee&rate=0.6")
    assert_only_local(requested)
    assert trouble == []


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_overdue_calculator_computes(offline, page, prefix):
    requested, trouble = record_requests(page), watch(page)
    root = '[data-calculator="overdue"]'
    page.goto(offline["url"] + prefix + "calculators/overdue-fees.html")
    assert page.get_attribute(root, "data-started") == "true"
    before = outputs(page, root)
    type_into(page, "#overdue-balance", "20000")
    type_into(page, "#overdue-days", "90")
    after = outputs(page, root)
    assert after != before
    assert after == expected("overdue", dict(balance=20000, days=90))
    assert page.locator(f"{root} [data-role=waiting-chart] rect").count() > 0
    assert_only_local(requested)
    assert trouble == []


# The newer calculators in the bundle: opened from a link, typed into, the rules' figures.
NEWER = {
    "budget": ("calculators/budget.html", {"income": "8000", "housing": "2500"}, ("living", "2000")),
    "offer": ("calculators/offer.html", {"debt": "12000", "periods": "12", "payment": "1072"}, ("payment", "1100")),
}


@pytest.mark.parametrize("prefix", ["", "en/"])
@pytest.mark.parametrize("calc", NEWER)
def test_newer_calculators_compute(offline, page, prefix, calc):
    requested, trouble = record_requests(page), watch(page)
    path, link, (field, value) = NEWER[calc]
    root = f'[data-calculator="{calc}"]'
    page.goto(offline["url"] + prefix + path + "?" + urlencode(link))
    assert page.get_attribute(root, "data-ready") == "true"
    assert outputs(page, root) == expected(calc, link)
    type_into(page, f"#{calc}-{field}", value)
    assert outputs(page, root) == expected(calc, {**link, field: value})
    assert_only_local(requested)
    assert trouble == []


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_proposal_letter_fills_in(offline, page, prefix):
    requested, trouble = record_requests(page), watch(page)
    root = '[data-calculator="letter"]'
    page.goto(offline["url"] + prefix + "toolkit/proposal-letter.html?debt=12000&periods=12&payment=1072")
    assert page.inner_text(f"{root} [data-out=payment_caps]") == "壹仟零柒拾贰元整"
    type_into(page, "#letter-name", "张小明")
    assert page.inner_text(f'{root} [data-fill="name"] >> nth=0') == "张小明"
    assert_only_local(requested)
    assert trouble == []


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_six_steps_compact_calculator_opens_the_full_one(offline, page, prefix):
    """The guide's compact calculator links the full one in the bundle's URL style (x.html)."""
    requested, trouble = record_requests(page), watch(page)
    root = '[data-calculator="overdue"]'
    page.goto(offline["url"] + prefix + "guides/six-steps.html")
    type_into(page, "#overdue-balance", "20000")
    type_into(page, "#overdue-days", "90")
    shown = expected("overdue", dict(balance=20000, days=90))
    assert outputs(page, root) == {k: shown[k] for k in widgets.OVERDUE_COMPACT_OUTPUTS}
    page.click(f"{root} [data-role=full-link]")
    page.wait_for_load_state("load")
    assert page.url == offline["url"] + prefix + "calculators/overdue-fees.html?balance=20000&paid=0&days=90"
    assert outputs(page, root) == expected("overdue", dict(balance=20000, days=90))
    assert_only_local(requested)
    assert trouble == []


# ---- joining ES modules into one classic script (offline/hooks.py)


def write(folder, files):
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")


def test_joined_modules_run_as_one_classic_script(tmp_path, page):
    write(tmp_path, {
        "lib/maths.js": (
            "const twice = (x) => 2 * x;\nexport function double(x) { return twice(x); }\nexport const TEN = 10;\n"
        ),
        "lib/words.js": "const twice = (s) => s + s;\nexport const shout = (s) => twice(s).toUpperCase();\n",
        "main.js": (
            "import { double, TEN as ten } from './lib/maths.js';\n"
            "import {\n  shout,\n} from './lib/words.js';\n"
            "import * as maths from './lib/maths.js';\n"
            "window.result = [double(ten), shout('ab'), maths.TEN, typeof twice];\n"
        ),
    })
    script = join_modules(tmp_path / "main.js", tmp_path)
    assert not re.search(r"^\s*(import|export)\b", script, re.M)
    assert script.index("// ---- lib/maths.js") < script.index("// ---- main.js")
    assert script.count("// ---- lib/maths.js") == 1  # imported twice, run once
    page.set_content("<p>classic</p>")
    page.add_script_tag(content=script)
    assert page.evaluate("window.result") == [20, "ABAB", 10, "undefined"]  # no name leaks out


def test_a_dynamic_import_resolves_to_the_joined_module(tmp_path, page):
    """calculators.js imports each calculator only when its page has one; joined, the
    promise gives the same exports, and the module runs once however often it is imported."""
    write(tmp_path, {
        "lib/maths.js": "window.runs = (window.runs || 0) + 1;\nexport const double = (x) => 2 * x;\n",
        "main.js": (
            "const load = () => import('./lib/maths.js').then((m) => m.double);\n"
            "window.result = Promise.all([load(), load()]).then(([a, b]) => [a(21), b === a, window.runs]);\n"
        ),
    })
    script = join_modules(tmp_path / "main.js", tmp_path)
    assert "import(" not in script
    page.set_content("<p>classic</p>")
    page.add_script_tag(content=script)
    assert page.evaluate("window.result") == [42, True, 1]


@pytest.mark.parametrize(
    "main,problem",
    [
        ("export default function f() {}\n", "unsupported import or export"),
        ("const a = 1;\nexport { a };\n", "unsupported import or export"),
        ("import { a } from 'lodash';\n", "only relative imports"),
        ("import a from './lib.js';\n", "named or * as imports only"),
        ("import { nope } from './lib.js';\n", "does not export it"),
        ("import { a } from './missing.js';\n", "does not exist"),
        ("import './lib.js';\n", "unsupported import or export"),
        ("const name = './lib.js';\nconst m = import(name);\n", "unsupported import or export"),
        ("const m = import('lodash');\n", "unsupported import or export"),
        ("const m = import('./missing.js');\n", "does not exist"),
        ("import { back } from './cycle.js';\nexport const a = 1;\n", "import cycle"),
    ],
)
def test_joining_refuses_what_it_does_not_support(tmp_path, main, problem):
    write(
        tmp_path,
        {
            "main.js": main,
            "lib.js": "export const a = 1;\n",
            "cycle.js": "import { a } from './main.js';\nexport const back = a;\n",
        },
    )
    with pytest.raises(JoinError, match=re.escape(problem)):
        join_modules(tmp_path / "main.js", tmp_path)
