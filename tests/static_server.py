"""A static server for the built site that sends the headers of its `_headers` file, as Netlify
and Cloudflare Pages do, so the browser tests run under the real Content-Security-Policy header.

    python tests/static_server.py PORT DIRECTORY   (binds 127.0.0.1)

A missing page gets the nearest 404.html, its folder's or a parent's (en/404.html for
/en/…, else the root one), with status 404, as Cloudflare Pages does.

`_headers`: a path pattern on its own line (`/*`; `*` matches anything), then its headers
indented, one `Name: value` a line; `#` starts a comment. The file itself is not served.
"""

import functools
import re
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit


def read_headers(path: Path):
    """[(compiled pattern, [(name, value)])] from a `_headers` file (none if it is missing)."""
    rules = []
    if not path.exists():
        return rules
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            pattern = re.compile("".join(".*" if c == "*" else re.escape(c) for c in line.strip()) + r"\Z")
            rules.append((pattern, []))
        elif rules and ":" in line:
            name, value = line.strip().split(":", 1)
            rules[-1][1].append((name.strip(), value.strip()))
        else:
            raise ValueError(f"{path}:{n}: cannot read {line!r}")
    return rules


class Handler(SimpleHTTPRequestHandler):
    rules = []

    def send_head(self):
        if urlsplit(self.path).path == "/_headers":
            self.send_error(404)
            return None
        return super().send_head()

    def send_error(self, code, message=None, explain=None):
        page = self.nearest_404() if code == 404 else None
        if page is None:
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def nearest_404(self):
        folders = [part for part in urlsplit(self.path).path.split("/")[:-1] if part not in ("", ".", "..")]
        for depth in range(len(folders), -1, -1):
            page = Path(self.directory, *folders[:depth], "404.html")
            if page.is_file():
                return page
        return None

    def end_headers(self):
        path = urlsplit(self.path).path
        for pattern, headers in self.rules:
            if pattern.match(path):
                for name, value in headers:
                    self.send_header(name, value)
        super().end_headers()

    def log_message(self, format, *args):
        pass


def main(port: int, directory: str):
    root = Path(directory)
    handler = type("SiteHandler", (Handler,), {"rules": read_headers(root / "_headers")})
    server = ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(root)))
    with server:
        server.serve_forever()


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
