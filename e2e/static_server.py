"""A plain static file server for end-to-end tests: serves ../dist under /sub/path/ (and
damaged variants of the site under /damaged/), with no rewrite rules, like any static host."""
import http.server
import os
import sys
import urllib.parse

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dist")
PREFIX = "/sub/path/"


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript",
                      ".webmanifest": "application/manifest+json"}

    def translate_path(self, path):
        parsed = urllib.parse.urlsplit(path).path
        if parsed.startswith(PREFIX):
            rel = parsed[len(PREFIX):]
        else:
            rel = "\0missing"  # anything outside the sub-path is a 404, as on a real host
        return os.path.join(ROOT, *[p for p in urllib.parse.unquote(rel).split("/") if p not in ("", ".", "..")])

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8765
    http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
