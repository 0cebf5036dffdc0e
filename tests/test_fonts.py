"""The reader pages' fonts are served by the site itself (no CDN), with a fallback stack."""

import posixpath
import re

import pytest

pytestmark = pytest.mark.django_db

CSS_URL = "/static/tracker/parley.css"


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def font_faces(client):
    css = body(client.get(CSS_URL)).decode()
    return css, re.findall(r"@font-face \{[^}]*font-family: '([^']+)';[^}]*url\(\"([^\"]+)\"\)", css)


def test_every_font_face_points_at_a_woff2_file_the_site_serves(client):
    _, faces = font_faces(client)
    assert {family for family, _ in faces} == {"Source Serif 4", "Inter"}
    for _, url in faces:
        assert not url.startswith(("http:", "https:", "//"))
        response = client.get(posixpath.normpath(posixpath.join(posixpath.dirname(CSS_URL), url)))
        assert response.status_code == 200, url
        assert body(response)[:4] == b"wOF2", url


def test_the_font_stacks_name_the_served_fonts_first_then_fallbacks(client):
    css, _ = font_faces(client)
    serif = re.search(r"--serif: ([^;]+);", css)[1]
    sans = re.search(r"--sans: ([^;]+);", css)[1]
    assert serif.startswith('"Source Serif 4"') and serif.endswith("serif")
    assert sans.startswith('"Inter"') and sans.endswith("sans-serif")
