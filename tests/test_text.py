import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.text import fingerprint, normalize_name, normalize_text


def reference_normalize_name(value):
    """The general path: accents stripped through NFKD, case folded, runs of non-word characters to one space."""
    decomposed = "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", decomposed.casefold()).split())


@settings(max_examples=2000)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_text_normalises_as_the_general_path_does(value):
    assert normalize_name(value) == reference_normalize_name(value)


@settings(max_examples=500)
@given(st.text())
def test_any_text_normalises_as_the_general_path_does(value):
    assert normalize_name(value) == reference_normalize_name(value)


def test_fingerprints_ignore_case_punctuation_quotes_and_accents():
    assert normalize_text("“We are READY,  to talk!”") == "we are ready to talk"
    assert fingerprint("We are ready to talk") == fingerprint("“We are READY,  to talk!”")
    assert fingerprint("Zelénskyy said") == fingerprint("zelenskyy SAID")
