"""How the tests and the benchmark launch Chromium: Debian's build (Playwright cannot download
its own here), making no connection of its own, since the tests record every request (ARCHITECTURE.md)."""

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
