"""`make serve-cached`: gunicorn on a loopback port with Debian's nginx in front as a shared cache.

nginx runs in the foreground from a temporary prefix (its config, cache and temp files under one
temporary directory), so neither root nor /etc is needed. `--render` prints deploy/nginx.conf
filled in for a server of your own instead. `proxy()` is the same nginx for tests and bench/load.py.
"""

import argparse
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "deploy" / "nginx.conf"
INSTALL_HINT = "nginx is not installed: apt-get install nginx-light"


def nginx_binary():
    return shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if os.access(p, os.X_OK)), None)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def render(*, listen, upstream, prefix, workers="auto"):
    text = TEMPLATE.read_text()
    for token, value in {"LISTEN": listen, "UPSTREAM": upstream, "PREFIX": prefix, "WORKERS": workers}.items():
        text = text.replace(f"@{token}@", str(value))
    return text


def wait_for_port(host, port, process, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode}")
        with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=0.5):
            return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on {host}:{port} after {seconds} s")


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def proxy(upstream, *, listen=None, workers="auto"):
    """nginx in front of `upstream` ("host:port") for the block; yields its base URL."""
    binary = nginx_binary()
    if not binary:
        raise FileNotFoundError(INSTALL_HINT)
    listen = listen or f"127.0.0.1:{free_port()}"
    with tempfile.TemporaryDirectory(prefix="parley-nginx-") as prefix:
        os.chmod(prefix, 0o755)  # nginx's workers drop root (user nobody) and must reach their cache
        config = Path(prefix) / "nginx.conf"
        config.write_text(render(listen=listen, upstream=upstream, prefix=prefix, workers=workers))
        process = subprocess.Popen([binary, "-p", prefix, "-c", str(config), "-e", "stderr"])
        try:
            host, port = listen.rsplit(":", 1)
            wait_for_port(host, int(port), process)
            yield f"http://{listen}"
        finally:
            stop(process)


# Longer than nginx's upstream keepalive_timeout (60 s, deploy/nginx.conf): nginx closes idle connections first.
KEEP_ALIVE_SECONDS = 75


def gunicorn(bind, workers, threads=1, env=None):
    return subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", bind, "--workers", str(workers),
         "--threads", str(threads), "--keep-alive", str(KEEP_ALIVE_SECONDS), "--log-level", "warning"],
        cwd=ROOT,
        env=env,
    )  # fmt: skip


def serve(listen, workers):
    """gunicorn on a free loopback port, nginx on `listen`, until either stops or Ctrl-C."""
    upstream = f"127.0.0.1:{free_port()}"
    app = gunicorn(upstream, workers)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        wait_for_port("127.0.0.1", int(upstream.rsplit(":", 1)[1]), app)
        with proxy(upstream, listen=listen) as url:
            print(f"Parley behind nginx on {url} (gunicorn on {upstream}); Ctrl-C stops both.", flush=True)
            while app.poll() is None:
                time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        stop(app)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listen", default="127.0.0.1:8000")
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "3")))
    parser.add_argument("--render", action="store_true", help="print the nginx config and exit")
    parser.add_argument("--upstream", default="127.0.0.1:8001", help="with --render: where gunicorn listens")
    parser.add_argument("--prefix", default="/var/cache/parley-nginx", help="with --render: cache and temp files")
    args = parser.parse_args()
    if args.render:
        print(render(listen=args.listen, upstream=args.upstream, prefix=args.prefix), end="")
        return 0
    if not nginx_binary():
        print(INSTALL_HINT, file=sys.stderr)
        return 2
    serve(args.listen, args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
