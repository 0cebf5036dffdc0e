"""Vendor the reader pages' fonts: Source Serif 4 and Inter (SIL Open Font License) from the @fontsource npm
packages, as woff2 files under static/vendor/fonts/<package>-<version>/, and their @font-face rules between
the markers in static/tracker/parley.css. Run by `make fonts`; needs npm. Re-running changes nothing.
"""

import re
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "static" / "vendor" / "fonts"
CSS = ROOT / "static" / "tracker" / "parley.css"
BEGIN = "/* Fonts, written by `make fonts` (docs/fonts.py): do not edit by hand. */"
END = "/* End of fonts. */"
# (npm package, version, weights the pages use)
PACKAGES = [
    ("source-serif-4", "5.3.1", (400, 700)),
    ("inter", "5.3.0", (400, 600, 700)),
]
# Latin for English copy, Latin Extended for names (Çavuşoğlu, Nausėda), Cyrillic for original-language text;
# browsers fetch a file only when the page has characters in its unicode-range.
SUBSETS = ("latin", "latin-ext", "cyrillic")
FACE = re.compile(r"@font-face \{(?P<body>[^}]*)\}")


def main():
    rules = []
    with tempfile.TemporaryDirectory() as tmp:
        for package, version, weights in PACKAGES:
            spec = f"@fontsource/{package}@{version}"
            subprocess.run(["npm", "pack", "--silent", spec], cwd=tmp, check=True, capture_output=True)
            with tarfile.open(Path(tmp) / f"fontsource-{package}-{version}.tgz") as archive:
                archive.extractall(Path(tmp) / package, filter="data")
            unpacked = Path(tmp) / package / "package"
            target = FONTS / f"{package}-{version}"
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir(parents=True)
            shutil.copyfile(unpacked / "LICENSE", target / "OFL.txt")
            for weight in weights:
                for subset in SUBSETS:
                    name = f"{package}-{subset}-{weight}-normal.woff2"
                    shutil.copyfile(unpacked / "files" / name, target / name)
                    rules.append(_rule(unpacked / f"{weight}.css", name, f"../vendor/fonts/{target.name}/{name}"))
    _write_rules(rules)


def _rule(css_file, name, url):
    """The package's @font-face rule for one file (with its unicode-range), on one line, pointing at our copy."""
    [body] = [m["body"] for m in FACE.finditer(css_file.read_text(encoding="utf-8")) if f"/{name})" in m["body"]]
    declarations = [line.strip() for line in body.strip().splitlines()]
    declarations = [f'src: url("{url}") format("woff2");' if d.startswith("src:") else d for d in declarations]
    return "@font-face { " + " ".join(declarations) + " }"


def _write_rules(rules):
    css = CSS.read_text(encoding="utf-8")
    block = "\n".join([BEGIN, *rules, END])
    if BEGIN in css:
        css = css[: css.index(BEGIN)] + block + css[css.index(END) + len(END) :]
    else:
        header, _, rest = css.partition("\n")  # after the file's opening comment
        css = f"{header}\n{block}\n{rest}"
    CSS.write_text(css, encoding="utf-8")


if __name__ == "__main__":
    main()
