"""The endpoint's safety (issue 12): no outbound SERVICE requests, query time limits, CORS off by
default, a server that holds up under concurrent clients, and concise errors for odd input."""

from __future__ import annotations

import http.client
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import fields
from pathlib import Path

import pytest
from test_query_support import seeds_graph
from typer.testing import CliRunner

from kg.cli import app as cli_app
from kg.errors import ServeError, SettingsError
from kg.serve import SERVE_SETTINGS_HELP, ServeSettings, host_guard, make_app, make_server
from kg.sparql_guard import short_syntax_error, unknown_prefixes, uses_service
from kg.vocab import PREFIXES

ASK = "ASK { ?p a schema:ScholarlyArticle }"
#: a 3-way cartesian product: about 2e10 rows on the seeds graph, i.e. hours of work
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("serve-safety")
    seeds_graph().write(out, ["nquads", "html"])
    return out


def start(build_dir, **settings):
    server = make_server(build_dir, "127.0.0.1", 0, quiet=True, settings=ServeSettings(**settings))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def server(build_dir):
    srv = start(build_dir, timeout=1.0, workers=1, cors=("http://localhost:3000",))
    yield srv
    srv.shutdown()
    srv.server_close()


def request(server, method="GET", path="/sparql", query=None, headers=None, body=None):
    """(status, headers dict, body) over a fresh loopback connection."""
    if query is not None:
        path = f"{path}?{urllib.parse.urlencode({'query': query})}"
    conn = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=60)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
    finally:
        conn.close()


# ---- 1. federated SERVICE is refused, and nothing is fetched ---------------------------------------
@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
        "select * {{ ?s ?p ?o .service silent<http://127.0.0.1:{port}/x>{{?a ?b ?c}} }}",
        "SELECT * {{ # a comment\n  SeRvIcE\n<http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    ],
)
def test_serve_service_query_is_refused_with_a_400_and_no_outbound_request(server, template):
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.5)
    try:
        port = listener.getsockname()[1]
        status, _, body = request(server, query=template.format(port=port))
        assert status == 400 and b"SERVICE" in body and b"never sends requests" in body
        with pytest.raises(socket.timeout):  # the endpoint never connected to the named address
            listener.accept()
    finally:
        listener.close()


@pytest.mark.parametrize(
    "query, expected",
    [
        ("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }", True),
        ("SELECT * { ?s ?p ?o .SERVICE<http://x/>{?a ?b ?c} }", True),
        ("SELECT * { ?s ?p 'it\\'s' . service ?x { } }", True),
        ("SELECT * { ?s ?p ?o } # SERVICE <http://x/>", False),
        ("SELECT ?service { ?service ex:SERVICE 'SERVICE <x>' ; service:a <http://SERVICE/> ; ex:a.SERVICE 1 }", False),
        ('SELECT * { ?s ?p """ SERVICE <x> { } """@service }', False),
    ],
)
def test_sparql_guard_finds_service_only_where_it_is_the_keyword(query, expected):
    assert uses_service(query) is expected


# ---- 2. every query has a time limit, and an overrunning one is killed -----------------------------
def test_serve_settings_default_time_limit_is_30_seconds():
    assert ServeSettings().timeout == 30.0


def test_serve_query_past_the_time_limit_gets_a_503_and_its_worker_is_killed(server):
    before = server.app.pool.pids()
    killed = server.app.pool.killed
    status, _, body = request(server, query=CARTESIAN)
    assert status == 503 and b"time limit" in body and b"--timeout" in body
    assert server.app.pool.killed == killed + 1
    for pid in before:  # the worker that ran it is gone (killed and reaped), a new one took its place
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert set(server.app.pool.pids()).isdisjoint(before) and len(server.app.pool.pids()) == 1
    status, _, body = request(server, query=ASK, headers={"Accept": "application/json"})
    assert status == 200 and json.loads(body)["boolean"] is True


# ---- 3. CORS: off by default, only the given origins --------------------------------------------------
def test_serve_cors_is_off_by_default(build_dir):
    app = make_app(build_dir, ServeSettings(workers=1))
    try:
        seen = {}
        app({"PATH_INFO": "/", "REQUEST_METHOD": "GET", "HTTP_ORIGIN": "http://evil.example"},
            lambda status, headers: seen.update(headers=dict(headers)))
        assert not any(k.lower().startswith("access-control") for k in seen["headers"])
    finally:
        app.close()


@pytest.mark.parametrize(
    "origin, allowed",
    [("http://localhost:3000", True), ("http://evil.example", False), ("http://localhost:3001", False), (None, False)],
)
def test_serve_cors_allows_only_the_given_origins(server, origin, allowed):
    headers = {"Origin": origin} if origin else {}
    status, got, _ = request(server, query=ASK, headers=headers)
    assert status == 200 and got.get("access-control-allow-origin") == (origin if allowed else None)
    status, got, _ = request(server, "OPTIONS", headers={**headers, "Access-Control-Request-Method": "POST"})
    assert status == 204 and ("access-control-allow-methods" in got) is allowed


@pytest.mark.parametrize("origin", ["localhost:3000", "http://x/page", "javascript:alert(1)", ""])
def test_serve_cors_origin_must_be_scheme_host_and_port(origin):
    with pytest.raises(SettingsError, match="not a web origin"):
        ServeSettings(cors=(origin,))


def test_serve_cli_cors_is_repeatable_and_reaches_the_server(monkeypatch, build_dir):
    seen = {}
    monkeypatch.setattr("kg.serve.serve", lambda graph, host, port, settings: seen.update(settings=settings, port=port))
    result = CliRunner().invoke(cli_app, ["serve", str(build_dir), "--cors", "http://a.test", "--cors", "https://b.test:8443", "--timeout", "5"])
    assert result.exit_code == 0, result.output
    assert seen["settings"].cors == ("http://a.test", "https://b.test:8443") and seen["settings"].timeout == 5.0


# ---- 4. a production server: concurrent clients are not reset --------------------------------------
def test_serve_fifty_concurrent_new_connections_all_get_answers(server):
    barrier = threading.Barrier(50)

    def one(_):
        barrier.wait(30)  # all 50 connect at once: the old server's listen queue of 5 reset some
        return request(server, path="/", headers={"Connection": "close"})[0]

    with ThreadPoolExecutor(50) as pool:
        statuses = list(pool.map(one, range(50)))
    assert statuses == [200] * 50


def test_serve_server_is_waitress(server):
    from waitress.server import BaseWSGIServer

    assert isinstance(server._server, BaseWSGIServer)
    assert request(server, path="/")[1].get("server") == "kg"


# ---- 5. odd Host header, port out of range, unknown prefix --------------------------------------------
@pytest.mark.parametrize("host", ['a> ; <b', 'x"y', "ex ample", "[::1", "h\\n", "a" * 300])
def test_serve_odd_host_header_gets_a_400_not_a_500(build_dir, host, caplog):
    app = make_app(build_dir, ServeSettings(workers=1))
    try:
        seen = {}
        env = {"PATH_INFO": "/sparql", "REQUEST_METHOD": "GET", "HTTP_ACCEPT": "text/turtle", "HTTP_HOST": host}
        body = b"".join(app(env, lambda status, headers: seen.update(status=status)))
    finally:
        app.close()
    assert seen["status"].startswith("400") and b"Host header" in body
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


def test_serve_odd_host_header_over_http_gets_a_400(server):
    conn = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=30)
    try:
        conn.putrequest("GET", "/sparql", skip_host=True)
        conn.putheader("Host", "a>;<b")
        conn.putheader("Accept", "text/turtle")
        conn.endheaders()
        r = conn.getresponse()
        assert r.status == 400 and b"Host header" in r.read()
    finally:
        conn.close()


def test_serve_unexpected_error_is_a_one_line_500_without_traceback(build_dir, monkeypatch, caplog):
    app = make_app(build_dir, ServeSettings(workers=1))
    try:
        monkeypatch.setattr(app, "_index", lambda respond: 1 / 0)
        seen = {}
        body = b"".join(app({"PATH_INFO": "/", "REQUEST_METHOD": "GET"}, lambda status, headers, exc_info=None: seen.update(status=status)))
    finally:
        app.close()
    assert seen["status"].startswith("500") and b"ZeroDivisionError" in body and b"Traceback" not in body
    assert [r.getMessage().count("\n") for r in caplog.records if r.name == "kg.serve"] == [0]


@pytest.mark.parametrize("port", ["99999", "0", "-1", "65536"])
def test_serve_cli_port_out_of_range_is_a_clear_error(build_dir, port):
    result = CliRunner().invoke(cli_app, ["serve", str(build_dir), "--port", port])
    assert result.exit_code == 2 and "Invalid value for '--port'" in result.output
    assert re.search(r"less than or equal to 65535|greater than or equal to 1", result.output)
    assert "Traceback" not in result.output and "OverflowError" not in result.output


def test_serve_make_server_port_out_of_range_is_a_serve_error(build_dir):
    with pytest.raises(ServeError, match="out of range"):
        make_server(build_dir, "127.0.0.1", 99999)


@pytest.mark.parametrize("option", [["--timeout", "0"], ["--workers", "0"], ["--cors", "not-an-origin"]])
def test_serve_cli_bad_options_are_clear_errors(build_dir, option):
    result = CliRunner().invoke(cli_app, ["serve", str(build_dir), *option])
    assert result.exit_code in (1, 2) and "Traceback" not in result.output
    assert re.search(r"timeout|workers|origin", result.output)


def test_serve_unknown_prefix_error_names_it_and_lists_known_ones(server):
    status, _, body = request(server, query="SELECT * WHERE { ?s foo:bar ?o }")
    text = body.decode()
    assert status == 400 and "unknown prefix foo:" in text and "kg:" in text
    assert len(text) < 400 and "\\u{" not in text


def test_sparql_guard_unknown_prefixes_skips_declared_and_predeclared_ones():
    q = "PREFIX foo: <urn:x#> SELECT * { ?s foo:a bar:b ; kg:x baz: . ?x <urn:y> 'qux:z' }"
    assert unknown_prefixes(q, PREFIXES) == ["bar", "baz"]


def test_sparql_guard_short_syntax_error_cuts_the_expected_list():
    long = "error at 1:28: expected one of " + ", ".join(f"'\\u{{{i:04X}}}'" for i in range(200))
    assert len(short_syntax_error(long)) < 220 and short_syntax_error(long).endswith("...")


# ---- settings are documented ------------------------------------------------------------------------
@pytest.mark.parametrize("setting", [f.name for f in fields(ServeSettings)])
def test_serve_every_setting_has_help_and_a_readme_row(setting):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert SERVE_SETTINGS_HELP.get(setting)
    assert f"| `--{setting.replace('_', '-')}` |" in readme


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads worker pids from Linux's /proc")
def test_serve_running_query_worker_exits_when_the_server_is_killed(build_dir):
    port = socket.create_server(("127.0.0.1", 0))
    number = port.getsockname()[1]
    port.close()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(build_dir), "--port", str(number), "--workers", "1", "--timeout", "600"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert "serving" in proc.stdout.readline()
        workers = [int(p) for p in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()]
        assert len(workers) == 1
        client = threading.Thread(target=lambda: urlopen_quietly(number, CARTESIAN), daemon=True)
        client.start()
        time.sleep(1)  # the worker is now inside the hours-long query
        proc.kill()
        proc.wait(10)
        end = time.monotonic() + 30
        while Path(f"/proc/{workers[0]}").exists() and time.monotonic() < end:
            time.sleep(0.2)
        assert not Path(f"/proc/{workers[0]}").exists() or "Z" in Path(f"/proc/{workers[0]}/stat").read_text().split()[2]
    finally:
        proc.kill()
        proc.wait(10)


def urlopen_quietly(port: int, query: str) -> None:
    import urllib.request

    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/sparql?{urllib.parse.urlencode({'query': query})}", timeout=60).read()
    except OSError:
        pass


# ---- DNS rebinding: on loopback only loopback names (and --allow-host names) are served ----------------
@pytest.mark.parametrize(
    ("host", "status"),
    [("localhost:{port}", 200), ("127.0.0.1:{port}", 200), ("LOCALHOST", 200), ("app.localhost:{port}", 200),
     ("attacker.example:{port}", 403), ("kg.example.org", 403), ("10.0.0.7:{port}", 403),
     # a name a browser sends but the Host pattern does not take (a trailing dot, an underscore) is no way past the check
     ("attacker.example.:{port}", 403), ("localhost.:{port}", 200), ("evil_host.attacker.example", 400), ("a b", 400)],
)
def test_serve_on_loopback_answers_only_requests_naming_a_loopback_host(server, host, status):
    code, _, body = request(server, query="ASK {}", headers={"Host": host.format(port=server.server_port), "Accept": "application/json"})
    assert code == status
    if status == 403:
        assert b"DNS rebinding" in body and b"--allow-host" in body
    if status == 400:
        assert b"is not a host name" in body


def test_serve_allow_host_adds_a_name_and_keeps_the_others_out(build_dir):
    srv = start(build_dir, workers=1, allow_host=("KG.example.org",))
    try:
        assert request(srv, query="ASK {}", headers={"Host": "kg.example.org:8080", "Accept": "application/json"})[0] == 200
        assert request(srv, query="ASK {}", headers={"Host": "other.example.org", "Accept": "application/json"})[0] == 403
    finally:
        srv.shutdown()
        srv.server_close()


@pytest.mark.parametrize("name", ["http://kg.example.org", "kg.example.org:80", "a b", ""])
def test_serve_allow_host_must_be_a_bare_host_name(name):
    with pytest.raises(SettingsError, match="not a host name"):
        ServeSettings(allow_host=(name,))


def test_serve_cli_allow_host_is_repeatable_and_reaches_the_server(monkeypatch, build_dir):
    seen = {}
    monkeypatch.setattr("kg.serve.serve", lambda graph, host, port, settings: seen.update(settings=settings))
    result = CliRunner().invoke(cli_app, ["serve", str(build_dir), "--allow-host", "a.test", "--allow-host", "B.test"])
    assert result.exit_code == 0, result.output
    assert seen["settings"].allow_host == ("a.test", "b.test")


def _status_through(wsgi, host_header: str) -> str:
    seen = []
    wsgi({"HTTP_HOST": host_header}, lambda status, headers: seen.append(status))
    return seen[0]


@pytest.mark.parametrize(
    ("bind", "allow", "checked"),
    [("127.0.0.1", (), True), ("::1", (), True), ("localhost", (), True),
     ("0.0.0.0", (), False), ("192.0.2.10", (), False), ("0.0.0.0", ("kg.example.org",), True)],
)
def test_serve_host_guard_is_on_for_loopback_or_allow_host_and_off_on_another_interface(bind, allow, checked):
    # decided without binding anything (tests listen on loopback only)
    def inner(environ, start_response):
        start_response("200 OK", [])
        return [b""]

    wsgi = host_guard(inner, bind, allow)
    assert (wsgi is not inner) == checked
    assert _status_through(wsgi, "attacker.example").startswith("403" if checked else "200")
    if allow:
        assert _status_through(wsgi, "kg.example.org:8080").startswith("200")
