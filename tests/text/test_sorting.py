from __future__ import annotations

from crm_desktop.text.sorting import sort_key


def test_persian_alphabet_order() -> None:
    names = ["ژاله", "گلناز", "پرویز", "بهرام", "چنگیز", "آرش", "یاسمن", "کاوه", "زهرا", "هومن", "وحید"]
    expected = ["آرش", "بهرام", "پرویز", "چنگیز", "زهرا", "ژاله", "کاوه", "گلناز", "وحید", "هومن", "یاسمن"]
    assert sorted(names, key=sort_key) == expected


def test_arabic_order_puts_heh_before_waw() -> None:
    assert sorted(["وليد", "هاني", "يوسف", "أحمد"], key=sort_key) == ["أحمد", "هاني", "وليد", "يوسف"]


def test_variants_sort_together_and_latin_ignores_case_and_accents() -> None:
    assert sort_key("علي") == sort_key("علی")
    assert sort_key("كريم") == sort_key("کریم")
    assert sorted(["bob", "Émile", "alice", "Zed", "Carl"], key=sort_key) == ["alice", "bob", "Carl", "Émile", "Zed"]


def test_latin_before_arabic_script() -> None:
    assert sorted(["علی", "Ali"], key=sort_key) == ["Ali", "علی"]


def test_precomputed_folded_form_gives_the_same_key() -> None:
    from crm_desktop.text.normalize import normalize_for_search

    for name in ("علي كريمي", "Émile Zola", "پرویز", ""):
        assert sort_key(name, normalize_for_search(name)) == sort_key(name)
