"""Webcare domain core: storage, services, scheduler jobs and the command line.

This package never imports Qt, the UI or a platform SDK (see DESIGN.md, Layers).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("webcare")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

APP_NAME = "webcare"
