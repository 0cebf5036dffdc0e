"""News agencies that carried a statement ("according to the official IRNA news agency", "told Reuters"):
they go into the statement's source chain as reporters, never in the speaker's place."""

import re

from .normal import normalize_name

# Wire services and state news agencies that copy names bare, without "news agency".
WIRES = {"reuters", "afp", "ap", "associated press", "agence france-presse", "bloomberg", "tass", "ria novosti"}
WIRES |= {"interfax", "xinhua", "irna", "tasnim", "fars", "isna", "mehr", "kcna", "yonhap", "anadolu", "wafa"}
WIRES |= {"suna", "pti", "ani", "ukrinform", "kyodo", "dpa", "efe", "ansa", "bernama", "antara", "mena", "spa", "wam"}
WIRES |= {"unn", "interfax-ukraine", "rbc-ukraine", "belta", "sana", "ina", "qna", "kuna", "petra", "saba", "vna"}
WIRES |= {"jiji", "pap", "ctk", "mti", "hina", "tanjug", "upi", "ians", "aa", "ria", "sputnik", "cna", "apa", "app"}
# A wire's own name, wherever its country stands: "Press Trust of India", "Korean Central News Agency".
AGENCY_NAME = re.compile(r"\b(?:news agency|press trust|telegraph agency)\b")
CARRIER = re.compile(
    r"\b(?:according\s+to|told|(?:quoted|cited|reported|carried|published)(?:\s+as\s+saying)?\s+by"
    r"|in\s+an\s+interview\s+with)\s+"
    r"(?:the\s+)?(?:(?:official|state|state-run|semi-official|private)\s+)*(?:media\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}?)(?P<agency>\s+news\s+agency|\s+agency)?\b"
)


def find_carriers(masked, outlet_names=frozenset()):
    """(position, name) of every news agency named as carrying words, in text order."""
    found = []
    for match in CARRIER.finditer(masked):
        name = match.group("name").strip()
        if match.group("agency") or name.lower() in WIRES or name.lower() in outlet_names:
            found.append((match.start(), name))
    return found


def carrier_for(carriers, sentence_start, sentence_end):
    """The agency named in the sentence, if any."""
    return next((name for position, name in carriers if sentence_start <= position < sentence_end), None)


def is_carrier(speaker, outlet_names=frozenset()):
    """A news agency or outlet in a speaker's place ("The KCNA also reported that …"): it carries words, says none."""
    if speaker.slug:
        return False
    words = [word for word in normalize_name(speaker.name).split() if word != "the"]
    bare = " ".join(words)
    if bare in WIRES or bare in outlet_names or bare.endswith("news agency") or bare.endswith(" news service"):
        return True
    if AGENCY_NAME.search(bare):
        return True  # "the Press Trust of India", "the News Agency of Nigeria", "Telegraph Agency of …"
    return bare.endswith(("s correspondent", "s reporter"))  # "…, LSM's correspondent reported": the outlet's eyes
