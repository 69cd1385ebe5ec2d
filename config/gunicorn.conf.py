"""gunicorn settings, read from the environment like config/settings.py.

    gunicorn -c config/gunicorn.conf.py config.wsgi

- ``WEB_CONCURRENCY``  worker processes (default: 2 x CPU cores + 1)
- ``GUNICORN_THREADS`` threads per worker (default 1; sync workers)
- ``BIND``             address (default ``127.0.0.1:8000``; ``0.0.0.0:8000`` in a container
                       behind a proxy)
- ``GUNICORN_TIMEOUT`` seconds before a stuck worker is restarted (default 60: the CSV
                       exports stream, so no request should need longer)
- ``ACCESS_LOG``       ``-`` (stdout, the default), a file path, or empty for none

Workers hold no state (sessions are in PostgreSQL, static files are served by whitenoise from
the collected STATIC_ROOT), so more app servers can run this same file against one database.
"""

import multiprocessing
import os


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name, "")
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise SystemExit(f"{name}={raw!r} is not an integer") from None


wsgi_app = "config.wsgi:application"
bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = _int("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1)
threads = _int("GUNICORN_THREADS", 1)
timeout = _int("GUNICORN_TIMEOUT", 60)
graceful_timeout = 30
keepalive = 5
# Restart workers now and then so a slow leak can never grow without bound.
max_requests = _int("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = max_requests // 10
accesslog = os.environ.get("ACCESS_LOG", "-") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# The proxy in front terminates TLS and sets X-Forwarded-Proto (SECURE_PROXY_SSL_HEADER).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'
