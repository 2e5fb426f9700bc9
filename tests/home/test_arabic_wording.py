"""The Arabic text (interface catalogue, initial content) names one thing with one word and uses Arabic punctuation."""

import re
from pathlib import Path

import polib
import pytest

from tests.utils import ROOT

ARABIC_FILES = [Path("locale/ar/LC_MESSAGES/django.po"), Path("home/seed/ar.po")]
ARABIC_LETTER = "[\u0600-\u06ff]"
# A Latin comma, semicolon or question mark touching Arabic text: ، ؛ ؟ are the Arabic ones.
LATIN_PUNCTUATION = re.compile(rf"{ARABIC_LETTER}[ )»]*[,;?]|[,;?][ («]*{ARABIC_LETTER}")
# The PIC and FTU committee (« comité de gestion ») is « لجنة التسيير » everywhere.
OTHER_COMMITTEE_NAMES = ["لجنة إدارة", "لجنة الإدارة"]
ENGLISH_QUOTES = re.compile("[“”]")


def arabic_texts():
    for path in ARABIC_FILES:
        for entry in polib.pofile(str(ROOT / path)):
            for text in [entry.msgstr, *entry.msgstr_plural.values()]:
                if text:
                    yield path, entry.msgid, text


@pytest.mark.parametrize("path", ARABIC_FILES)
def test_the_arabic_files_are_read(path):
    assert any(found == path for found, _msgid, _text in arabic_texts())


def test_arabic_text_uses_arabic_commas_semicolons_and_question_marks():
    wrong = [(str(path), text) for path, _msgid, text in arabic_texts() if LATIN_PUNCTUATION.search(text)]
    assert not wrong


def test_arabic_text_quotes_with_guillemets():
    wrong = [(str(path), text) for path, _msgid, text in arabic_texts() if ENGLISH_QUOTES.search(text)]
    assert not wrong


def test_the_comite_de_gestion_has_one_name_in_arabic():
    wrong = [
        (str(path), text) for path, _msgid, text in arabic_texts() if any(n in text for n in OTHER_COMMITTEE_NAMES)
    ]
    assert not wrong
    committee = [text for _path, msgid, text in arabic_texts() if "comité de gestion" in msgid]
    assert committee and all("لجنة التسيير" in text for text in committee)


def test_the_check_catches_latin_punctuation():
    assert LATIN_PUNCTUATION.search("إذا كان الرأي إيجابيًا, تمنح")
    assert LATIN_PUNCTUATION.search("هل تمّ مشروعكم?")
    assert not LATIN_PUNCTUATION.search("إذا كان الرأي إيجابيًا، تمنح 1,500")
