"""Production static files: collectstatic writes the manifest, pages name hashed files, served long-cached."""

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PAGE_CHECK = textwrap.dedent(
    """
    import json, re, django
    django.setup()
    from django.core.management import call_command
    from django.test import Client
    call_command("migrate", verbosity=0)
    client = Client()
    page = client.get("/").content.decode()
    css = re.search(r'href="(/static/tracker/parley[^"]*\\.css)"', page).group(1)
    asset = client.get(css)
    print(json.dumps({"css": css, "status": asset.status_code, "cache": asset.headers.get("Cache-Control", "")}))
    """
)


def production_env(tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in {"DEBUG", "STATIC_COLLECTED"}}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        SECRET_KEY="static-test",
        STATIC_ROOT=str(tmp_path / "static"),
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        SECURE_SSL_REDIRECT="0",
        REDIS_URL="",
        ALLOWED_HOSTS="testserver",
    )
    return env


def test_collectstatic_under_production_settings_writes_the_manifest_and_pages_use_hashed_names(tmp_path):
    env = production_env(tmp_path)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True, timeout=300
    )
    manifest = json.loads((tmp_path / "static" / "staticfiles.json").read_text())
    hashed = manifest["paths"]["tracker/parley.css"]
    assert re.fullmatch(r"tracker/parley\.[0-9a-f]{12}\.css", hashed)

    result = subprocess.run([sys.executable, "-c", PAGE_CHECK], cwd=ROOT, env=env, capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr.decode()[-3000:]
    served = json.loads(result.stdout.decode().strip().splitlines()[-1])
    assert served["css"] == f"/static/{hashed}"
    assert served["status"] == 200
    assert "max-age=315360000" in served["cache"] and "immutable" in served["cache"]
