"""Production deployment: collectstatic into a STATIC_ROOT, and gunicorn (config/gunicorn.conf.py)
serving a page and a whitenoise static file with production settings."""

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def production_env(tmp_path: Path, **extra) -> dict[str, str]:
    """A clean environment: production settings plus a settings module whose STATIC_ROOT
    is a temporary folder (settings.py fixes STATIC_ROOT to the project's staticfiles/)."""
    module = tmp_path / "deploy_settings.py"
    static_root = str(tmp_path / "static")
    module.write_text(f"from config.settings import *  # noqa\nSTATIC_ROOT = {static_root!r}\n")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT}",
        "DJANGO_SETTINGS_MODULE": "deploy_settings",
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    env.update(extra)
    return env


def run(args, env):
    return subprocess.run(  # noqa: S603 (our interpreter, fixed arguments)
        args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)


def test_collectstatic_into_static_root(tmp_path):
    result = run([sys.executable, "manage.py", "collectstatic", "--noinput"],
                 production_env(tmp_path))
    assert result.returncode == 0, result.stderr
    static = tmp_path / "static"
    assert (static / "staticfiles.json").exists()  # whitenoise's manifest storage
    assert (static / "admin" / "css" / "base.css").exists()
    assert list(static.rglob("site.*.css"))  # our stylesheet, hashed
    assert list(static.rglob("*.css.gz"))  # and compressed


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_gunicorn_serves_login_page_and_static_files(tmp_path):
    env = production_env(tmp_path, SECURE_SSL="0", WEB_CONCURRENCY="1", ACCESS_LOG="")
    for command in (["migrate", "-v", "0"], ["collectstatic", "--noinput", "-v", "0"]):
        result = run([sys.executable, "manage.py", *command], env)
        assert result.returncode == 0, result.stderr
    port = free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    log = (tmp_path / "gunicorn.log").open("wb")
    server = subprocess.Popen(  # noqa: S603
        [str(gunicorn), "-c", "config/gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                login = f"{base}/accounts/login/"
                with urllib.request.urlopen(login, timeout=2) as page:  # noqa: S310
                    body = page.read().decode()
                    break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("gunicorn did not answer: " + (tmp_path / "gunicorn.log").read_text())
        assert 'name="password"' in body
        css = next(p for p in body.split('"') if "/static/" in p and p.endswith(".css"))
        with urllib.request.urlopen(base + css, timeout=5) as response:  # noqa: S310
            assert response.status == 200
            assert "max-age" in response.headers["Cache-Control"]
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
