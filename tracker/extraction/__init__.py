"""Statement extraction: article text in, candidate statements out. Pure Python, no Django models.

directory = Directory(actors=[ActorEntry("Volodymyr Zelenskyy", "volodymyr-zelenskyy", ...)], topics=[...])
result = extract(text, directory)  # → Extraction(candidates=[Candidate, …], source_chain=[…], setting=…)
"""

from tracker.text import normalize_name

from .candidates import DIRECT_QUOTE, PARAPHRASE, Candidate, Extraction
from .directory import ActorEntry, Directory, TopicEntry, directory_from_dict, load_registry
from .document import html_to_text
from .extractor import extract

__all__ = [
    "DIRECT_QUOTE",
    "PARAPHRASE",
    "ActorEntry",
    "Candidate",
    "Directory",
    "Extraction",
    "TopicEntry",
    "directory_from_dict",
    "extract",
    "html_to_text",
    "load_registry",
    "normalize_name",
]
