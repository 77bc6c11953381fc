"""The Content Security Policy (hooks/csp.py): in every page's <meta> tag and in `_headers`,
strict, covering every inline script; in Chromium, under the real header, nothing is blocked.

The browser tests run against tests/static_server.py (the `site` fixture), which sends the
headers of the built `_headers` file, so the pages load under the header and the meta tag.
"""

import base64
import hashlib
import importlib.util
import re
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from browser import outputs, type_into, watch
from conftest import ROOT

# Directives a <meta> policy ignores: they belong in the header only.
HEADER_ONLY = {"frame-ancestors", "report-uri", "sandbox"}
META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')
# Script content is raw text up to the first </script (HTML parsing rules).
SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
STYLE = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.S | re.I)
STYLE_ATTR = re.compile(r'\sstyle="([^"]*)"')
# The inline scripts Material 9.8.2's base.html writes; our own code adds none.
MATERIAL_SCRIPTS = (
    "__md_scope=new URL(",
    'var palette=__md_get("__palette");',
    "var target=document.getElementById(location.hash.slice(1));",
)
CSP_WATCH = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(
  `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`
  + ` at ${e.sourceFile}:${e.lineNumber} ${e.sample}`), true);
"""


def parse(policy):
    """Policy text -> {directive: [sources]}, in order; a directive given twice is an error."""
    out = {}
    for part in filter(None, (p.strip() for p in policy.split(";"))):
        name, *sources = part.split()
        assert name not in out, f"{name} given twice"
        out[name] = sources
    return out


def header_policy(site):
    """The Content-Security-Policy of `_headers`, which must apply to every path (`/*`)."""
    lines = (site.root / "_headers").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "/*"
    found = [
        line.strip().split(":", 1)[1].strip()
        for line in lines[1:]
        if line.strip().startswith("Content-Security-Policy:")
    ]
    assert len(found) == 1 and all(line.startswith("  ") for line in lines[1:] if line.strip())
    return found[0]


def html_files(site):
    files = sorted(site.root.rglob("*.html"))
    assert len(files) >= 4 and any(f.parts[len(site.root.parts)] == "en" for f in files)
    return files


def sha256(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def inline_scripts(html):
    """The text of every inline script a browser runs (not Material's JSON __config)."""
    found = []
    for attrs, body in SCRIPT.findall(html):
        if "src=" in attrs:
            assert not body.strip()
            continue
        kind = re.search(r'type="([^"]*)"', attrs)
        if kind and kind.group(1) not in ("module", "text/javascript"):
            assert kind.group(1) == "application/json", attrs
            continue
        found.append(body)
    return found


def test_every_page_carries_the_header_policy_minus_header_only(site):
    header = parse(header_policy(site))
    expected = {k: v for k, v in header.items() if k not in HEADER_ONLY}
    for f in html_files(site):
        html = f.read_text(encoding="utf-8")
        metas = META.findall(html)
        assert len(metas) == 1, f"{f}: {len(metas)} CSP meta tags"
        assert parse(metas[0]) == expected, f
        # A <meta> policy only governs what comes after it: before any script or stylesheet.
        at = html.index(metas[0])
        assert at < html.index("<script") and at < html.index('<link rel="stylesheet"'), f
        assert html.index("</head>") > at


def test_policy_is_strict(site):
    policy = parse(header_policy(site))
    assert set(policy) == {
        "default-src",
        "script-src",
        "style-src",
        "img-src",
        "object-src",
        "base-uri",
        "form-action",
        "frame-ancestors",
    }
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == policy["form-action"] == policy["frame-ancestors"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"]
    script = policy["script-src"]
    assert script[0] == "'self'" and all(re.fullmatch(r"'sha256-[A-Za-z0-9+/]{43}='", s) for s in script[1:])
    assert policy["style-src"][0] == "'self'"
    for name, sources in policy.items():
        for s in sources:
            # No 'unsafe-inline' / 'unsafe-eval', no wildcard, no other host, no scheme but data: for images.
            assert (
                s in ("'self'", "'none'", "'unsafe-hashes'")
                or s.startswith("'sha256-")
                or (name, s) == ("img-src", "data:")
            ), (name, s)
    assert "'unsafe-hashes'" not in script


def test_every_inline_script_and_style_attribute_is_hashed(site):
    policy = parse(header_policy(site))
    scripts, styles = set(policy["script-src"]), set(policy["style-src"])
    seen = set()
    for f in html_files(site):
        html = f.read_text(encoding="utf-8")
        for body in inline_scripts(html):
            assert sha256(body) in scripts, f"{f}: inline script not in script-src: {body[:80]}"
            seen.add(sha256(body))
        for body in STYLE.findall(html):
            assert sha256(body) in styles, f"{f}: <style> element not in style-src"
        for value in STYLE_ATTR.findall(html):
            assert "'unsafe-hashes'" in styles and sha256(value) in styles, f"{f}: style={value!r}"
    assert seen == scripts - {"'self'"}, "script-src lists a hash no page needs"


def test_our_code_adds_no_inline_script(site):
    for f in html_files(site):
        for body in inline_scripts(f.read_text(encoding="utf-8")):
            assert body.startswith(MATERIAL_SCRIPTS), f"{f}: an inline script that is not Material's: {body[:80]}"


def load_hook():
    spec = importlib.util.spec_from_file_location("csp_hook", ROOT / "hooks" / "csp.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "markup",
    ['<p style="color: red">x</p>', '<button onclick="go()">x</button>', '<a href="javascript:go()">x</a>'],
)
def test_hook_refuses_inline_code_the_policy_would_block(markup):
    hook = load_hook()
    with pytest.raises(PluginError, match="would block"):
        hook.scan(f"<html><head><meta charset=\"utf-8\"></head><body>{markup}</body></html>", "x.html")
    found = hook.scan(
        '<td style="text-align: right;">1</td><script type="application/json">{}</script><script>a()</script>', "ok"
    )
    assert found.scripts == ["a()"] and found.style_attrs == ["text-align: right;"]


# In Chromium, under the header.


def csp_watch(page):
    """Records CSP violations: the page's securitypolicyviolation events and console reports."""
    reported = []
    page.add_init_script(CSP_WATCH)
    page.on("console", lambda m: "Content Security Policy" in m.text and reported.append(f"console: {m.text}"))

    def violations():
        return reported + page.evaluate("window.__csp || []")

    return violations


def pages_of(site):
    pages = site.pages()
    assert any(p.startswith("en/") for p in pages) and any(not p.startswith("en/") for p in pages)
    return pages


def test_every_page_loads_without_a_violation(site, page):
    violations = csp_watch(page)
    header = header_policy(site)
    for rel in pages_of(site):
        response = page.goto(site.url + rel, wait_until="networkidle")
        assert response.headers.get("content-security-policy") == header, rel
        # Material's inline scripts ran (__md_get) and so did its bundle (html.js).
        assert page.evaluate("typeof __md_get === 'function' && document.documentElement.classList.contains('js')"), rel
        assert violations() == [], rel


@pytest.mark.parametrize("prefix, query", [("", "逾期"), ("en/", "overdue")])
def test_search_works_under_the_policy(site, page, prefix, query):
    violations = csp_watch(page)
    page.goto(site.url + prefix, wait_until="networkidle")
    page.click(".md-search__input")
    page.fill(".md-search__input", query)
    page.press(".md-search__input", "End")
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    assert violations() == []


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_instalment_calculator_works_under_the_policy(site, page, prefix):
    violations, trouble = csp_watch(page), watch(page)
    root = '[data-calculator="instalment"]'
    page.goto(site.url + prefix + "calculators/instalment/", wait_until="networkidle")
    before = outputs(page, root)
    type_into(page, "#instalment-amount", "24000")
    after = outputs(page, root)
    assert after["total_paid"] != before["total_paid"] and after["total_paid"]
    with page.expect_download() as info:
        page.click(f"{root} [data-action=csv]")
    data = Path(info.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"24000" not in data.splitlines()[0]
    assert len(data.decode("utf-8-sig").strip().split("\r\n")) == 1 + int(page.input_value("#instalment-periods"))
    assert violations() == [] and trouble == []


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_overdue_calculator_works_under_the_policy(site, page, prefix):
    violations, trouble = csp_watch(page), watch(page)
    root = '[data-calculator="overdue"]'
    page.goto(site.url + prefix + "calculators/overdue-fees/", wait_until="networkidle")
    before = outputs(page, root)
    chart = page.inner_html(f"{root} [data-role=waiting-chart]")
    type_into(page, "#overdue-balance", "8000")
    type_into(page, "#overdue-daily_rate", "0.01")
    after = outputs(page, root)
    assert after["total"] != before["total"] and after["total"]
    assert page.inner_html(f"{root} [data-role=waiting-chart]") != chart  # redrawn, with classes only
    page.click(f"{root} .calc__advanced summary")
    assert violations() == [] and trouble == []


# The newer calculators, each opened from a link and typed into: its module arrives by a
# dynamic import (calculators.js), which the policy must allow as it allows the rest.
NEWER = {
    "budget": ("calculators/budget/?income=8000&housing=2500", "#budget-living", "2000", "available"),
    "offer": ("calculators/offer/?debt=12000&periods=12&payment=1072", "#offer-payment", "1100", "apr"),
    "letter": ("toolkit/proposal-letter/?debt=12000&periods=12&payment=1072", "#letter-payment", "1100", "payment"),
    "plan": ("toolkit/agreement-checklist/?debt=12000&periods=12&payment=1072", None, None, "apr"),
}


@pytest.mark.parametrize("prefix", ["", "en/"])
@pytest.mark.parametrize("calc", NEWER)
def test_newer_calculators_work_under_the_policy(site, page, calc, prefix):
    violations, trouble = csp_watch(page), watch(page)
    path, field, value, out = NEWER[calc]
    root = f'[data-calculator="{calc}"]'
    page.goto(site.url + prefix + path, wait_until="networkidle")
    before = page.get_attribute(f"{root} [data-out={out}]", "data-value")
    assert before, calc
    if field:
        type_into(page, field, value)
        assert page.get_attribute(f"{root} [data-out={out}]", "data-value") not in ("", before), calc
    assert violations() == [] and trouble == []
