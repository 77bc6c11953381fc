"""The calculators' words (macros/labels.py and any word file beside it) have an English twin
for every Chinese key, list item and {placeholder}, and none more.

A word table is any top-level name in a module of macros/ (or a YAML file there) whose value
is a mapping with exactly the keys "zh" and "en": a new calculator's words join by that shape.
"""

import importlib
import pkgutil
import string
from pathlib import Path

import pytest
import yaml

import macros

MACROS = Path(macros.__file__).parent


def is_word_table(value):
    return isinstance(value, dict) and set(value) == {"zh", "en"}


def word_tables():
    """(where, table) for every word table in macros/: "labels.INSTALMENT", "x.yml"."""
    found = []
    for module in pkgutil.walk_packages(macros.__path__, "macros."):
        loaded = importlib.import_module(module.name)
        for name, value in vars(loaded).items():
            if name.isupper() and is_word_table(value):
                found.append((f"{module.name.removeprefix('macros.')}.{name}", value))
    return found + yaml_tables(MACROS)


def yaml_tables(folder):
    found = []
    for path in sorted(folder.rglob("*.yml")):
        value = yaml.safe_load(path.read_text(encoding="utf-8"))
        if is_word_table(value):
            found.append((path.relative_to(folder).as_posix(), value))
    return found


def placeholders(text):
    return sorted({field for _, field, _, _ in string.Formatter().parse(text) if field is not None})


def differences(zh, en, where):
    """Every place where the English words do not have the shape of the Chinese ones."""
    if type(zh) is not type(en):
        return [f"{where}: {type(zh).__name__} in zh, {type(en).__name__} in en"]
    if isinstance(zh, dict):
        found = []
        if set(zh) != set(en):
            found.append(
                f"{where}: keys differ ({len(zh)} in zh, {len(en)} in en); "
                f"only in zh: {sorted(set(zh) - set(en)) or 'none'}; only in en: {sorted(set(en) - set(zh)) or 'none'}"
            )
        for key in zh.keys() & en.keys():
            found += differences(zh[key], en[key], f"{where}.{key}")
        return found
    if isinstance(zh, list):
        if len(zh) != len(en):
            return [f"{where}: {len(zh)} items in zh, {len(en)} in en"]
        return [f for i, (a, b) in enumerate(zip(zh, en, strict=True)) for f in differences(a, b, f"{where}[{i}]")]
    if isinstance(zh, str):
        if not zh.strip() or not en.strip():
            return [f"{where}: empty in {'zh' if not zh.strip() else 'en'}"]
        if placeholders(zh) != placeholders(en):
            return [f"{where}: placeholders {placeholders(zh)} in zh, {placeholders(en)} in en"]
    return []


TABLES = word_tables()


def test_the_calculators_word_tables_are_found():
    assert {"labels.INSTALMENT", "labels.OVERDUE"} <= {where for where, _ in TABLES}


@pytest.mark.parametrize("where,table", TABLES, ids=[where for where, _ in TABLES])
def test_both_languages_have_the_same_words(where, table):
    assert differences(table["zh"], table["en"], where) == []


ZH = {"title": "标题", "fits": "最少要分 {n} 期。", "head": ["期数", "还款额"], "fields": {"amount": "金额"}}
EN = {
    "title": "Title",
    "fits": "At least {n} instalments.",
    "head": ["Instalment", "Payment"],
    "fields": {"amount": "Amount"},
}


def test_a_word_table_of_the_right_shape_passes():
    assert differences(ZH, EN, "probe") == []


def test_a_missing_key_a_short_list_or_a_wrong_placeholder_fails():
    assert differences(ZH, {**EN, "fields": {}}, "probe") == [
        "probe.fields: keys differ (1 in zh, 0 in en); only in zh: ['amount']; only in en: none"
    ]
    assert differences(ZH, {**EN, "head": ["Instalment"]}, "probe") == ["probe.head: 2 items in zh, 1 in en"]
    assert differences(ZH, {**EN, "fits": "At least {count} instalments."}, "probe") == [
        "probe.fits: placeholders ['n'] in zh, ['count'] in en"
    ]
    assert differences(ZH, {**EN, "fits": "At least some instalments."}, "probe") == [
        "probe.fits: placeholders ['n'] in zh, [] in en"
    ]
    assert differences({**ZH, "extra": "多"}, EN, "probe") == [
        "probe: keys differ (5 in zh, 4 in en); only in zh: ['extra']; only in en: none"
    ]
    assert differences(ZH, {**EN, "title": " "}, "probe") == ["probe.title: empty in en"]
    assert differences(ZH, {**EN, "head": "Instalment, Payment"}, "probe") == ["probe.head: list in zh, str in en"]


def test_a_new_word_file_joins_by_its_shape(tmp_path):
    """A YAML word file with zh and en at the top is found and checked too; other YAML is not."""
    (tmp_path / "savings").mkdir()
    (tmp_path / "savings" / "words.yml").write_text("zh: {a: 甲, b: '{n} 天'}\nen: {a: A, b: '{days} days'}\n")
    (tmp_path / "facts.yml").write_text("zh: 甲\nen: A\nid: x\n")
    found = yaml_tables(tmp_path)
    assert [where for where, _ in found] == ["savings/words.yml"]
    where, table = found[0]
    assert differences(table["zh"], table["en"], where) == [
        "savings/words.yml.b: placeholders ['n'] in zh, ['days'] in en"
    ]
